// After `next build`: writes .br and .gz beside every text file of the export, so the static
// server (sirv, which picks them by Accept-Encoding) sends compressed pages without compressing
// on each request. Any host that serves precompressed files can use them the same way.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { OUT_DIR } from './serve.mjs';

const TEXT = /\.(html|js|css|json|svg|xml|csv)$/; // not the .txt RSC payloads: plain links never fetch them
let count = 0;
for (const name of readdirSync(OUT_DIR, { recursive: true })) {
  const file = join(OUT_DIR, String(name));
  if (!TEXT.test(file) || !statSync(file).isFile()) continue;
  const body = readFileSync(file);
  if (body.length < 1024) continue;
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
  count += 1;
}
console.log(`precompressed ${count} files in out/`);
