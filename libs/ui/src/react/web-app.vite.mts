import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Alias, UserConfig } from 'vite';

const ROOT = join(import.meta.dirname, '../../../..');

/** The workspace's `@getit/*` paths (tsconfig.base.json) as exact Vite aliases, so libs resolve from any folder. */
function workspaceAliases(): Alias[] {
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> };
  };
  return Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
    replacement: join(ROOT, target),
  }));
}

/**
 * The Vite settings both SPAs share: React, Tailwind, the workspace aliases, a browser `node:crypto` (contracts'
 * event helpers import randomUUID from it), a build into the app's `dist`, and `/api` proxied to a running
 * `npm start` in development. `base` is where the gateway serves the app (`/seller/`, `/admin/`).
 */
export function webAppConfig({ root, base }: { root: string; base: `/${string}/` }): UserConfig {
  return {
    root,
    base,
    plugins: [react(), tailwindcss()],
    resolve: {
      alias: [
        ...workspaceAliases(),
        { find: /^node:crypto$/, replacement: join(ROOT, 'libs/ui/src/react/browser-crypto.ts') },
      ],
    },
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1_500 },
    server: { proxy: { '/api': process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000' } },
  };
}
