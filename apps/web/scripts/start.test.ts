import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt } from '../checks/site-output';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(WEB, '..', '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * The README's `npm start` runs `turbo run start`; turbo's strict env mode drops variables a task
 * does not declare, so this goes through turbo itself (`--only`: the build is already there).
 */
async function startThroughTurbo(env: Record<string, string>): Promise<{ output: string; stop: () => void }> {
  const child = spawn('npx', ['turbo', 'run', 'start', '--filter=@kztj/web', '--only', '--output-logs=full'], { cwd: ROOT, env: { ...process.env, ...env }, detached: true });
  let output = '';
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error(`turbo start did not print an address in 90 s:\n${output}`))), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready on http:\/\/\S+/.test(output)) {
        clearTimeout(timer);
        resolve({ output, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`turbo start exited with ${code}:\n${output}`))));
  });
}

describe('npm start honours PORT and HOST', () => {
  it('binds the port and host given, through turbo', async () => {
    assertBuilt();
    const port = await freePort();
    // 127.0.0.2 is loopback too on Linux, and is not the default host, so it shows HOST is read.
    const { output, stop } = await startThroughTurbo({ PORT: String(port), HOST: '127.0.0.2' });
    try {
      expect(output).toContain(`ready on http://127.0.0.2:${port}`);
      const res = await fetch(`http://127.0.0.2:${port}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('kztj');
    } finally {
      stop();
    }
  }, 120_000);

  it('refuses a PORT that is not a port, saying which value', () => {
    for (const port of ['abc', '70000', '-1']) {
      const run = spawnSync(process.execPath, [join(WEB, 'scripts', 'serve.mjs')], { env: { ...process.env, PORT: port }, encoding: 'utf8', timeout: 30_000 });
      expect(run.status, port).toBe(1);
      expect(run.stderr, port).toContain(`PORT must be a whole number from 0 to 65535, got "${port}"`);
    }
  });
});
