import { spawn } from 'node:child_process';

/**
 * Milliseconds from starting `command` in a pseudo-terminal (util-linux `script`) until `marker`
 * appears in its output. Rejects, with the output's tail, when the command closes before the
 * marker (it crashed, or printed something else) or when `timeoutMs` passes first. The process
 * group is killed either way, so a browser that keeps running after its first frame ends here.
 */
export function timeUntil(command, marker, { env = process.env, timeoutMs = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'], env, detached: true });
    let seen = '';
    /** The first outcome wins: the time to the marker, or why there is none. */
    let outcome;
    const tail = () => JSON.stringify(seen.slice(-200));
    const timer = setTimeout(() => finish(new Error(`no "${marker}" within ${timeoutMs / 1000} s from ${command}; got ${tail()}`)), timeoutMs);
    function finish(result) {
      if (outcome !== undefined) return;
      outcome = result;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      if (seen.includes(marker)) finish(Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.once('error', (error) => finish(new Error(`could not run script(1) for ${command}: ${error.message}`)));
    // Listened for from the start: a child that exits before the marker must not leave us waiting
    // for a 'close' that has already happened.
    child.once('close', (code, signal) => {
      finish(new Error(`${command} closed (${signal ?? `exit ${code}`}) before printing "${marker}"; got ${tail()}`));
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    });
  });
}
