#!/usr/bin/env node
// `npm run bench`: how much does each layer cost on this machine? Starts catalog (and the gateway in front of it)
// as separate processes against a throw-away Postgres database, seeds the demo catalogue through the vendor import
// and moderation APIs, and loads each scenario with autocannon next to two ceilings measured in the same run (a bare
// node:http server and a node:http server doing one primary-key read). The catalog is measured with its public-read
// cache on (the default), off, and with a small heap; inventory's reserve + release and auth's password login are
// measured directly, each alone on its own database.
// See docs/adr/0005-benchmarks.md.
//
//   npm run bench -- [--connections 32] [--duration 10] [--warmup 3] [--scenarios detail,list] [--json out.json]
//                    [--pool-max 10] [--skip-build] [--cpu-prof DIR]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Children, freePort } from './lib/processes.mjs';
import { abortLoad, measure } from './lib/load.mjs';
import { abortLogin, LOGIN_HOW, measureLogin, seedUsers, smokeLogin, timeOneHash } from './lib/login.mjs';
import {
  abortReserveRelease,
  measureReserveRelease,
  seedInventory,
  smokeReserveRelease,
} from './lib/reserve-release.mjs';
import { report } from './lib/report.mjs';
import { listedVariants, seedCatalog } from './lib/seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = (svc) => join(root, 'dist/apps', svc, 'src/main.js');
const BUILD = [
  'catalog',
  'search',
  'gateway',
  'embedded',
  'inventory',
  'auth',
  'shipping',
  'order',
  'payment',
]; // embedded: the demo catalogue

// ---- options --------------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    scenarios: { type: 'string' },
    json: { type: 'string' },
    'pool-max': { type: 'string', default: '10' },
    'skip-build': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** How each catalog process is configured; one runs at a time, all on the same seeded database. */
// `gatewayEnv`: the gateway in front of it; its own public-answer cache (ADR 0016) is off with the catalog's, and
// off alone in `gwcacheoff` (the hop as it was before the gateway cached: every read crosses to the catalog).
const CATALOG_CONFIGS = {
  default: { name: 'catalog', env: {} },
  nocache: {
    name: 'catalog[cache off]',
    env: { PUBLIC_CACHE_TTL_MS: '0' },
    gatewayEnv: { PUBLIC_CACHE_TTL_MS: '0' },
  },
  gwcacheoff: { name: 'catalog', env: {}, gatewayEnv: { PUBLIC_CACHE_TTL_MS: '0' } },
  smallheap: {
    name: 'catalog[small heap]',
    env: { NODE_OPTIONS: '--max-old-space-size=96 --max-semi-space-size=2' },
  },
};

// `what`: detail (rotating over every listed id), list (first page of 24), reserve (inventory pairs), login (auth).
// `connections` / `warmup` fix a scenario's own load instead of --connections / --warmup.
const SCENARIOS = [
  { key: 'bare', name: 'ceiling: bare node http', ceiling: true, front: 'bare', what: 'detail' },
  { key: 'pg', name: 'ceiling: one indexed pg read', ceiling: true, front: 'pg', what: 'detail' },
  {
    key: 'catalog-detail',
    name: 'catalog direct: product detail',
    front: 'catalog',
    config: 'default',
    what: 'detail',
  },
  {
    key: 'gateway-detail',
    name: 'gateway → catalog: product detail',
    front: 'gateway',
    config: 'default',
    what: 'detail',
  },
  {
    key: 'catalog-list',
    name: 'catalog direct: product list (24)',
    front: 'catalog',
    config: 'default',
    what: 'list',
  },
  {
    key: 'gateway-list',
    name: 'gateway → catalog: product list (24)',
    front: 'gateway',
    config: 'default',
    what: 'list',
  },
  {
    key: 'gateway-detail-gwcacheoff',
    name: 'gateway (its cache off) → catalog: detail',
    front: 'gateway',
    config: 'gwcacheoff',
    what: 'detail',
  },
  {
    key: 'gateway-list-gwcacheoff',
    name: 'gateway (its cache off) → catalog: list (24)',
    front: 'gateway',
    config: 'gwcacheoff',
    what: 'list',
  },
  {
    key: 'catalog-detail-nocache',
    name: 'catalog direct: detail, cache off',
    front: 'catalog',
    config: 'nocache',
    what: 'detail',
  },
  {
    key: 'gateway-detail-nocache',
    name: 'gateway → catalog: detail, cache off',
    front: 'gateway',
    config: 'nocache',
    what: 'detail',
  },
  {
    key: 'catalog-list-nocache',
    name: 'catalog direct: list (24), cache off',
    front: 'catalog',
    config: 'nocache',
    what: 'list',
  },
  {
    key: 'gateway-list-nocache',
    name: 'gateway → catalog: list (24), cache off',
    front: 'gateway',
    config: 'nocache',
    what: 'list',
  },
  {
    key: 'catalog-detail-smallheap',
    name: 'catalog direct: detail, small heap',
    front: 'catalog',
    config: 'smallheap',
    what: 'detail',
  },
  {
    key: 'catalog-list-smallheap',
    name: 'catalog direct: list (24), small heap',
    front: 'catalog',
    config: 'smallheap',
    what: 'list',
  },
  { key: 'reserve-release', name: 'inventory: reserve + release', front: 'inventory', what: 'reserve' },
  // scrypt makes a login ~70 ms of CPU: 16 connections already queue on the two cores.
  {
    key: 'login',
    name: 'auth direct: password login (16 conn)',
    front: 'auth',
    what: 'login',
    connections: 16,
    warmup: 2,
  },
];

