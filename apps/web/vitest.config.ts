import { defineConfig } from 'vitest/config';

// `npm test`: checks over the built site in out/ (turbo runs the build first) and node-only
// tests of the server and helpers. The browser suite has its own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ['checks/**/*.test.ts', 'lib/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
