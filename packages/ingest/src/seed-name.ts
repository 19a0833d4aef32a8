/**
 * The seed naming scheme for files ingest adds: `NNN_<16 hex>.txt`, where NNN is one more than the
 * highest number already in seeds/ (zero-padded to three digits) and the hex is the first 16 hex
 * digits of the sha256 of the file's bytes. The two original seeds' hex is not a prefix of their
 * sha256, md5 or sha1 (checked), so it is kept as is; the number keeps ingestion order and the hash
 * makes a name say which bytes it holds.
 */
export const SEED_NAME = /^(\d{3})_([0-9a-f]{16})\.txt$/;

export function nextSeedName(existingNames: readonly string[], sha256Hex: string): string {
  const numbers = existingNames.map((name) => SEED_NAME.exec(name)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  if (next > 999) throw new RangeError('seeds/ already holds seed 999; the NNN_ scheme has no room for another');
  return `${String(next).padStart(3, '0')}_${sha256Hex.slice(0, 16)}.txt`;
}
