import { spawn } from 'node:child_process';

/**
 * Whether output goes through `$PAGER`: only to a terminal, only when it is taller than the
 * terminal, and only when the user has named a pager (kztj never picks one for them).
 */
export function wantsPager(text: string, stdout: { isTTY?: boolean; rows?: number }, env: NodeJS.ProcessEnv): boolean {
  const pager = env.PAGER?.trim();
  if (!pager || pager === 'cat' || !stdout.isTTY || !stdout.rows) return false;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines >= stdout.rows) return true;
  return false;
}

/** Writes `text` through the user's pager (a shell command line, as git and man run it); resolves when it quits. */
export function page(text: string, pager: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'] });
    // Quitting the pager before reading everything closes the pipe: not an error.
    child.stdin.on('error', () => {});
    child.on('close', () => resolve());
    child.on('error', () => resolve());
    child.stdin.end(text);
  });
}
