import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The pack-and-install test runs npm; give it room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
