/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and node-postgres optional native bindings: bundling either loses files at run time; fontkit
  // (print layout) and playwright-core (server PDFs) are loaded as Node loads them.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'fontkit', 'playwright-core'],
  poweredByHeader: false,
};

module.exports = nextConfig;
