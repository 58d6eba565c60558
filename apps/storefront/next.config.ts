import { join } from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const workspaceRoot = join(__dirname, '..', '..');

const config: NextConfig = {
  output: 'standalone',
  // The workspace libs (@getit/api-client, @getit/ui, @getit/contracts) live above this folder.
  outputFileTracingRoot: workspaceRoot,
  turbopack: { root: workspaceRoot },
  poweredByHeader: false,
  reactStrictMode: true,
  // One round trip less before the first paint on a slow connection: the (small) Tailwind CSS goes into the HTML.
  experimental: { inlineCss: true },
  typescript: { ignoreBuildErrors: true }, // the typecheck target checks types; the build does not do it twice
};

export default createNextIntlPlugin('./src/i18n/request.ts')(config);
