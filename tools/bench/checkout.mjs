#!/usr/bin/env node
// `npm run bench` (last scenario) or `npm run bench:checkout`: completed checkouts per second with the real Kafka
// saga. See tools/bench/lib/checkout.mjs for what one checkout is, and docs/adr/0005-benchmarks.md.
//
//   node tools/bench/checkout.mjs [--shoppers 16] [--duration 20] [--warmup 5] [--skip-build] [--json out.json]
import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureInfra, readInfraFile } from '../infra/infra.mjs';
import {
  abortCheckout,
  approveVendors,
  hopLatencies,
  measureCheckout,
  smokeCheckout,
  untilSellable,
} from './lib/checkout.mjs';
import { Children, freePort, kafkaBrokerPids } from './lib/processes.mjs';
import { fmt, ms, table } from './lib/report.mjs';
import { seedInventory } from './lib/reserve-release.mjs';
import { listedVariants, loadDemoCatalog, seedCatalog } from './lib/seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = (svc) => join(root, 'dist/apps', svc, 'src/main.js');
const SERVICES = [
  'catalog',
  'search',
  'inventory',
  'shipping',
  'payment',
  'order',
  'gateway',
  'payment-sandbox',
];
const TARGET = { checkoutsPerSecond: 150, p99Ms: 400, shoppers: 16 };

const { values: args } = parseArgs({
  options: {
    shoppers: { type: 'string', default: String(TARGET.shoppers) },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    json: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    /** cod, bkash, or both (one after the other on the same stack). */
    method: { type: 'string', default: 'both' },
    'cpu-prof': { type: 'string' },
    /** Seconds of CPU sampling with no shopper before the load: the idle cost, subtracted from CPU per checkout. */
    idle: { type: 'string', default: '5' },
    /** NODE_OPTIONS for the services, e.g. '--max-semi-space-size=4' (default: the services' own, see ADR 0019). */
    'node-options': { type: 'string' },
    /** KEY=VALUE added to every service's environment (repeatable), e.g. MALLOC_ARENA_MAX=2. */
    'service-env': { type: 'string', multiple: true, default: [] },
    /** Sets log_statement = 'all' on the bench's databases, to count statements per checkout in the server log. */
    'log-statements': { type: 'boolean', default: false },
  },
});
const shoppers = Number(args.shoppers);
const durationSeconds = Number(args.duration);
const warmupSeconds = Number(args.warmup);

const log = (msg) => console.log(`• ${msg}`);
const children = new Children();
const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databases = [];
let stopKafka = async () => {};
let cleaning;

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(svc) {
  const name = `getit_bench_${process.pid}_checkout_${svc}`;
  await admin(`CREATE DATABASE "${name}"`);
  databases.push(name);
  if (args['log-statements']) await admin(`ALTER DATABASE "${name}" SET log_statement = 'all'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function cleanup() {
  cleaning ??= (async () => {
    abortCheckout();
    await children.stopAll().catch((err) => console.error(`stopping children: ${err.message}`));
    for (const name of databases.splice(0))
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((err) =>
        console.error(err.message),
      );
    await stopKafka();
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    console.error(`\n${sig}: stopping the shoppers, the services and Kafka…`);
    void cleanup().finally(() => process.exit(130));
  });
process.on('exit', () => children.killAllSync());
const watchdog = setTimeout(
  () => {
    console.error('checkout bench exceeded its time budget; stopping everything');
    void cleanup().finally(() => process.exit(1));
  },
  (300 + warmupSeconds + durationSeconds) * 1_000,
);
watchdog.unref();

async function start(name, env, port = 0) {
  port ||= await freePort();
  const profile = args['cpu-prof']
    ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.cwd(), args['cpu-prof'], name)}`]
    : [];
  const handle = children.start(
    name,
    dist(name),
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...(args['node-options'] !== undefined ? { NODE_OPTIONS: args['node-options'] } : {}),
      ...Object.fromEntries(
        args['service-env'].map((pair) => [pair.split('=')[0], pair.split('=').slice(1).join('=')]),
      ),
      ...env,
    },
    profile,
  );
  await children.waitReady(handle, port);
  log(`${name} ready on 127.0.0.1:${port} (pid ${handle.pid})`);
  return { ...handle, port, origin: `http://127.0.0.1:${port}` };
}

