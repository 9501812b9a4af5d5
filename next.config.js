/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and node-postgres optional native bindings: bundling either loses files at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
};

module.exports = nextConfig;
