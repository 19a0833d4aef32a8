import { describe, expect, it } from 'vitest';
import { nextSeedName } from './seed-name.js';

const hash = 'ab'.repeat(32);

describe('nextSeedName', () => {
  it('takes the next number and the first 16 hex of the sha256', () => {
    expect(nextSeedName(['000_d66d515d6d0110a0.txt', '001_0553d1944be4a109.txt'], hash)).toBe('002_abababababababab.txt');
  });
  it('counts from the highest number, ignoring other files', () => {
    expect(nextSeedName(['000_d66d515d6d0110a0.txt', '041_0000000000000000.txt', 'notes.txt'], hash)).toBe('042_abababababababab.txt');
    expect(nextSeedName([], hash)).toBe('000_abababababababab.txt');
  });
  it('refuses past 999', () => {
    expect(() => nextSeedName(['999_0000000000000000.txt'], hash)).toThrow(/no room/);
  });
});
