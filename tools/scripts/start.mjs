// `npm start`: builds what changed (Nx cache) and runs every service in one process on embedded defaults.
// The console keeps to the banner, warnings and errors: build output is shown only when the build fails.
// Per-service settings pass through as <SERVICE>__<VARIABLE> (README.md, "Configuration").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
const step = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return true;
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error}\n` : ''}`);
  return false;
};

process.stderr.write('[start] building (a few minutes the first time, seconds after)…\n');
if (!step([join(root, 'tools/scripts/prisma-generate.mjs')])) process.exit(1);
if (!step([join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'embedded:build', '--outputStyle=static'])) process.exit(1);
if (!step([join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'storefront:build', '--outputStyle=static'])) process.exit(1);
// The seller portal and the admin SPA: static builds the gateway serves at /seller/ and /admin/.
for (const app of ['seller-portal', 'admin'])
  if (existsSync(join(root, 'apps', app, 'project.json')) && !step([join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', `${app}:build`, '--outputStyle=static'])) process.exit(1);

const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/embedded/src/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
