import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Compiling the 10x corpus takes a few seconds on an idle 2-core machine, many more under load.
    testTimeout: 60_000,
  },
});
