import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@kztj/core/authoring';

/** The real checkout, for tests that copy or read its seeds and curated data. */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const REAL_SEEDS = join(REPO, 'seeds');
export const REAL_DATA = join(REPO, 'packages/core/data');

export interface TestRepo {
  root: string;
  seedsDir: string;
  dataDir: string;
  /** sha256 of every file under seeds/ and the data folder, by path relative to root. */
  snapshot(): Promise<Map<string, string>>;
  remove(): Promise<void>;
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A temporary copy of the repository's seeds/ and packages/core/data, laid out like the repo. */
export async function makeTestRepo(): Promise<TestRepo> {
  const root = await mkdtemp(join(tmpdir(), 'kztj-ingest-'));
  const seedsDir = join(root, 'seeds');
  const dataDir = join(root, 'packages/core/data');
  await cp(REAL_SEEDS, seedsDir, { recursive: true });
  await cp(REAL_DATA, dataDir, { recursive: true });
  return {
    root,
    seedsDir,
    dataDir,
    async snapshot() {
      const all = [...(await files(seedsDir)), ...(await files(dataDir))];
      const entries = await Promise.all(all.map(async (path) => [relative(root, path), sha256(await readFile(path))] as const));
      return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
