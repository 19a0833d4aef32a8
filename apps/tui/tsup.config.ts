import { cp, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'tsup';

const require = createRequire(import.meta.url);

export default defineConfig({
  entry: { cli: 'src/cli.tsx' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  // Code-splitting keeps the interactive app (Ink, React, Yoga) out of the chunk that `--help`
  // and the scriptable commands load.
  splitting: true,
  minify: true,
  // @kztj/core is not on the registry, so the packed tarball must carry it; bundling everything
  // also makes start-up one file read instead of a node_modules walk (see TOOLCHAIN.md).
  // Ink imports react-devtools-core only when DEV=true; it is not installed, so it stays external
  // (a plain `external` entry loses to a catch-all noExternal, hence the lookahead).
  noExternal: [/^(?!react-devtools-core)/],
  external: ['react-devtools-core'],
  env: { NODE_ENV: 'production' },
  banner: {
    // CommonJS dependencies bundled into ESM call require() for Node built-ins.
    js: "import { createRequire as __kztjCreateRequire } from 'node:module'; const require = __kztjCreateRequire(import.meta.url);",
  },
  // The core's per-collection CSV files ship beside the bundle for `kztj export --format csv`.
  onSuccess: async () => {
    const csvDir = dirname(require.resolve('@kztj/core/csv/events.csv'));
    await mkdir('dist/csv', { recursive: true });
    await cp(csvDir, 'dist/csv', { recursive: true });
  },
});
