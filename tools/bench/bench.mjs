#!/usr/bin/env node
// `npm run bench`: how much does each layer cost on this machine? Starts catalog (and the gateway in front of it)
// as separate processes against a throw-away Postgres database, seeds demo products through the API, and loads
// each scenario with autocannon next to two ceilings measured in the same run (a bare node:http server and a
// node:http server doing one primary-key read). See docs/adr/0005-benchmarks.md.
//
//   npm run bench -- [--connections 32] [--duration 10] [--warmup 3] [--scenarios detail,list] [--json out.json]
//                    [--seed 200] [--pool-max 10] [--skip-build] [--cpu-prof DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Children, freePort } from './lib/processes.mjs';
import { abortLoad, measure } from './lib/load.mjs';
import { seedProducts } from './lib/seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = (svc) => join(root, 'dist/apps', svc, 'src/main.js');

// ---- options --------------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    scenarios: { type: 'string' },
    json: { type: 'string' },
    seed: { type: 'string', default: '200' },
    'pool-max': { type: 'string', default: '10' },
    'skip-build': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const SCENARIOS = [
  { key: 'bare', name: 'ceiling: bare node http', ceiling: true, front: 'bare' },
  { key: 'pg', name: 'ceiling: one indexed pg read', ceiling: true, front: 'pg' },
  { key: 'catalog-detail', name: 'catalog direct: product detail', front: 'catalog', pair: 'detail' },
  { key: 'gateway-detail', name: 'gateway → catalog: product detail', front: 'gateway', pair: 'detail' },
  { key: 'catalog-list', name: 'catalog direct: product list (24)', front: 'catalog', pair: 'list' },
  { key: 'gateway-list', name: 'gateway → catalog: product list (24)', front: 'gateway', pair: 'list' },
];

if (args.help) {
  console.log(`usage: npm run bench -- [options]
  --connections N   concurrent connections per scenario (default 32)
  --duration S      measured seconds per scenario (default 10)
  --warmup S        discarded warm-up seconds before each (default 3)
  --scenarios a,b   keys or substrings of: ${SCENARIOS.map((s) => s.key).join(', ')}
  --seed N          products to create (default 200)
  --pool-max N      Postgres pool size for catalog and the pg ceiling (default 10)
  --json FILE       also write the results as JSON
  --skip-build      do not run prisma generate + nx build first
  --cpu-prof DIR    run catalog, gateway and search with --cpu-prof, profiles written to DIR on exit`);
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
  seed: positive('seed', args.seed),
  poolMax: positive('pool-max', args['pool-max']),
};

const wanted = args.scenarios
  ? SCENARIOS.filter((s) =>
      args.scenarios
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean)
        .some((t) => s.key === t || s.key.includes(t) || s.name.toLowerCase().includes(t)),
    )
  : SCENARIOS;
if (wanted.length === 0) {
  console.error(`--scenarios ${args.scenarios} matches none of: ${SCENARIOS.map((s) => s.key).join(', ')}`);
  process.exit(2);
}

// ---- clean-up, whatever happens -------------------------------------------------------------------------------

const children = new Children();
const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databases = []; // created by this run, dropped at the end
let cleaning;

