import { spawnSync } from 'node:child_process';

export interface Command {
  /** Row label. */
  label: string;
  file: string;
  args: string[];
  cwd?: string;
}

export interface CommandTimes {
  command: Command;
  /** Wall time of each run, in milliseconds. */
  times: number[];
  /** Set when a run failed: the figure is then not reported. */
  failure?: string;
}

/**
 * Times whole processes, interleaving the commands run by run, so a noisy moment on a shared
 * machine hits the baseline and the measured command alike.
 */
export function timeCommands(commands: readonly Command[], runs: number): CommandTimes[] {
  const results: CommandTimes[] = commands.map((command) => ({ command, times: [] }));
  for (let run = 0; run < runs; run++) {
    for (const result of results) {
      if (result.failure) continue;
      const { file, args, cwd } = result.command;
      const t0 = performance.now();
      const child = spawnSync(file, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 2 ** 20 });
      const ms = performance.now() - t0;
      if (child.error || child.status !== 0) {
        const why = child.error?.message ?? `exit ${child.status}: ${(child.stderr ?? '').trim().split('\n')[0] ?? ''}`;
        result.failure = why.slice(0, 120);
        continue;
      }
      result.times.push(ms);
    }
  }
  return results;
}