/** Seeded password users for the login scenario; at least as many as its connections, one user per connection. */
const LOGIN_USERS = 64;

/** Everything but the bare ceiling and the login runs against the seeded demo catalogue. */
const needsCatalog = (s) => s.front !== 'bare' && s.front !== 'auth';

/** Gateway vs direct comparisons (issue 2). */
const PAIRS = [
  { label: 'product detail', direct: 'catalog-detail', via: 'gateway-detail' },
  { label: 'product list (24)', direct: 'catalog-list', via: 'gateway-list' },
  {
    label: 'product detail, gateway cache off',
    direct: 'catalog-detail',
    via: 'gateway-detail-gwcacheoff',
  },
  { label: 'product list (24), gateway cache off', direct: 'catalog-list', via: 'gateway-list-gwcacheoff' },
  { label: 'product detail, cache off', direct: 'catalog-detail-nocache', via: 'gateway-detail-nocache' },
  { label: 'product list (24), cache off', direct: 'catalog-list-nocache', via: 'gateway-list-nocache' },
];

if (args.help) {
  console.log(`usage: npm run bench -- [options]
  --connections N   concurrent connections per scenario (default 32; login always uses 16)
  --duration S      measured seconds per scenario (default 10)
  --warmup S        discarded warm-up seconds before each (default 3; login always 2)
  --scenarios a,b   exact keys, or substrings of keys and names, of: ${SCENARIOS.map((s) => s.key).join(', ')}
  --pool-max N      Postgres pool size for catalog, inventory and the pg ceiling (default 10)
  --json FILE       also write the results as JSON
  --skip-build      do not run prisma generate + nx build first
  --cpu-prof DIR    run the services with --cpu-prof, profiles written to DIR on exit`);
  process.exit(0);
}

const positive = (name, value, { integer = true } = {}) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    console.error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got ${value}`);
    process.exit(2);
  }
  return n;
};
const opts = {
  connections: positive('connections', args.connections),
  durationSeconds: positive('duration', args.duration, { integer: false }),
  warmupSeconds: args.warmup === '0' ? 0 : positive('warmup', args.warmup, { integer: false }),
  poolMax: positive('pool-max', args['pool-max']),
};

/** A token that is a scenario's key selects that scenario only; any other token selects by substring. */
const selects = (t, s) =>
  SCENARIOS.some((x) => x.key === t) ? s.key === t : s.key.includes(t) || s.name.toLowerCase().includes(t);
const tokens = (args.scenarios ?? '')
  .split(',')
  .map((t) => t.trim().toLowerCase())
  .filter(Boolean);
const wanted = args.scenarios ? SCENARIOS.filter((s) => tokens.some((t) => selects(t, s))) : SCENARIOS;
/** The full checkout (issue 5) runs last, as its own stack with Kafka: tools/bench/checkout.mjs. */
const wantCheckout = !args.scenarios || tokens.some((t) => 'checkout'.includes(t));
if (wanted.length === 0 && !wantCheckout) {
  console.error(`--scenarios ${args.scenarios} matches none of: ${SCENARIOS.map((s) => s.key).join(', ')}`);
  process.exit(2);
}

// ---- clean-up, whatever happens -------------------------------------------------------------------------------

const children = new Children();
const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databases = []; // created by this run, dropped at the end
let cleaning;

async function dropDatabase(name) {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch (err) {
    console.error(`could not drop database ${name}: ${err.message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function cleanup() {
  cleaning ??= (async () => {
    abortLoad();
    abortReserveRelease();
    abortLogin();
    await children.stopAll().catch((err) => console.error(`stopping children: ${err.message}`));
    for (const name of databases.splice(0)) await dropDatabase(name);
  })();
  return cleaning;
}

let interrupts = 0;
class Interrupted extends Error {}
const checkInterrupted = () => {
  if (interrupts > 0) throw new Interrupted('interrupted');
};
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    interrupts += 1;
    if (interrupts > 1) {
      children.killAllSync();
      process.exit(130);
    }
    console.error(`\n${sig}: stopping the load, the servers and dropping the bench database…`);
    void cleanup().finally(() => process.exit(130));
  });
}
process.on('exit', () => children.killAllSync());

