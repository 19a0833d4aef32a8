import { defineConfig } from 'tsup';

export default defineConfig({
  // run.ts drives everything; scale-level.ts is what each scale's child process runs.
  entry: ['src/run.ts', 'src/scale-level.ts', 'src/generate.ts'],
  format: ['esm'],
  target: 'node20',
  clean: true,
  // The bench measures the built core as consumers get it, and bundles esbuild at runtime;
  // autocannon is CommonJS with dynamic requires that break when bundled into ESM.
  external: ['@kztj/core', 'esbuild', 'yaml', 'autocannon'],
});
