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
  poweredByHeader: false,
  devIndicators: false,
};

export default nextConfig;
