import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    // CLI tests spawn the built bin and the e2e test drives tmux: give them room on 2 cores under
    // load (each wait polls for its condition; these only catch hangs).
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