// A hard ceiling on the whole run, so a hung server can never keep the machine busy.
const budgetSeconds =
  240 +
  wanted.reduce((sum, s) => sum + (s.warmup ?? opts.warmupSeconds) + opts.durationSeconds + 20, 0) +
  (wantCheckout ? 360 + opts.warmupSeconds + opts.durationSeconds : 0);
const watchdog = setTimeout(() => {
  console.error(`bench exceeded its ${budgetSeconds} s budget; stopping everything`);
  void cleanup().finally(() => process.exit(1));
}, budgetSeconds * 1000);
watchdog.unref();

// ---- helpers --------------------------------------------------------------------------------------------------

const log = (msg) => console.log(`• ${msg}`);
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function run(cmd, argv, label) {
  const t0 = Date.now();
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_TUI: 'false' },
    timeout: 300_000,
  });
  const ok = r.status === 0;
  log(`${label}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${seconds(t0)}`);
  if (!ok) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    console.log(out.replace(/^/gm, '    '));
  }
  return ok;
}

function build() {
  run(process.execPath, ['tools/scripts/prisma-generate.mjs'], 'prisma generate');
  run(
    join(root, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '-p', ...BUILD, '--output-style=static'],
    `nx build ${BUILD.join(' ')}`,
  );
}

async function createDatabase(suffix = '') {
  const name = `getit_bench_${process.pid}${suffix}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  databases.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

const serviceEnv = (port, extra) => ({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  LOG_LEVEL: 'warn',
  ...extra,
});

const profileArgs = () =>
  args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.cwd(), args['cpu-prof'])}`] : [];

async function startService(name, script, env, { readyTimeoutMs = 90_000, nodeArgs = [] } = {}) {
  const port = Number(env.PORT);
  const handle = children.start(name, script, env, nodeArgs);
  const t0 = Date.now();
  try {
    await children.waitReady(handle, port, { timeoutMs: readyTimeoutMs });
  } catch (err) {
    await children.stop(handle.pid); // a service that never got ready is not left running
    throw err;
  }
  log(`${name} ready on 127.0.0.1:${port} (pid ${handle.pid}, ${seconds(t0)})`);
  return { ...handle, port, origin: `http://127.0.0.1:${port}` };
}

/** A service of ours on its own port; `db` is an existing database or created for it. */
async function startDatabaseService(name, { svc = name, db, env = {} } = {}) {
  db ??= await createDatabase(`_${svc}`);
  const port = await freePort();
  return startService(
    name,
    dist(svc),
    serviceEnv(port, {
      DATABASE_URL: db.url,
      MESSAGING_TRANSPORT: 'in-process',
      DATABASE_POOL_MAX: String(opts.poolMax),
      ...env,
    }),
    { nodeArgs: profileArgs() },
  );
}

/** One request before the load: a scenario whose first answer is not 2xx is reported, not measured. */
async function smoke(origin, path) {
  try {
    const res = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    return res.ok ? null : `GET ${path} answered ${res.status}: ${body.slice(0, 300)}`;
  } catch (err) {
    return `GET ${path} failed: ${err.cause?.code ?? err.message}`;
  }
}

// ---- the services under test: one catalog configuration (and its gateway) at a time -------------------------

const stack = { db: null, config: null, catalog: null, gateway: null, search: null, failed: new Map() };

