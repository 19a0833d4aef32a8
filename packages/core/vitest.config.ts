import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The pack-and-install test runs npm, the build tests spawn tsx: give them room on a loaded
    // 2-core machine. Timeouts catch hangs, not slowness.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
