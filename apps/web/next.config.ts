import type { NextConfig } from 'next';

// Every page is prerendered from @kztj/core at build time, so the site is a plain static export:
// `out/` can be served by any web server (scripts/serve.mjs does it for `npm start`).
const nextConfig: NextConfig = {
  output: 'export',
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default nextConfig;
