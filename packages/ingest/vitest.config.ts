import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Vitest's default 5 s assumes an idle machine; CI shares two cores with other builds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
