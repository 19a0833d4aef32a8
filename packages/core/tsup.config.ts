import { readFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', authoring: 'src/authoring/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  // The package's own version, for consumers who report what they run (read at build time).
  define: { __KZTJ_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  // The compiled data ships beside the code for consumers who want it raw. generated/ is a link
  // to the current version (see src/build/write-atomic.ts): copy the files, not the link.
  onSuccess: async () => {
    await cp('generated', 'dist', { recursive: true, dereference: true });
  },
});