function cleanup() {
  cleaning ??= (async () => {
    abortLoad();
    await children.stopAll().catch((err) => console.error(`stopping children: ${err.message}`));
    for (const name of databases.splice(0)) {
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
const budgetSeconds = 240 + wanted.length * (opts.warmupSeconds + opts.durationSeconds + 20);
const watchdog = setTimeout(() => {
  console.error(`bench exceeded its ${budgetSeconds} s budget; stopping everything`);
  void cleanup().finally(() => process.exit(1));
}, budgetSeconds * 1000);
watchdog.unref();

// ---- helpers --------------------------------------------------------------------------------------------------

const log = (msg) => console.log(`• ${msg}`);

function run(cmd, argv, label) {
  const t0 = Date.now();
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_TUI: 'false' },
    timeout: 300_000,
  });
  const ok = r.status === 0;
  log(
    `${label}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (!ok) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    console.log(out.replace(/^/gm, '    '));
  }
  return ok;
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
  log(`${name} ready on 127.0.0.1:${port} (pid ${handle.pid}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { ...handle, port, origin: `http://127.0.0.1:${port}` };
}

async function startDatabaseService(name, port, extra = {}) {
  const db = await createDatabase(name === 'catalog' ? '' : `_${name}`);
  return startService(
    name,
    dist(name),
    serviceEnv(port, {
      DATABASE_URL: db.url,
      MESSAGING_TRANSPORT: 'in-process',
      DATABASE_POOL_MAX: String(opts.poolMax),
      ...extra,
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

const fmt = (n, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const ms = (n) =>
  n === null || n === undefined ? '–' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0);
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

function table(headers, rows, alignRight) {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...String(r[i])].length)));
  const pad = (s, i) => {
    const str = String(s);
    const gap = ' '.repeat(widths[i] - [...str].length);
    return alignRight[i] ? gap + str : str + gap;
  };
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w, i) => (alignRight[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

// ---- the run --------------------------------------------------------------------------------------------------

async function main() {
  const cpus = os.cpus();
  const env = {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model?.trim(),
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: os.loadavg().map((n) => +n.toFixed(2)),
    postgres: null,
  };
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

  // 1. build
  if (!args['skip-build']) {
    run(process.execPath, ['tools/scripts/prisma-generate.mjs'], 'prisma generate');
    run(
      join(root, 'node_modules/.bin/nx'),
      ['run-many', '-t', 'build', '-p', 'catalog', 'search', 'gateway', '--output-style=static'],
      'nx build catalog search gateway',
    );
  }
  const needs = {
    db: wanted.some((s) => s.front !== 'bare'),
    gateway: wanted.some((s) => s.front === 'gateway'),
  };
  const skipped = new Map(); // scenario key -> reason
  if (needs.db && !existsSync(dist('catalog')))
    throw new Error(`${dist('catalog')} is missing: run \`npm run build\` first`);
  if (needs.gateway && !existsSync(dist('gateway'))) {
    for (const s of wanted.filter((x) => x.front === 'gateway'))
      skipped.set(s.key, 'gateway not built (dist/apps/gateway/src/main.js missing)');
    needs.gateway = false;
  }

  // 2. services and data
  const fronts = {};
  let ids = [];
  if (needs.db) {
    const pgInfo = new pg.Client({ connectionString: adminUrl });
    await pgInfo.connect();
    env.postgres = (await pgInfo.query('SHOW server_version')).rows[0].server_version;
    await pgInfo.end();
    fronts.catalog = await startDatabaseService('catalog', await freePort());
    const t0 = Date.now();
    ids = await seedProducts(fronts.catalog.origin, opts.seed);
    log(`seeded ${ids.length} products through POST /products in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    fronts.catalog.dbUrl = new URL(adminUrl);
    fronts.catalog.dbUrl.pathname = `/${databases[0]}`;
  }
  if (needs.gateway) {
    try {
      fronts.gateway = await startGateway(fronts.catalog);
    } catch (err) {
      log(`gateway did not start: ${err.message.split('\n')[0]}`);
      console.log(err.message.split('\n').slice(1).join('\n').replace(/^/gm, '    '));
      const why = err.message
        .split('\n')[0]
        .replace(/; its last output:$/, '')
        .slice(0, 120);
      for (const s of wanted.filter((x) => x.front === 'gateway'))
        skipped.set(s.key, `gateway did not start (${why})`);
    }
  }

  const detailPaths = (prefix) =>
    ids.length
      ? ids.map((id) => `${prefix}/products/${id}`)
      : Array.from({ length: 200 }, (_, i) => `${prefix}/products/${i}`);
  const pathsFor = (s) =>
    ({
      bare: detailPaths(''),
      pg: detailPaths(''),
      'catalog-detail': detailPaths(''),
      'gateway-detail': detailPaths('/api'),
      'catalog-list': ['/products?limit=24'],
      'gateway-list': ['/api/products?limit=24'],
    })[s.key];

  // 3. scenarios, one at a time
  const results = [];
  for (const s of wanted) {
    if (skipped.has(s.key)) {
      results.push({ key: s.key, scenario: s.name, skipped: skipped.get(s.key) });
      continue;
    }
    let ceilingHandle;
    try {
      let front;
      const sampled = [];
      if (s.ceiling) {
        const port = await freePort();
        const script = join(here, 'servers', s.key === 'bare' ? 'bare-http.mjs' : 'pg-read.mjs');
        const extra =
          s.key === 'pg'
            ? { DATABASE_URL: fronts.catalog.dbUrl.toString(), DATABASE_POOL_MAX: String(opts.poolMax) }
            : {};
        front = ceilingHandle = await startService(
          s.key === 'bare' ? 'bare-http' : 'pg-read',
          script,
          { HOST: '127.0.0.1', PORT: String(port), ...extra },
          { readyTimeoutMs: 15_000 },
        );
        sampled.push(front);
      } else {
        front = fronts[s.front];
        sampled.push(front);
        if (s.front === 'gateway') sampled.push(fronts.catalog);
      }
      const paths = pathsFor(s);
      const broken = await smoke(front.origin, paths[0]);
      if (broken) {
        log(`${s.name}: not measured, ${broken}`);
        results.push({ key: s.key, scenario: s.name, error: broken });
        continue;
      }
      process.stdout.write(
        `• ${s.name}: warm-up ${opts.warmupSeconds} s, measuring ${opts.durationSeconds} s … `,
      );
      const m = await measure({
        origin: front.origin,
        paths,
        connections: opts.connections,
        warmupSeconds: opts.warmupSeconds,
        durationSeconds: opts.durationSeconds,
        pids: sampled.map((h) => h.pid),
        idlePids: children.pids(),
      });
      checkInterrupted();
      console.log(`${fmt(m.rps)} req/s`);
      results.push({
        key: s.key,
        scenario: s.name,
        ...m,
        processes: sampled.map((h) => ({ name: h.name, pid: h.pid, ...m.usage.perPid[h.pid] })),
      });
      for (const h of sampled) {
        if (children.exited(h.pid))
          throw new Error(`${h.name} (pid ${h.pid}) died during "${s.name}":\n${children.tail(h.pid)}`);
      }
    } finally {
      if (ceilingHandle) await children.stop(ceilingHandle.pid);
    }
  }

  // 4. report
  report(env, results);
}

async function startGateway(catalog) {
  const port = await freePort();
  const unreachableSearch = `http://127.0.0.1:${await freePort()}`; // nothing listens there
  const gwEnv = (searchUrl) => serviceEnv(port, { CATALOG_URL: catalog.origin, SEARCH_URL: searchUrl });
  try {
    return await startService('gateway', dist('gateway'), gwEnv(unreachableSearch), {
      readyTimeoutMs: 4_000,
      nodeArgs: profileArgs(),
    });
  } catch (err) {
    if (!existsSync(dist('search'))) throw err;
    log(`gateway not ready without a search service (${err.message.split('\n')[0]}); starting search too`);
  }
  const search = await startDatabaseService('search', await freePort());
  return startService('gateway', dist('gateway'), gwEnv(search.origin), {
    readyTimeoutMs: 30_000,
    nodeArgs: profileArgs(),
  });
}

function report(env, results) {
  const byKey = Object.fromEntries(results.map((r) => [r.key, r]));
  const measured = results.filter((r) => r.rps !== undefined);
  const cpuCell = (r) => r.processes.map((p) => fmt(p.cpuPct)).join(' + ');
  // Machine busy time not spent in the server(s), Postgres or the load generator: other work on the machine.
  const otherCpu = (r) =>
    r.usage.machineCpuPct === null
      ? null
      : Math.max(
          0,
          r.usage.machineCpuPct -
            (r.usage.interruptCpuPct ?? 0) -
            r.usage.loadGenCpuPct -
            (r.usage.postgresCpuPct ?? 0) -
            (r.usage.idleServicesCpuPct ?? 0) -
            r.processes.reduce((a, p) => a + (p.cpuPct ?? 0), 0),
        );
  const rssCell = (r) => r.processes.map((p) => fmt(p.rssMiB)).join(' + ');

  console.log(
    `\nResults (${opts.connections} connections, ${opts.durationSeconds} s measured per row; ` +
      `node ${env.node}, ${env.cpuCount} CPUs shared by load generator and servers)\n`,
  );
  const rows = results.map((r) =>
    r.rps === undefined
      ? [
          r.scenario,
          ...Array(10).fill('–'),
          r.skipped ? `skipped: ${r.skipped}` : `error: ${r.error.split('\n')[0].slice(0, 80)}`,
        ]
      : [
          r.scenario,
          fmt(r.rps),
          ms(r.latencyMs.p50),
          ms(r.latencyMs.p99),
          String(r.non2xx),
          String(r.errors),
          rssCell(r),
          cpuCell(r),
          fmt(r.usage.postgresCpuPct),
          fmt(r.usage.loadGenCpuPct),
          fmt(otherCpu(r)),
        ],
  );
  const headers = [
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'RSS MiB (max)',
    'server CPU %',
    'postgres CPU %',
    'loadgen CPU %',
    'other CPU %',
  ];
  if (rows.some((r) => r.length > headers.length)) headers.push('note');
  for (const r of rows) while (r.length < headers.length) r.push('');
  console.log(
    table(
      headers,
      rows,
      headers.map((_, i) => i > 0 && i < 11),
    ),
  );
  console.log(
    '\n  req/s counts 2xx responses only. RSS and CPU are per server process (gateway + catalog for gateway rows;' +
      `\n  postgres = every local process named postgres). CPU % is of one core: ${env.cpuCount * 100} % is the whole machine;` +
      '\n  "other" is the rest of the machine busy time (not interrupts, not our idle services).',
  );

  // Ratios: gateway vs direct.
  const ratios = { pairs: [], ceilings: [] };
  const TARGET = 0.25;
  console.log(
    '\nGateway vs direct (target: the gateway adds at most 25 % to a direct call at 32 connections)',
  );
  for (const [pair, direct, via] of [
    ['product detail', byKey['catalog-detail'], byKey['gateway-detail']],
    ['product list (24)', byKey['catalog-list'], byKey['gateway-list']],
  ]) {
    if (!direct?.rps || !via?.rps) {
      if (direct || via) console.log(`  ${pair}: not comparable (one side missing)`);
      continue;
    }
    const r = {
      pair,
      throughputRatio: via.rps / direct.rps,
      p50Ratio: via.latencyMs.p50 / direct.latencyMs.p50,
      p99Ratio: via.latencyMs.p99 / direct.latencyMs.p99,
      addedP50Ms: via.latencyMs.p50 - direct.latencyMs.p50,
      addedP99Ms: via.latencyMs.p99 - direct.latencyMs.p99,
    };
    r.p50WithinTarget = r.p50Ratio - 1 <= TARGET;
    r.p99WithinTarget = r.p99Ratio - 1 <= TARGET;
    ratios.pairs.push(r);
    console.log(
      `  ${pair}: direct ${fmt(direct.rps)} req/s, p50 ${ms(direct.latencyMs.p50)} ms, p99 ${ms(direct.latencyMs.p99)} ms` +
        ` → via gateway ${fmt(via.rps)} req/s (${(r.throughputRatio * 100).toFixed(0)}% of direct),` +
        ` p50 ${ms(via.latencyMs.p50)} ms, p99 ${ms(via.latencyMs.p99)} ms` +
        `\n    gateway adds ${pct(r.p50Ratio - 1)} latency at p50 (${r.addedP50Ms >= 0 ? '+' : ''}${ms(r.addedP50Ms)} ms)` +
        ` and ${pct(r.p99Ratio - 1)} at p99 → p50 ${r.p50WithinTarget ? 'WITHIN' : 'OVER'} the 25 % target,` +
        ` p99 ${r.p99WithinTarget ? 'within' : 'over'} it`,
    );
  }

  // CPU per request: the cost that does not depend on how saturated the machine was.
  console.log('\nServer CPU time per 2xx response (ms; the part of each request a core is busy with)');
  for (const r of measured) {
    r.cpuMsPerRequest = Object.fromEntries(
      r.processes.map((p) => [p.name, p.cpuPct === null ? null : (p.cpuPct * 10) / r.rps]),
    );
    if (r.usage.postgresCpuPct !== null && r.key !== 'bare')
      r.cpuMsPerRequest.postgres = (r.usage.postgresCpuPct * 10) / r.rps;
    r.cpuMsPerRequest.loadgen = (r.usage.loadGenCpuPct * 10) / r.rps;
    const parts = Object.entries(r.cpuMsPerRequest).map(
      ([name, v]) => `${name} ${v === null ? '–' : v.toFixed(3)}`,
    );
    console.log(`  ${r.scenario.padEnd(38)} ${parts.join(' · ')}`);
  }

  // Ours vs the ceilings.
  const ceilings = [byKey.bare, byKey.pg].filter((c) => c?.rps);
  const ours = measured.filter((r) => !['bare', 'pg'].includes(r.key));
  if (ceilings.length && ours.length) {
    console.log('\nThroughput as a share of each ceiling (same run, same machine)');
    const rows2 = ours.map((r) => [
      r.scenario,
      ...ceilings.map((c) => {
        ratios.ceilings.push({ scenario: r.scenario, ceiling: c.scenario, share: r.rps / c.rps });
        return `${((r.rps / c.rps) * 100).toFixed(0)}%`;
      }),
    ]);
    console.log(
      table(['scenario', ...ceilings.map((c) => `vs ${c.scenario.replace('ceiling: ', '')}`)], rows2, [
        false,
        ...ceilings.map(() => true),
      ]),
    );
  }

  // Things worth a second look.
  const notes = [];
  for (const r of measured) {
    if (r.non2xx > 0)
      notes.push(`${r.scenario}: ${r.non2xx} non-2xx responses (${JSON.stringify(r.statusCodes)})`);
    if (r.errors > 0) notes.push(`${r.scenario}: ${r.errors} connection errors, ${r.timeouts} timeouts`);
    for (const p of r.processes) {
      if (p.cpuPct >= 90)
        notes.push(
          `${r.scenario}: ${p.name} used ${fmt(p.cpuPct)} % CPU, i.e. one core: it is CPU-bound (Node runs JS on one thread)`,
        );
    }
    if (r.usage.machineCpuPct >= env.cpuCount * 100 * 0.9) {
      notes.push(
        `${r.scenario}: the machine was ${fmt(r.usage.machineCpuPct)} % busy of ${env.cpuCount * 100} %: saturated, so throughput is bounded by shared CPU`,
      );
    }
    const other = otherCpu(r);
    if (other > 20) {
      const who = r.usage.busiestOtherProcesses
        .filter((p) => p.cpuPct >= 5)
        .map((p) => `${p.comm} (pid ${p.pid}) ${fmt(p.cpuPct)} %`)
        .join(', ');
      notes.push(
        `${r.scenario}: ${fmt(other)} % CPU went to work outside this benchmark during the window${who ? ` — ${who}` : ''}: this row is skewed`,
      );
    }
  }
  if (notes.length) {
    console.log('\nWorth a look');
    for (const n of notes) console.log(`  - ${n}`);
  }

  if (args.json) {
    const out = resolve(process.cwd(), args.json);
    writeFileSync(
      out,
      `${JSON.stringify({ startedAt: new Date(startedAt).toISOString(), env, options: opts, results, ratios, notes }, null, 2)}\n`,
    );
    console.log(`\nwrote ${out}`);
  }
}

const startedAt = Date.now();
let exitCode = 0;
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
  console.log(
    `\nstopped all bench processes and dropped the bench database(s); total ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
  );
}
process.exit(exitCode);
