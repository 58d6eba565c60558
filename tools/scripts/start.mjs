// `npm start`: builds what changed (Nx cache) and runs every service in one process on embedded defaults.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const step = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' } }).status;

process.stderr.write('[start] building (cached after the first time)…\n');
if (step([join(root, 'tools/scripts/prisma-generate.mjs')]) !== 0) process.exit(1);
if (step([join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'embedded:build', '--outputStyle=static']) !== 0) process.exit(1);

const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/embedded/src/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
