// Builds the storefront with Next (standalone output) and copies the static assets next to its server.js, so that
// `node apps/storefront/.next/standalone/apps/storefront/server.js` serves everything on its own.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
const app = join(root, 'apps/storefront');
const next = join(root, 'node_modules/next/dist/bin/next');
const result = spawnSync(process.execPath, [next, 'build'], {
  cwd: app,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) process.exit(result.status ?? 1);
const standalone = join(app, '.next/standalone/apps/storefront');
cpSync(join(app, '.next/static'), join(standalone, '.next/static'), { recursive: true });
if (existsSync(join(app, 'public')))
  cpSync(join(app, 'public'), join(standalone, 'public'), { recursive: true });
console.log(`built apps/storefront -> ${standalone}/server.js`);
