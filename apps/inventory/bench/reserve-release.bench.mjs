#!/usr/bin/env node
// Reserve + release round trips against the inventory service on loopback: what one checkout hold costs, and what
// a flash sale (every buyer on one variant, queueing on its row lock) costs. Starts the built service as its own
// process (NODE_ENV=production, in-process bus, pool of 10) on a throw-away database of the local Postgres, seeds one
// vendor, one warehouse and 64 variants of 1,000,000 units through the API, then runs each scenario closed-loop
// with N concurrent workers: POST /reservations (1 unit) then POST /reservations/:id/release, timing the pair.
//
//   node apps/inventory/bench/reserve-release.bench.mjs [--concurrency 32] [--duration 10] [--warmup 2]
//        [--scenarios spread,hot] [--pool-max 10] [--json out.json] [--skip-build] [--cpu-prof DIR]
//        [--log-statements]
//
// --log-statements sets log_statement = 'all' (and log_lock_waits with a 10 ms deadlock_timeout) on the bench's
// database and prints its name, to count statements per pair in the server log (divide by the reservation inserts).
//
// Also importable: `runReserveReleaseBench(options)` resolves to the results (for tools/bench/bench.mjs).
// Every child is stopped by its PID and the database dropped, also on an error, SIGINT or SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const VARIANTS = 64;
const UNITS = 1_000_000;

