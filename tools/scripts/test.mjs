// `npm test`: every project's lint, typecheck, build, unit and integration tests, against real Postgres, Redis and
// Kafka (started here when not given), then one closing tally. Exit code is non-zero if anything failed.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { ensureInfra } from '../infra/infra.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const started = Date.now();
const log = (line) => process.stderr.write(`[test] ${line}\n`);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function run(command, args, env = process.env) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;
}

async function dropRunDatabases(adminUrl, runId) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`getit_t_${runId}_`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.length;
  } finally {
    await client.end();
  }
}

function tally() {
  const dir = join(root, '.test-results');
  const rows = [];
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    rows.push({ suite: file.replace(/\.json$/, ''), passed: result.numPassedTests, failed: result.numFailedTests, skipped: result.numPendingTests });
  }
  return rows;
}

rmSync(join(root, '.test-results'), { recursive: true, force: true });
log('generating Prisma clients');
if (run(process.execPath, [join(root, 'tools/scripts/prisma-generate.mjs')]) !== 0) process.exit(1);

log('making Postgres, Redis, Kafka and OpenSearch reachable (the first run fetches their jars from Maven Central)');
const infra = await ensureInfra({ log: (line) => process.stderr.write(`${line}\n`) });
const runId = `r${randomBytes(3).toString('hex')}`;
const env = { ...process.env, ...infra.env, TEST_RUN_ID: runId, NX_DAEMON: 'false', NX_TUI: 'false' };
log(`infrastructure ready after ${seconds()}: Kafka ${infra.env.KAFKA_BROKERS}, OpenSearch ${infra.env.OPENSEARCH_URL}; test run ${runId}`);

let status = 1;
try {
  const targets = process.env.TEST_TARGETS ?? 'lint,typecheck,build,test,test:integration';
  status = run(
    process.execPath,
    [
      join(root, 'node_modules/nx/dist/bin/nx.js'),
      'run-many',
      '-t',
      ...targets.split(','),
      '--parallel=2',
      '--outputStyle=static',
      // CI proves everything from scratch; a developer's run reuses Nx's cache for unchanged projects.
      ...(process.env.CI ? ['--skip-nx-cache'] : []),
    ],
    env,
  );
} finally {
  const dropped = await dropRunDatabases(infra.env.DATABASE_ADMIN_URL, runId).catch(() => 0);
  await infra.stop();
  log(`cleaned up ${dropped} test databases and the infrastructure this run started`);
}

const rows = tally();
const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
process.stdout.write('\nTest suites by project and tier:\n');
for (const row of rows) {
  process.stdout.write(`  ${row.suite.padEnd(36)} ${String(row.passed).padStart(4)} passed  ${row.failed ? `${row.failed} FAILED` : ''}\n`);
}
process.stdout.write(`\nwall time ${seconds()}; nx exit code ${status}\n`);
process.stdout.write(`tests: ${sum('passed')} passed, ${sum('failed') + (status !== 0 && sum('failed') === 0 ? 1 : 0)} failed, ${sum('skipped')} skipped\n`);
process.exit(status);