async function main() {
  console.log(
    `Checkout benchmark: ${shoppers} guest shoppers, closed loop, ${warmupSeconds} s warm-up + ${durationSeconds} s measured`,
  );
  console.log(
    `  node ${process.version} · ${os.cpus().length} CPUs shared by the shoppers, six services, Postgres and Kafka`,
  );
  if (!args['skip-build']) {
    spawnSync(process.execPath, ['tools/scripts/prisma-generate.mjs'], { cwd: root, stdio: 'inherit' });
    const built = spawnSync(
      join(root, 'node_modules/.bin/nx'),
      ['run-many', '-t', 'build', '-p', ...SERVICES, 'embedded', '--output-style=static'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NX_TUI: 'false' } },
    );
    if (built.status !== 0) throw new Error('build failed');
  }
  const infra = readInfraFile() ?? (await ensureInfra({ log: (m) => log(m) }));
  stopKafka = infra.stop ?? (async () => {});
  const brokers = infra.env.KAFKA_BROKERS;
  const topicPrefix = `bench${process.pid}.`;
  const kafka = { MESSAGING_TRANSPORT: 'kafka', KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: topicPrefix };
  const db = Object.fromEntries(
    await Promise.all(
      ['catalog', 'search', 'inventory', 'shipping', 'payment', 'order'].map(async (s) => [
        s,
        await createDatabase(s),
      ]),
    ),
  );

  const catalog = await start('catalog', { ...kafka, DATABASE_URL: db.catalog });
  // the gateway is ready only when every upstream it knows answers: search too (auth is left out: guests only)
  const search = await start('search', { ...kafka, DATABASE_URL: db.search });
  const inventory = await start('inventory', { ...kafka, DATABASE_URL: db.inventory });
  const shipping = await start('shipping', { ...kafka, DATABASE_URL: db.shipping });
  // bKash is the sandbox (apps/payment-sandbox), called back through the gateway, whose port is chosen now
  const sandbox = await start('payment-sandbox', {});
  const gatewayPort = await freePort();
  // the demo catalogue has laptops: lift the cash-on-delivery ceiling so no checkout fails on it
  const payment = await start('payment', {
    ...kafka,
    DATABASE_URL: db.payment,
    COD_MAX_ORDER_POISHA: '100000000',
    PAYMENT_METHODS_ENABLED: 'cod,bkash',
    BKASH_BASE_URL: `${sandbox.origin}/v1.2.0-beta`,
    PAYMENT_CALLBACK_BASE_URL: `http://127.0.0.1:${gatewayPort}/api/payments/callbacks`,
  });
  const order = await start('order', {
    ...kafka,
    DATABASE_URL: db.order,
    SHIPPING_URL: shipping.origin,
    PAYMENT_METHODS_ENABLED: 'cod,bkash',
  });
  const gateway = await start(
    'gateway',
    {
      CATALOG_URL: catalog.origin,
      SEARCH_URL: search.origin,
      INVENTORY_URL: inventory.origin,
      SHIPPING_URL: shipping.origin,
      ORDER_URL: order.origin,
      PAYMENT_URL: payment.origin,
      RATE_LIMIT_IP_PER_MINUTE: '999999999',
      REDIS_URL: '',
    },
    gatewayPort,
  );

  const t0 = Date.now();
  const { ids } = await seedCatalog({ origin: catalog.origin, dbUrl: db.catalog, root });
  // seedCatalog opened the shops in the catalog's database; the order service learns vendors from auth's events
  await approveVendors(brokers.split(','), topicPrefix, Object.values(loadDemoCatalog(root).vendors));
  const variants = await listedVariants(db.catalog);
  await seedInventory(inventory.origin, variants);
  await untilSellable(
    db.order,
    variants.map((v) => v.variantId),
  );
  log(
    `seeded ${ids.length} listed products, ${variants.length} stocked variants; the order service sees them all (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );

  const services = [catalog, search, inventory, shipping, payment, order, gateway, sandbox];
  const dbNames = Object.fromEntries(
    Object.entries(db).map(([s, url]) => [s, new URL(url).pathname.slice(1)]),
  );
  const kafkaPids = infra.kafkaPid ? [infra.kafkaPid] : kafkaBrokerPids();
  const methods = args.method === 'both' ? ['cod', 'bkash'] : [args.method];
  const results = {};
  for (const method of methods) {
    const broken = await smokeCheckout(gateway.origin, variants, method, sandbox.origin);
    // the server log can be large and shared: only what it gains from here on is read
    const logOffset = args['log-statements'] ? postgresLogSize() : 0;
    if (broken) throw new Error(`one ${method} checkout before the load failed: ${broken}`);
    const m = await measureCheckout({
      origin: gateway.origin,
      variants,
      shoppers,
      warmupSeconds,
      durationSeconds,
      pids: services.map((s) => s.pid),
      idlePids: [],
      method,
      sandboxOrigin: sandbox.origin,
      databases: Object.values(dbNames),
      kafkaPids,
      idleSeconds: Number(args.idle),
      metricsOrigins: Object.fromEntries(
        [catalog, search, inventory, shipping, payment, order, gateway].map((s) => [s.name, s.origin]),
      ),
    });
    m.hops = await hopLatencies(db, m.window).catch((err) => ({ error: err.message }));
    if (args['log-statements']) m.statements = statementsPerCheckout(m, dbNames, logOffset);
    m.cpuMsPerCheckout = cpuPerCheckout(m, services, dbNames);
    m.marginalCpuMsPerCheckout = cpuPerCheckout(m, services, dbNames, true);
    for (const s of services)
      if (children.exited(s.pid)) throw new Error(`${s.name} died during the load:\n${children.tail(s.pid)}`);
    printResult(method, m, services);
    results[method] = m;
  }
  if (args.json)
    writeFileSync(resolve(process.cwd(), args.json), `${JSON.stringify({ shoppers, results }, null, 2)}\n`);
}

/**
 * Statements per checkout confirmed in the window, per service database, from the server's log (`log_statement =
 * 'all'` on the bench's databases; Debian's cluster logs to POSTGRES_LOG or the path below). A multi-statement
 * simple query (`BEGIN;INSERT …`) is one round trip and counts once.
 */
const POSTGRES_LOG = process.env.POSTGRES_LOG ?? '/var/log/postgresql/postgresql-15-main.log';

function postgresLogSize() {
  try {
    return statSync(POSTGRES_LOG).size;
  } catch {
    return 0;
  }
}

function statementsPerCheckout(m, dbNames, offset) {
  let text;
  try {
    const fd = openSync(POSTGRES_LOG, 'r');
    try {
      const buffer = Buffer.alloc(Math.max(0, fstatSync(fd).size - offset));
      readSync(fd, buffer, 0, buffer.length, offset);
      text = buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: `cannot read ${POSTGRES_LOG}: ${error.message}` };
  }
  const from = m.window.from.getTime();
  const to = m.window.to.getTime();
  const byDb = new Map(Object.entries(dbNames).map(([service, name]) => [name, service]));
  const counts = {};
  const kinds = {};
  for (const line of text.split('\n')) {
    const hit = /^(\S+ \S+) UTC \[\d+\] \S*@(\S+) LOG:  (?:statement|execute [^:]*): (.*)$/.exec(line);
    if (!hit) continue;
    const service = byDb.get(hit[2]);
    if (!service) continue;
    const at = Date.parse(`${hit[1].replace(' ', 'T')}Z`);
    if (at < from || at > to) continue;
    counts[service] = (counts[service] ?? 0) + 1;
    const kind = `${service}: ${hit[3].replace(/\s+/g, ' ').slice(0, 70)}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const n = m.confirmedInWindow || 1;
  return {
    perService: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / n])),
    top: Object.entries(kinds)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, v]) => [k, v / n]),
  };
}