async function stopStack() {
  for (const part of ['gateway', 'catalog']) {
    if (stack[part]) await children.stop(stack[part].pid);
    stack[part] = null;
  }
  stack.config = null;
}

async function catalogFor(config) {
  if (stack.config === config) return stack.catalog;
  await stopStack();
  const { name, env } = CATALOG_CONFIGS[config];
  stack.catalog = await startDatabaseService(name, { svc: 'catalog', db: stack.db, env });
  stack.config = config;
  return stack.catalog;
}

async function gatewayFor(config) {
  const catalog = await catalogFor(config);
  stack.gateway ??= await startGateway(catalog, CATALOG_CONFIGS[config].gatewayEnv);
  return stack.gateway;
}

async function startGateway(catalog, extraEnv = {}) {
  const port = await freePort();
  // All load comes from 127.0.0.1: a per-address limit would answer 429. A huge limit keeps the limiter's cost
  // measured; no REDIS_URL, so its counters are the in-memory ones (one replica, nothing to share).
  const gwEnv = (searchUrl) =>
    serviceEnv(port, {
      CATALOG_URL: catalog.origin,
      SEARCH_URL: searchUrl,
      RATE_LIMIT_IP_PER_MINUTE: '999999999',
      REDIS_URL: '',
      ...extraEnv,
    });
  const start = (searchUrl, readyTimeoutMs) =>
    startService('gateway', dist('gateway'), gwEnv(searchUrl), { readyTimeoutMs, nodeArgs: profileArgs() });
  if (stack.search) return start(stack.search.origin, 30_000);
  try {
    return await start(`http://127.0.0.1:${await freePort()}`, 4_000); // nothing listens there
  } catch (err) {
    if (!existsSync(dist('search'))) throw err;
    log(`gateway not ready without a search service (${err.message.split('\n')[0]}); starting search too`);
  }
  stack.search = await startDatabaseService('search');
  return start(stack.search.origin, 30_000);
}

/** Starts the catalog once on a fresh database and seeds it; returns the listed product ids. */
async function seed() {
  stack.db = await createDatabase();
  const catalog = await catalogFor('default');
  const t0 = Date.now();
  const { ids, imported } = await seedCatalog({ origin: catalog.origin, dbUrl: stack.db.url, root });
  log(
    `seeded the demo catalogue: ${imported} products imported as CSV, approved, ${ids.length} listed, in ${seconds(t0)}`,
  );
  return ids;
}

/** The ceilings and inventory run only for their own scenario. */
async function startCeiling(s) {
  const port = await freePort();
  const script = join(here, 'servers', s.key === 'bare' ? 'bare-http.mjs' : 'pg-read.mjs');
  const extra = s.key === 'pg' ? { DATABASE_URL: stack.db.url, DATABASE_POOL_MAX: String(opts.poolMax) } : {};
  return startService(
    s.key === 'bare' ? 'bare-http' : 'pg-read',
    script,
    { HOST: '127.0.0.1', PORT: String(port), ...extra },
    { readyTimeoutMs: 15_000 },
  );
}

async function startInventory() {
  const inventory = await startDatabaseService('inventory');
  const t0 = Date.now();
  const variants = await listedVariants(stack.db.url);
  await seedInventory(inventory.origin, variants);
  log(`stocked ${variants.length} variants of the listed products in inventory in ${seconds(t0)}`);
  return { ...inventory, variantIds: variants.map((v) => v.variantId) };
}

/** Auth on a fresh database with memory rate limits (no REDIS_URL), and LOGIN_USERS password users. */
async function startAuth() {
  const auth = await startDatabaseService('auth', {
    env: {
      NODE_ENV: 'development', // SMS_PROVIDER=dev-sink is refused in production; nothing else here depends on it
      AUTH_KEY_ENCRYPTION_SECRET: randomBytes(36).toString('base64url'), // 48 characters, new every run
      SMS_PROVIDER: 'dev-sink',
    },
  });
  const t0 = Date.now();
  const emails = await seedUsers(auth.origin, LOGIN_USERS);
  log(`registered ${emails.length} email + password users in auth in ${seconds(t0)}`);
  return { ...auth, emails };
}

