import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole directory of outputs so that readers see either the old set or the new set,
 * never a mix: everything goes to a temporary sibling first, then one rename swaps it in.
 * An interrupted build leaves the previous outputs untouched (plus a stray temp dir at worst).
 */
export async function writeDirectoryAtomically(target: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}-`));
  try {
    for (const [name, content] of files) {
      const path = join(staging, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    const old = `${staging}-old`;
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, target);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one file via a temporary file and rename, so it is never seen half-written. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temp, content);
  await rename(temp, path);
}