/**
 * CPU milliseconds per checkout confirmed in the window, per process: each service, the Postgres backends serving
 * its database, the Kafka broker (shared with anything else using it: an upper bound) and the shoppers.
 */
function cpuPerCheckout(m, services, dbNames, idle = false) {
  const n = m.confirmedInWindow;
  const per = (seconds) => (seconds === null || seconds === undefined || !n ? null : (seconds * 1_000) / n);
  // marginal: less what the same process used per second with no shopper, times the window's seconds
  const base = idle ? m.idleUsage : null;
  if (idle && !base) return null;
  const less = (seconds, idleSeconds) =>
    seconds === null || seconds === undefined
      ? seconds
      : Math.max(0, seconds - (base ? ((idleSeconds ?? 0) / base.seconds) * m.usage.seconds : 0));
  const cpu = m.usage.cpuSeconds;
  const idleCpu = base?.cpuSeconds;
  const rows = [];
  for (const s of services) {
    const db = dbNames[s.name];
    rows.push({
      process: s.name,
      ms: per(less(cpu.perPid[s.pid], idleCpu?.perPid[s.pid])),
      postgresMs: per(less(cpu.postgresByDatabase[db], idleCpu?.postgresByDatabase[db])),
    });
  }
  const sum = (key) => rows.reduce((a, r) => a + (r[key] ?? 0), 0);
  const ours = sum('ms') + sum('postgresMs');
  const pgOwn = Object.values(cpu.postgresByDatabase).reduce((a, b) => a + b, 0);
  return {
    checkouts: n,
    rows,
    servicesMs: sum('ms'),
    postgresBackendsMs: sum('postgresMs'),
    postgresOtherMs: per((cpu.postgresAll ?? 0) - pgOwn),
    kafkaMs: per(less(cpu.kafka, idleCpu?.kafka)),
    shoppersMs: per(cpu.loadGenerator),
    totalMs: ours + (per(less(cpu.kafka, idleCpu?.kafka)) ?? 0),
  };
}