/** The process answering scenario `s`, the processes to sample, and a stop() for the ones started only for it. */
async function frontFor(s) {
  if (s.ceiling) {
    const h = await startCeiling(s);
    return { front: h, sampled: [h], stop: () => children.stop(h.pid) };
  }
  if (s.front === 'inventory' || s.front === 'auth') {
    await stopStack(); // measured alone; nothing else of ours is busy
    const h = await (s.front === 'auth' ? startAuth() : startInventory());
    return { front: h, sampled: [h], stop: () => children.stop(h.pid) };
  }
  if (s.front === 'catalog') {
    const h = await catalogFor(s.config);
    return { front: h, sampled: [h], stop: async () => {} };
  }
  const gateway = await gatewayFor(s.config);
  return { front: gateway, sampled: [gateway, stack.catalog], stop: async () => {} };
}

// ---- scenarios ------------------------------------------------------------------------------------------------

function pathsFor(s, ids) {
  const prefix = s.front === 'gateway' ? '/api' : '';
  if (s.what === 'list') return [`${prefix}/products?limit=24`];
  const some = ids.length ? ids : Array.from({ length: 200 }, (_, i) => String(i)); // bare: any path will do
  return some.map((id) => `${prefix}/products/${id}`);
}

async function smokeScenario(s, front, paths) {
  if (s.what === 'login') return smokeLogin(front.origin, front.emails[0]);
  if (s.what !== 'reserve') return smoke(front.origin, paths[0]);
  if (!front.variantIds.length) return 'no variant to reserve';
  return smokeReserveRelease(front.origin, front.variantIds[0]);
}

function load(s, front, paths, sampled) {
  const common = {
    connections: s.connections ?? opts.connections,
    warmupSeconds: s.warmup ?? opts.warmupSeconds,
    durationSeconds: opts.durationSeconds,
    pids: sampled.map((h) => h.pid),
    idlePids: children.pids(),
  };
  if (s.what === 'reserve')
    return measureReserveRelease({ ...common, origin: front.origin, variantIds: front.variantIds });
  if (s.what === 'login') return measureLogin({ ...common, origin: front.origin, emails: front.emails });
  return measure({ ...common, origin: front.origin, paths });
}

const scenarioInfo = (s) => ({ key: s.key, scenario: s.name, front: s.front, ceiling: Boolean(s.ceiling) });

async function runScenario(s, ids) {
  const fronted = `${s.front}:${s.config ?? ''}`;
  if (stack.failed.has(fronted)) return { ...scenarioInfo(s), error: stack.failed.get(fronted) };
  let started;
  try {
    started = await frontFor(s);
  } catch (err) {
    const why = err.message.split('\n')[0].slice(0, 160);
    log(`${s.name}: not measured, could not start ${s.front}: ${why}`);
    console.log(err.message.split('\n').slice(1).join('\n').replace(/^/gm, '    '));
    stack.failed.set(fronted, `${s.front} did not start (${why})`);
    return { ...scenarioInfo(s), error: stack.failed.get(fronted) };
  }
  const { front, sampled } = started;
  try {
    const paths = pathsFor(s, ids);
    const broken = await smokeScenario(s, front, paths);
    if (broken) {
      log(`${s.name}: not measured, ${broken}`);
      return { ...scenarioInfo(s), error: broken };
    }
    const extra =
      s.what === 'login' ? { how: LOGIN_HOW, users: front.emails.length, hashCpuMs: timeOneHash() } : {};
    if (extra.how)
      log(`${s.name}: ${extra.how}; one scrypt hash here costs ${extra.hashCpuMs.toFixed(0)} ms CPU`);
    process.stdout.write(
      `• ${s.name}: warm-up ${s.warmup ?? opts.warmupSeconds} s, measuring ${opts.durationSeconds} s … `,
    );
    const m = await load(s, front, paths, sampled);
    checkInterrupted();
    const unit = { reserve: 'round trips', login: 'logins' }[s.what] ?? 'req';
    console.log(`${Math.round(m.rps)} ${unit}/s`);
    for (const h of sampled) {
      if (children.exited(h.pid))
        throw new Error(`${h.name} (pid ${h.pid}) died during "${s.name}":\n${children.tail(h.pid)}`);
    }
    const processes = sampled.map((h) => ({ name: h.name, pid: h.pid, ...m.usage.perPid[h.pid] }));
    return { ...scenarioInfo(s), ...m, ...extra, processes };
  } finally {
    await started.stop();
  }
}

// ---- the run --------------------------------------------------------------------------------------------------

function environment() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model?.trim(),
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: os.loadavg().map((n) => +n.toFixed(2)),
    postgres: null,
  };
}

