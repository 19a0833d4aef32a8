import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', authoring: 'src/authoring/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  // The compiled data ships beside the code for consumers who want it raw.
  onSuccess: async () => {
    await cp('generated', 'dist', { recursive: true });
  },
});
