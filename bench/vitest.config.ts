import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Compiling the 10x corpus takes a few seconds on a 2-core machine.
    testTimeout: 30_000,
  },
});