function printHeader(env) {
  console.log('GetIt Marketplace benchmark');
  console.log(
    `  node ${env.node} · ${env.cpuCount} CPU (${env.cpuModel}) · ${env.memoryGiB} GiB · load avg ${env.loadAverageAtStart.join(' ')}`,
  );
  console.log(
    `  NOTE: the load generator (autocannon, this process) shares these ${env.cpuCount} cores with every server it loads;` +
      '\n        absolute numbers are lower than on dedicated hardware, and a two-process path (gateway → catalog)' +
      '\n        competes with its own load generator for CPU. Compare rows of the same run, not runs across machines.',
  );
  if (env.loadAverageAtStart[0] > env.cpuCount * 0.5) {
    console.log(
      `  WARNING: load average ${env.loadAverageAtStart[0]} before starting: other work is using this machine and will skew the numbers.`,
    );
  }
  console.log(
    `  ${wanted.length} scenario(s) · ${opts.connections} connections · ${opts.warmupSeconds} s warm-up + ${opts.durationSeconds} s measured each` +
      ' · closed loop (each connection sends its next request when the last is answered)',
  );
  const fixed = wanted.filter((s) => s.connections || s.warmup);
  for (const s of fixed)
    console.log(
      `  "${s.name}": ${s.connections ?? opts.connections} connections, ${s.warmup ?? opts.warmupSeconds} s warm-up`,
    );
}

async function postgresVersion() {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}

function checkBuilt() {
  const skipped = new Map(); // scenario key -> reason
  const missing = (svc) => !existsSync(dist(svc));
  if (wanted.some(needsCatalog) && missing('catalog'))
    throw new Error(`${dist('catalog')} is missing: run \`npm run build\` first`);
  for (const s of wanted) {
    if (s.front === 'auth' && missing('auth'))
      skipped.set(s.key, 'auth not built (dist/apps/auth/src/main.js missing)');
    if (s.front === 'gateway' && missing('gateway'))
      skipped.set(s.key, 'gateway not built (dist/apps/gateway/src/main.js missing)');
    if (s.front === 'inventory' && missing('inventory'))
      skipped.set(s.key, 'inventory not built (dist/apps/inventory/src/main.js missing)');
  }
  return skipped;
}

async function main() {
  const env = environment();
  printHeader(env);
  if (!args['skip-build']) build();
  const skipped = checkBuilt();

  let ids = [];
  if (wanted.some((s) => s.front !== 'bare')) env.postgres = await postgresVersion();
  if (wanted.some(needsCatalog)) ids = await seed();

  const results = [];
  for (const s of wanted) {
    if (skipped.has(s.key)) results.push({ ...scenarioInfo(s), skipped: skipped.get(s.key) });
    else results.push(await runScenario(s, ids));
  }
  await stopStack();

  const computed = wanted.length ? report(env, opts, results, PAIRS) : {};
  if (wantCheckout) checkoutExit = runCheckoutBench();
  if (args.json) {
    const out = resolve(process.cwd(), args.json);
    const doc = { startedAt: new Date(startedAt).toISOString(), env, options: opts, results, ...computed };
    writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
    console.log(`\nwrote ${out}`);
  }
}

/** Runs tools/bench/checkout.mjs in its own process (it starts and stops its own services and Kafka). */
function runCheckoutBench() {
  console.log('\n');
  const r = spawnSync(
    process.execPath,
    [
      join(here, 'checkout.mjs'),
      '--skip-build',
      '--duration',
      String(Math.max(opts.durationSeconds, 10)),
      '--warmup',
      String(Math.max(opts.warmupSeconds, 3)),
    ],
    { cwd: root, stdio: 'inherit', timeout: 900_000 },
  );
  return r.status ?? 1;
}

const startedAt = Date.now();
let exitCode = 0;
let checkoutExit = 0;
try {
  await main();
} catch (err) {
  // After SIGINT/SIGTERM the signal handler cleans up and exits; stay quiet until it does.
  if (interrupts > 0) await new Promise(() => {});
  console.error(`\nbench failed: ${process.env.BENCH_DEBUG ? err.stack : (err.message ?? err)}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
  if (checkoutExit !== 0) exitCode = 1;
  console.log(
    `\nstopped all bench processes and dropped the bench database(s); total ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
  );
}
process.exit(exitCode);
