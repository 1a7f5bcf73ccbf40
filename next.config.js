/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules as published: PGlite and the schema engine read their own .wasm files.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    'proper-lockfile',
  ],
  // Lets two builds (e.g. a test run and a dev build) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A trigger may carry 25 samples of up to 200,000 characters each (lib/core/trigger/definition.ts).
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  poweredByHeader: false,
  devIndicators: false,
};

export default nextConfig;
