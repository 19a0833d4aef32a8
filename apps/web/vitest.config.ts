import { defineConfig } from 'vitest/config';

// `npm test`: checks over the built site in out/ (turbo runs the build first) and node-only
// tests of the server and helpers. The browser suite has its own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ['checks/**/*.test.ts', 'lib/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The checks read and parse every built page; under load (other builds on the same two cores)
    // that took over vitest's default 5 s. Timeouts here catch hangs, not slowness.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
