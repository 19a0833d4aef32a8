import { fork } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, realpath, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETIRED_VERSION_GRACE_MS, versionsDirOf, writeDirectoryAtomically, writeFileAtomically } from './write-atomic.js';

let work: string;
let target: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'kztj-atomic-'));
  target = join(work, 'out');
});
afterEach(async () => rm(work, { recursive: true, force: true }));

/** Every file of one build carries the same stamp, so a mix of two builds is visible. */
const build = (stamp: string) => new Map([['a.txt', stamp], ['nested/b.txt', stamp]]);
const readBoth = async (dir: string) => [await readFile(join(dir, 'a.txt'), 'utf8'), await readFile(join(dir, 'nested/b.txt'), 'utf8')];

// Runs in a child process so the reader really races the writer rather than sharing its turns.
const READER = `
const { readFileSync, realpathSync } = require('node:fs');
const { join } = require('node:path');
const target = process.argv[2];
let reads = 0, missing = 0, mixed = 0, stamps = new Set(), stop = false;
process.on('message', () => { stop = true; });
function burst() {
  for (let i = 0; i < 200; i++) {
    try {
      const dir = realpathSync(target);
      const a = readFileSync(join(dir, 'a.txt'), 'utf8');
      const b = readFileSync(join(dir, 'nested/b.txt'), 'utf8');
      reads++; stamps.add(a);
      if (a !== b) mixed++;
    } catch (error) {
      missing++;
      if (missing === 1) process.stderr.write(String(error) + '\\n');
    }
  }
  if (stop) process.send({ reads, missing, mixed, stamps: stamps.size }, () => process.exit(0));
  else setImmediate(burst);
}
process.send('ready');
burst();
`;

describe('writeDirectoryAtomically', () => {
  it('makes the target a link to a complete version and replaces it on the next write', async () => {
    await writeDirectoryAtomically(target, build('one'));
    expect((await lstat(target)).isSymbolicLink()).toBe(true);
    expect(await readlink(target)).toMatch(/^out\.versions\/v-/); // relative: the folder can move
    expect(await readBoth(target)).toEqual(['one', 'one']);
    const first = await realpath(target);

    await writeDirectoryAtomically(target, build('two'));
    expect(await readBoth(target)).toEqual(['two', 'two']);
    // The replaced version stays for readers still inside it, until the grace period ends.
    expect(await readBoth(first)).toEqual(['one', 'one']);
    expect(await readdir(work)).toEqual(['out', 'out.versions']); // no temporary links left
  });

  it('sweeps versions that are not current once they are older than the grace period', async () => {
    await writeDirectoryAtomically(target, build('one'));
    const first = await realpath(target);
    await writeDirectoryAtomically(target, build('two'));
    const stray = join(versionsDirOf(target), 'v-interrupted');
    await mkdir(stray);
    const old = (Date.now() - RETIRED_VERSION_GRACE_MS - 1_000) / 1000;
    await utimes(first, old, old);
    await utimes(stray, old, old);
    await writeDirectoryAtomically(target, build('three'));
    const left = await readdir(versionsDirOf(target));
    expect(left).not.toContain('v-interrupted');
    expect(left.map((n) => join(versionsDirOf(target), n))).not.toContain(first);
    expect(left).toHaveLength(2); // 'three' (current) and 'two' (within its grace period)
    expect(await readBoth(target)).toEqual(['three', 'three']);
  });

  it('replaces a plain directory left by an older build', async () => {
    await mkdir(join(target, 'nested'), { recursive: true });
    await writeFile(join(target, 'a.txt'), 'legacy');
    await writeDirectoryAtomically(target, build('one'));
    expect((await lstat(target)).isSymbolicLink()).toBe(true);
    expect(await readBoth(target)).toEqual(['one', 'one']);
  });

  it('leaves the current outputs and nothing stray when writing fails', async () => {
    await writeDirectoryAtomically(target, build('one'));
    const before = await realpath(target);
    // 'a.txt' as a file, then as a directory: the second write fails midway.
    await expect(writeDirectoryAtomically(target, new Map([['a.txt', 'x'], ['a.txt/b', 'y']]))).rejects.toThrow();
    expect(await realpath(target)).toBe(before);
    expect(await readBoth(target)).toEqual(['one', 'one']);
    expect(await readdir(versionsDirOf(target))).toHaveLength(1);
    expect(await readdir(work)).toEqual(['out', 'out.versions']);
  });

  it('ends with one complete version current when writers run concurrently', async () => {
    const stamps = Array.from({ length: 12 }, (_, i) => `w${i}`);
    await Promise.all(stamps.map((stamp) => writeDirectoryAtomically(target, build(stamp))));
    const [a, b] = await readBoth(target);
    expect(a).toBe(b);
    expect(stamps).toContain(a);
    // Every version left is complete (losers are swept after the grace period, not broken).
    for (const name of await readdir(versionsDirOf(target))) {
      const [x, y] = await readBoth(join(versionsDirOf(target), name));
      expect(x).toBe(y);
    }
    expect((await readdir(work)).sort()).toEqual(['out', 'out.versions']);
  });

  it('never lets a reader in another process find the outputs missing or mixed while they are swapped', async () => {
    await writeDirectoryAtomically(target, build('0'));
    const script = join(work, 'reader.cjs');
    await writeFile(script, READER);
    const reader = fork(script, [target], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    reader.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    let ready!: () => void;
    const started = new Promise<void>((resolve) => (ready = resolve));
    const report = new Promise<{ reads: number; missing: number; mixed: number; stamps: number }>((resolve, reject) => {
      reader.on('message', (message) => (message === 'ready' ? ready() : resolve(message as never)));
      reader.on('exit', (code) => reject(new Error(`reader exited (${code}) before reporting: ${stderr}`)));
    });
    await started;
    for (let i = 1; i <= 150; i++) await writeDirectoryAtomically(target, build(String(i)));
    reader.send('stop');
    const { reads, missing, mixed, stamps } = await report;
    expect({ missing, mixed, stderr }).toEqual({ missing: 0, mixed: 0, stderr: '' });
    expect(reads).toBeGreaterThan(150);
    expect(stamps).toBeGreaterThan(1); // it really read while versions changed
  }, 60_000);
});

describe('writeFileAtomically', () => {
  it('writes through a temporary file and leaves only the file', async () => {
    await writeFileAtomically(join(work, 'deep/file.txt'), 'content');
    await writeFileAtomically(join(work, 'deep/file.txt'), 'newer');
    expect(await readFile(join(work, 'deep/file.txt'), 'utf8')).toBe('newer');
    expect(await readdir(join(work, 'deep'))).toEqual(['file.txt']);
  });
});