export const SCENARIOS = {
  spread: '32 buyers over 64 variants (ordinary checkouts)',
  hot: 'every buyer on one variant (flash sale: one row lock)',
};

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** CPU milliseconds a process has used (user + system), from /proc; NaN where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1_000) / 100; // clock ticks at USER_HZ = 100
  } catch {
    return NaN;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A JSON client on one keep-alive agent: a socket per worker, as a real caller's pool would hold. */
function client(baseUrl, sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port } = new URL(baseUrl);
  const call = (method, path, body, headers = {}) =>
    new Promise((resolveCall, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          headers: {
            ...headers,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            resolveCall({ status: response.statusCode, body: text ? JSON.parse(text) : undefined });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  return { call, close: () => agent.destroy() };
}

async function waitReady(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`inventory exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('inventory did not become ready');
}

async function seed(api) {
  const vendorId = randomUUID();
  const owner = {
    'x-actor-id': randomUUID(),
    'x-actor-roles': 'vendor:owner',
    'x-vendor-id': vendorId,
    'x-correlation-id': 'bench-seed',
  };
  const warehouse = await api.call(
    'POST',
    `/vendors/${vendorId}/warehouses`,
    { code: 'BENCH-1', name: 'Bench warehouse', address: { line1: '1 Test Road', district: 'Dhaka' } },
    owner,
  );
  if (warehouse.status !== 201) throw new Error(`seeding a warehouse: ${JSON.stringify(warehouse.body)}`);
  const variants = Array.from({ length: VARIANTS }, () => randomUUID());
  const counted = await api.call(
    'PUT',
    `/vendors/${vendorId}/warehouses/${warehouse.body.id}/stock`,
    { counts: variants.map((variantId, i) => ({ variantId, sku: `BENCH-${i}`, onHand: UNITS })) },
    owner,
  );
  if (counted.status !== 200) throw new Error(`seeding stock: ${JSON.stringify(counted.body)}`);
  return variants;
}

/** Closed loop: each worker reserves one unit, releases it, and starts again, until the deadline. */
async function load(api, pickVariant, { concurrency, ms, serverPid }) {
  const cpuBefore = cpuMs(serverPid);
  const pairs = [];
  const reserves = [];
  let errors = 0;
  const deadline = performance.now() + ms;
  const worker = async (w) => {
    let n = 0;
    while (performance.now() < deadline) {
      const variantId = pickVariant(w, n++);
      const t0 = performance.now();
      const held = await api.call('POST', '/reservations', {
        reservationKey: `bench-${randomUUID()}`,
        lines: [{ variantId, quantity: 1 }],
      });
      const t1 = performance.now();
      if (held.status !== 201) {
        errors += 1;
        continue;
      }
      const released = await api.call('POST', `/reservations/${held.body.id}/release`);
      const t2 = performance.now();
      if (released.status !== 200) errors += 1;
      else {
        reserves.push(t1 - t0);
        pairs.push(t2 - t0);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1_000;
  const serverCpuMs = cpuMs(serverPid) - cpuBefore;
  pairs.sort((a, b) => a - b);
  reserves.sort((a, b) => a - b);
  return {
    roundTrips: pairs.length,
    perSecond: pairs.length / seconds,
    p50: percentile(pairs, 50),
    p99: percentile(pairs, 99),
    reserveP50: percentile(reserves, 50),
    reserveP99: percentile(reserves, 99),
    /** Inventory CPU per reserve + release: what the pair costs whatever else the machine is doing. */
    serverCpuMsPerRoundTrip: serverCpuMs / pairs.length,
    serverCpuShare: serverCpuMs / 1_000 / seconds,
    errors,
  };
}

/** Runs the scenarios; resolves to { environment, scenarios: [{ key, name, ...figures }] }. */
export async function runReserveReleaseBench(options = {}) {
  const concurrency = options.concurrency ?? 32;
  const durationMs = (options.duration ?? 10) * 1_000;
  const warmupMs = (options.warmup ?? 2) * 1_000;
  const keys = options.scenarios ?? Object.keys(SCENARIOS);
  const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `getit_bench_inventory_${process.pid}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  const budget = setTimeout(
    () => {
      process.stderr.write('reserve-release bench: time budget exceeded, stopping\n');
      void cleanup().finally(() => process.exit(1));
    },
    60_000 + keys.length * (durationMs + warmupMs) * 2,
  );

  let child;
  let api;
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  async function cleanup() {
    api?.close();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      clearTimeout(killer);
    }
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    clearTimeout(budget);
  }
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (!options.skipBuild) {
      const built = spawnSync('npx', ['nx', 'run', 'inventory:build', '--outputStyle=static'], {
        cwd: root,
        stdio: 'ignore',
      });
      if (built.status !== 0) throw new Error('nx run inventory:build failed');
    }
    await admin(`CREATE DATABASE "${database}"`);
    if (options.logStatements) {
      for (const setting of [`log_statement = 'all'`, 'log_lock_waits = on', `deadlock_timeout = '10ms'`])
        await admin(`ALTER DATABASE "${database}" SET ${setting}`);
      process.stderr.write(`reserve-release bench: statements logged for database ${database}\n`);
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const profile = options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', resolve(options.cpuProf)] : [];
    child = spawn(process.execPath, [...profile, join(root, 'dist/apps/inventory/src/main.js')], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_MAX: String(options.poolMax ?? 10),
        MESSAGING_TRANSPORT: 'in-process',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitReady(url, child);
    api = client(url, concurrency);
    const variants = await seed(api);

    const pickers = {
      spread: (worker, n) => variants[(worker * 7 + n) % variants.length],
      hot: () => variants[0],
    };
    const scenarios = [];
    for (const key of keys) {
      if (!pickers[key])
        throw new Error(`unknown scenario ${key}; known: ${Object.keys(pickers).join(', ')}`);
      await load(api, pickers[key], { concurrency, ms: warmupMs, serverPid: child.pid });
      scenarios.push({
        key,
        name: SCENARIOS[key],
        concurrency,
        ...(await load(api, pickers[key], { concurrency, ms: durationMs, serverPid: child.pid })),
      });
    }
    return {
      environment: { node: process.version, poolMax: options.poolMax ?? 10, durationMs, warmupMs },
      scenarios,
    };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}

function table(results) {
  const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  const rows = [
    [
      'scenario',
      'conc',
      'round trips/s',
      'p50 ms',
      'p99 ms',
      'reserve p50/p99 ms',
      'server CPU ms/trip',
      'CPU',
      'errors',
    ],
    ...results.scenarios.map((s) => [
      s.name,
      String(s.concurrency),
      f(s.perSecond),
      f(s.p50, 2),
      f(s.p99, 2),
      `${f(s.reserveP50, 2)}/${f(s.reserveP99, 2)}`,
      f(s.serverCpuMsPerRoundTrip, 2),
      `${f(s.serverCpuShare * 100, 0)}%`,
      String(s.errors),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      concurrency: { type: 'string', default: '32' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      scenarios: { type: 'string' },
      'pool-max': { type: 'string', default: '10' },
      json: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'log-statements': { type: 'boolean', default: false },
    },
  });
  runReserveReleaseBench({
    concurrency: Number(values.concurrency),
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    scenarios: values.scenarios?.split(','),
    poolMax: Number(values['pool-max']),
    skipBuild: values['skip-build'],
    cpuProf: values['cpu-prof'],
    logStatements: values['log-statements'],
  }).then(
    (results) => {
      process.stdout.write(`${table(results)}\n`);
      if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
    },
    (error) => {
      process.stderr.write(`reserve-release bench failed: ${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
