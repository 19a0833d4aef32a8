import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    // Builds the core, the terminal app and the whole site in a copy: minutes on a busy two-core
    // machine. The limit only stops a hung build; nothing here measures speed.
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
  },
});
