import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** A finished version that is no longer current is kept this long for readers still inside it. */
export const RETIRED_VERSION_GRACE_MS = 60_000;

/** Where the versions of `target` live: a sibling directory, so one relative link reaches them. */
export const versionsDirOf = (target: string): string => `${target}.versions`;

/**
 * Writes a whole directory of outputs so that a reader always finds `target` and sees either the
 * old set or the new set, never a mix and never nothing.
 *
 * `target` is a symbolic link to a complete version in `<target>.versions/`. Each call writes a
 * fresh version there, then renames a new link over `target`; rename(2) replaces the link in one
 * step, so there is no moment without one (a directory cannot be swapped that way: renaming onto
 * a non-empty directory fails, which is why the outputs are not a plain directory).
 *
 * A reader that opens `target/a` and later `target/b` may get them from two builds if one lands
 * in between; resolve `target` once (realpath) and read through that to see one version.
 * Concurrent writers are safe: the last rename wins and every link points at a complete version.
 * An interrupted writer leaves the previous outputs current and a stray version, swept later.
 *
 * Once, when `target` is still a plain directory from before this scheme, it is moved into the
 * versions folder and the link takes its place: two renames, with a moment between them.
 */
export async function writeDirectoryAtomically(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const versions = versionsDirOf(target);
  await mkdir(versions, { recursive: true });
  const version = await mkdtemp(join(versions, 'v-'));
  await chmod(version, 0o755); // mkdtemp makes it private; outputs are for everyone to read
  const link = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.link`);
  try {
    for (const [name, content] of files) {
      const path = join(version, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    await symlink(relative(dirname(target), version), link, 'dir');
    await moveLegacyDirectoryAside(target, versions);
    await rename(link, target);
  } catch (error) {
    await rm(link, { force: true });
    await rm(version, { recursive: true, force: true });
    throw error;
  }
  await sweepRetiredVersions(target, versions);
}

async function moveLegacyDirectoryAside(target: string, versions: string): Promise<void> {
  const stats = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats?.isDirectory()) await rename(target, join(versions, `legacy-${randomBytes(4).toString('hex')}`));
}

/**
 * Removes versions that are not current and were finished more than the grace period ago: old
 * outputs, and versions of interrupted or outrun writers. A version is only written just before it
 * is linked, so one that is still being written or about to be linked is always younger.
 */
async function sweepRetiredVersions(target: string, versions: string): Promise<void> {
  const current = resolve(dirname(target), await readlink(target));
  const now = Date.now();
  for (const name of await readdir(versions)) {
    const path = join(versions, name);
    if (path === current) continue;
    const stats = await lstat(path).catch(() => undefined);
    if (stats && now - stats.mtimeMs > RETIRED_VERSION_GRACE_MS) await rm(path, { recursive: true, force: true });
  }
}

/** Writes one file via a temporary file and rename, so it is never seen half-written. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
