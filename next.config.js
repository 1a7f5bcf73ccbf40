/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules as published: PGlite and the schema engine read their own .wasm files.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/schema-engine-wasm',
    'proper-lockfile',
  ],
  poweredByHeader: false,
  devIndicators: false,
};

export default nextConfig;
