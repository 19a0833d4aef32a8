import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MISSING, load } from './load-test.js';

describe('load', () => {
  it('refuses any target that is not loopback', async () => {
    await expect(load('x', 'http://10.0.0.1:80', ['/'], 1)).rejects.toThrow(/only target loopback/);
    await expect(load('x', 'https://example.com', ['/'], 1)).rejects.toThrow(/only target loopback/);
  });

  it('tells intended 404s from unexpected failures', async () => {
    const server = createServer((req, res) => {
      if (req.url === MISSING) res.writeHead(404).end('missing');
      else if (req.url === '/broken') res.writeHead(500).end('broken');
      else res.writeHead(200).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await load('test', `http://127.0.0.1:${port}`, ['/', MISSING, '/broken'], 1, 4);
      expect(result.total).toBeGreaterThan(3);
      expect(result.intended404).toBeGreaterThan(0);
      expect(result.unexpected).toBeGreaterThan(0);
      expect(result.intended404 + result.unexpected).toBeLessThan(result.total);
      expect(result.errors).toBe(0);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  }, 15_000);
});