/** The figures of one method's run. */
function printStatements(st) {
  if (!st) return;
  if (st.error) return console.log(`\nStatements per checkout: ${st.error}`);
  const total = Object.values(st.perService).reduce((a, b) => a + b, 0);
  console.log(
    `\nStatements (round trips) per checkout in the window, from the server log: ${fmt(total, 1)} in all\n${table(
      ['service', 'statements per checkout'],
      Object.entries(st.perService).map(([k, v]) => [k, fmt(v, 1)]),
      [false, true],
    )}\n${table(
      ['service: statement', 'per checkout'],
      st.top.map(([k, v]) => [k.replace(/\|/g, '/'), fmt(v, 2)]),
      [false, true],
    )}`,
  );
}

function printResult(method, m, services) {
  console.log(
    `\n${method === 'cod' ? 'Cash on delivery' : 'Paid with bKash (sandbox)'}: completed checkouts: ${m.completed} in ${m.seconds.toFixed(1)} s = ${fmt(m.checkoutsPerSecond, 1)} checkouts/s`,
  );
  if (Object.keys(m.failures).length) console.log(`Not completed: ${JSON.stringify(m.failures)}`);
  console.log(
    `\n${table(
      ['step', 'n', 'p50 ms', 'p99 ms', 'mean ms'],
      m.steps.map((s) => [s.step, s.n, ms(s.p50), ms(s.p99), ms(s.mean)]),
      [false, true, true, true, true],
    )}`,
  );
  console.log(
    `\n${table(
      ['process', 'CPU %', 'peak RSS MiB', 'at end: V8 heap MiB (used)', 'outside the heap MiB'],
      [
        ...services.map((s) => {
          const mem = m.memory?.[s.name];
          return [
            s.name,
            fmt(m.usage.perPid[s.pid].cpuPct),
            fmt(m.usage.perPid[s.pid].rssMiB),
            mem ? `${fmt(mem.heapTotal)} (${fmt(mem.heapUsed)})` : '',
            mem ? fmt(mem.external) : '',
          ];
        }),
        ['postgres (all backends)', fmt(m.usage.postgresCpuPct), '', '', ''],
        ['shoppers (this process)', fmt(m.usage.loadGenCpuPct), '', '', ''],
        ...m.usage.busiestOtherProcesses.map((p) => [`${p.comm} (pid ${p.pid})`, fmt(p.cpuPct), '', '', '']),
      ],
      [false, true, true, true, true],
    )}`,
  );
  printStatements(m.statements);
  const c = m.cpuMsPerCheckout;
  const d = m.marginalCpuMsPerCheckout;
  const cell = (v) => (v === undefined || v === null ? '' : fmt(v, 2));
  console.log(
    `\nCPU ms per checkout (${c.checkouts} confirmed in the window; a process's user+system time ÷ checkouts; ` +
      `"less idle": less its CPU per second with no shopper${d ? '' : ', not measured (--idle 0)'}):\n${table(
        ['process', 'service ms', 'its Postgres ms', 'service ms less idle', 'its Postgres ms less idle'],
        [
          ...c.rows.map((r, i) => [
            r.process,
            cell(r.ms),
            cell(r.postgresMs),
            cell(d?.rows[i].ms),
            cell(d?.rows[i].postgresMs),
          ]),
          [
            'all services',
            cell(c.servicesMs),
            cell(c.postgresBackendsMs),
            cell(d?.servicesMs),
            cell(d?.postgresBackendsMs),
          ],
          ['Kafka broker (shared: anyone else using it counts)', cell(c.kafkaMs), '', cell(d?.kafkaMs), ''],
          ['Postgres, other (background workers, other databases)', '', cell(c.postgresOtherMs), '', ''],
          ['shoppers (load generator, not counted)', cell(c.shoppersMs), '', '', ''],
          ['TOTAL (services + their Postgres + Kafka)', cell(c.totalMs), '', cell(d?.totalMs), ''],
        ],
        [false, true, true, true, true],
      )}`,
  );
  if (m.hops?.relay) {
    console.log(
      `\nPer hop, events written in the window (ms): outbox row → published, by producer and type:\n${table(
        ['producer type', 'n', 'p50', 'p99'],
        m.hops.relay.map((h) => [h.key, h.n, ms(h.p50), ms(h.p99)]),
        [false, true, true, true],
      )}\npublished → consumer's transaction began, by type and group:\n${table(
        ['type → group', 'n', 'p50', 'p99'],
        m.hops.deliver.map((h) => [h.key, h.n, ms(h.p50), ms(h.p99)]),
        [false, true, true, true],
      )}`,
    );
  }
  if (m.consumers?.length) {
    console.log(
      `\nConsumers in the window (from each service's /metrics): messages by outcome, mean handling ms:\n${table(
        ['service group topic', 'processed', 'ignored', 'dup', 'mean ms'],
        m.consumers.map((c) => [
          c.key,
          c.processed,
          c.ignored,
          c.duplicate,
          c.meanMs === null ? '–' : ms(c.meanMs),
        ]),
        [false, true, true, true, true],
      )}`,
    );
  }
  const whole = m.steps.find((s) => s.step === 'whole checkout');
  const rateMet = m.checkoutsPerSecond >= TARGET.checkoutsPerSecond;
  const p99Met = whole.p99 !== null && whole.p99 < TARGET.p99Ms;
  console.log(
    `\nTarget (issue 5, ${TARGET.shoppers} shoppers, ${method}): ≥ ${TARGET.checkoutsPerSecond} checkouts/s: ${rateMet ? 'met' : 'NOT met'}` +
      ` (${fmt(m.checkoutsPerSecond, 1)}); whole-flow p99 < ${TARGET.p99Ms} ms: ${p99Met ? 'met' : 'NOT met'} (${ms(whole.p99)} ms)`,
  );
}

let exitCode = 0;
try {
  await main();
} catch (err) {
  console.error(`\ncheckout bench failed: ${process.env.BENCH_DEBUG ? err.stack : err.message}`);
  exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
