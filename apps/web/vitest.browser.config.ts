import { defineConfig } from 'vitest/config';

// `npm run test:browser`: real journeys in Debian's chromium (playwright-core, /usr/bin/chromium)
// against the built site served on a free localhost port. One file at a time: each starts a browser.
export default defineConfig({
  test: {
    include: ['browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
