/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and node-postgres optional native bindings: bundling either loses files at run time; fontkit
  // (print layout) is loaded as Node loads it.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'fontkit'],
  poweredByHeader: false,
};

module.exports = nextConfig;
