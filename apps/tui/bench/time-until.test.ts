import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { timeUntil } from './time-until.mjs';

const hasScript = spawnSync('script', ['--version']).status === 0;
const node = (code: string) => `'${process.execPath}' -e "${code}"`;

// The start-up bench's pty harness. It used to hang (and the bench exit 13) when the command
// closed before its marker: these would then run into the test timeout instead of rejecting.
describe.skipIf(!hasScript && !process.env.CI)('timeUntil', () => {
  it('resolves with the time to the marker', async () => {
    const ms = await timeUntil(node("process.stdout.write('READY')"), 'READY');
    expect(ms).toBeGreaterThan(0);
  });

  it('resolves at the marker and ends a command that keeps running', async () => {
    await expect(timeUntil(node("process.stdout.write('READY'); setTimeout(() => {}, 60000)"), 'READY')).resolves.toBeGreaterThan(0);
  });

  it('rejects, saying so, when the command closes before the marker', async () => {
    await expect(timeUntil(node("process.stdout.write('Error: no terminal'); process.exit(3)"), 'READY')).rejects.toThrow(
      /closed \(exit 3\) before printing "READY"; got ".*Error: no terminal"/,
    );
  });

  it('rejects when the marker does not come in time, with what came instead', async () => {
    await expect(
      // Long enough for node to start and print under load: the message must show what came.
      timeUntil(node("process.stdout.write('loading'); setTimeout(() => {}, 60000)"), 'READY', { timeoutMs: 3_000 }),
    ).rejects.toThrow(/no "READY" within 3 s from .*; got ".*loading"/);
  });
});
