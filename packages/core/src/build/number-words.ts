/**
 * Whether words state a number: a digit, or a number word, cardinal or ordinal ("nearly a
 * decade", "two or three", "the twelfth session", "for the first time"). The build asks it of a
 * figure's evidence, so that a figure always quotes the words that give its amount.
 */
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALES = 'hundred|thousand|million|billion|trillion|dozen|decade|half|once|twice|thrice|score';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth';
const NUMBER = new RegExp(`\\d|\\b(${UNITS}|${TEENS}|${TENS}|${SCALES}|${ORDINALS})\\b`, 'i');

export function statesNumber(text: string): boolean {
  return NUMBER.test(text);
}
