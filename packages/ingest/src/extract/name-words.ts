/**
 * Capitalised words that are not names by themselves: titles (they introduce a name, and break a
 * run of name words: "Tajik President | Emomali Rahmon"), pronouns, calendar words (dates are
 * found by the date extractor) and sentence openers a tagger may mistake for proper nouns.
 */
export const TITLE_WORDS = new Set([
  'President', 'Presidents', 'Vice', 'First', 'Chairperson', 'Prime', 'Minister', 'Ministers', 'Deputy', 'Foreign', 'Ambassador', 'Director', 'Speaker',
  'Chairman', 'Chairwoman', 'Chair', 'Secretary', 'General', 'Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'King',
  'Queen', 'Emir', 'Sultan', 'Governor', 'Mayor', 'Head', 'Chief', 'Senator', 'Leader', 'Professor', 'Prof', 'Envoy', 'Consul',
]);

export const NON_NAMES = new Set([
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'His', 'Her', 'Its', 'Our', 'Their', 'This', 'That', 'These', 'Those', 'The', 'A', 'An',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** True when every word of a surface form is a title or a non-name ("President", "He"). */
export function isOnlyNonNames(surface: string): boolean {
  const words = surface.split(/[\s-]+/u).filter(Boolean);
  return words.every((w) => TITLE_WORDS.has(w) || NON_NAMES.has(w) || !/\p{Lu}/u.test(w));
}
