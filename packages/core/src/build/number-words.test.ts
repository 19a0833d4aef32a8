import { describe, expect, it } from 'vitest';
import { statesNumber } from './number-words.js';

describe('statesNumber', () => {
  it('finds digits and number words, cardinal and ordinal', () => {
    for (const words of ['$5 million', 'nearly a decade', 'two or three', 'the twelfth session', 'its sixth meeting', 'the thirteenth forum', 'ninety', 'for the first time', 'Seventy-five documents']) {
      expect(statesNumber(words), words).toBe(true);
    }
  });
  it('finds none where there is none, inside longer words included', () => {
    for (const words of ['memorandum on water', 'someone', 'often', 'tension', 'the North Avenue']) expect(statesNumber(words), words).toBe(false);
  });
});
