// `npm run fuzz -- --seed N --max 10000 [--url http://127.0.0.1:3000]`: the API fuzz of tests/fuzz for as long as you
// like. Without --url it builds what changed and starts a fresh marketplace (embedded host, own database on the local
// Postgres); with --url it fuzzes a running one (`npm start`'s). Prints the tally and writes the full report to /tmp.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1_000_000_000) },
    max: { type: 'string', default: '10000' },
    url: { type: 'string' },
  },
});
for (const name of ['seed', 'max'])
  if (!/^\d+$/.test(values[name])) throw new Error(`--${name} must be a whole number, got "${values[name]}"`);

const run = (args, env = process.env) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (!values.url) {
  const built =
    run([join(root, 'tools/scripts/prisma-generate.mjs')]) === 0 &&
    run([join(root, 'node_modules/nx/dist/bin/nx.js'), 'run', 'embedded:build', '--outputStyle=static']) ===
      0;
  if (!built) process.exit(1);
}
process.stderr.write(
  `[fuzz] seed ${values.seed}, ${values.max} requests${values.url ? ` against ${values.url}` : ''}\n`,
);
const env = {
  ...process.env,
  FUZZ_SEED: values.seed,
  FUZZ_MAX: values.max,
  FUZZ_URL: values.url ?? '',
  // the fuzz needs only Postgres (the marketplace under test runs on the in-process bus, without Redis)
  DATABASE_ADMIN_URL: process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? 'unused-by-the-fuzz:9092',
};
process.exit(
  run(
    [
      join(root, 'node_modules/jest/bin/jest.js'),
      '-c',
      join(root, 'jest.config.cjs'),
      '--rootDir',
      join(root, 'tests/fuzz'),
      '--testRegex',
      'api-fuzz\\.int-spec\\.ts$',
      '--runInBand',
    ],
    env,
  ),
);
