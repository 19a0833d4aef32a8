/**
 * Builds the core's public entry from its sources with a different dataset inlined, the way tsup
 * inlines generated/dataset.json into dist/index.js. The core's queries read one module-level
 * dataset, so this is how the scale benchmark runs the real query code on synthetic data.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const CORE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/core');

/** The import in packages/core/src/dataset.ts that this replaces. */
const DATASET_IMPORT = /(^|\/)generated\/dataset\.json$/;

export async function bundleCoreWithDataset(datasetPath: string, outfile: string): Promise<void> {
  let substituted = false;
  const useDataset: Plugin = {
    name: 'kztj-bench-dataset',
    setup(b) {
      b.onResolve({ filter: DATASET_IMPORT }, () => {
        substituted = true;
        return { path: resolve(datasetPath) };
      });
    },
  };
  await build({
    entryPoints: [resolve(CORE_DIR, 'src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Same as tsup's output for dist/index.js: the JSON becomes an object literal in the module.
    loader: { '.json': 'json' },
    plugins: [useDataset],
    logLevel: 'error',
  });
  if (!substituted) {
    throw new Error(`bench: ${CORE_DIR}/src no longer imports generated/dataset.json; update bench/src/core-bundle.ts to the core's new data import`);
  }
}
