#!/usr/bin/env node
/**
 * Local infrastructure for development and tests.
 *
 * Postgres and Redis are expected to be running already (on this machine: the
 * local 5432/6379 servers) or to be named by environment variables; Kafka is
 * started on demand from Maven-fetched jars (tools/infra/kafka.mjs). See
 * docs/adr/0002-test-infrastructure.md.
 *
 *   node tools/infra/infra.mjs up       start what is missing, leave Kafka running,
 *                                       write .infra/infra.json, print `export` lines
 *   node tools/infra/infra.mjs down     stop the Kafka recorded in .infra/infra.json
 *   node tools/infra/infra.mjs status   show what is recorded and whether it answers
 *
 * Programmatic use (test set-ups):
 *   const infra = readInfraFile() ?? (await ensureInfra({ log }));
 *   ... infra.env.KAFKA_BROKERS ...
 *   await infra.stop?.();
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { INFRA_DIR, isKafkaBroker, removeDataDir, startKafka } from './kafka.mjs';
import {
  isOpenSearchNode,
  isOpenSearchUp,
  removeDataDir as removeOpenSearchDataDir,
  startOpenSearch,
} from './opensearch.mjs';
import { terminate } from './process.mjs';

const INFRA_FILE = path.join(INFRA_DIR, 'infra.json');
const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';
const CHECK_TIMEOUT_MS = 3_000;

/**
 * Makes Postgres, Redis, Kafka and OpenSearch available and says where they are.
 * Variables already set in the environment win and nothing is started or
 * checked for them: DATABASE_ADMIN_URL (or DATABASE_URL), REDIS_URL, KAFKA_BROKERS, OPENSEARCH_URL.
 *
 * @param {{ log?: (msg: string) => void }} [options]
 * @returns {Promise<{ env: { DATABASE_ADMIN_URL: string, REDIS_URL: string, KAFKA_BROKERS: string },
 *                     stop: () => Promise<void> }>} stop() stops only what this call started.
 */
export async function ensureInfra({ log = console.error } = {}) {
  const { env, stop } = await provision({ log, detached: false });
  return { env, stop };
}

/**
 * The parsed .infra/infra.json written by `infra.mjs up`, or null when there
 * is none or it is stale (the Kafka it recorded is no longer running, e.g.
 * after a reboot), so callers can fall back to ensureInfra().
 *
 * @returns {{ env: { DATABASE_ADMIN_URL: string, REDIS_URL: string, KAFKA_BROKERS: string },
 *             kafkaPid: number | null, dataDir: string | null, startedAt: string } | null}
 */
export function readInfraFile() {
  const record = readRecord();
  if (!record) return null;
  if (record.kafkaPid && !isKafkaBroker(record.kafkaPid, record.dataDir)) return null;
  if (record.opensearchPid && !isOpenSearchNode(record.opensearchPid, record.opensearchDataDir)) {
    // Kafka is still good; only the search engine went away: callers see no OPENSEARCH_URL.
    const { OPENSEARCH_URL: _gone, ...env } = record.env;
    return { ...record, env, opensearchPid: null };
  }
  return record;
}

// --- provisioning ------------------------------------------------------------

/** ensureInfra(), plus the Kafka handle and the detached mode `up` needs. */
async function provision({ log, detached }) {
  // Postgres and Redis first: they answer in milliseconds, Kafka takes seconds to start.
  const DATABASE_ADMIN_URL = await postgresUrl(log);
  const REDIS_URL = await redisUrl(log);

  // Kafka and OpenSearch start side by side: each takes seconds of JVM start-up.
  const settled = await Promise.allSettled([provideKafka(log, detached), provideOpenSearch(log, detached)]);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) {
    // Do not leave the one that started running on its own.
    await Promise.all(settled.map((result) => (result.status === 'fulfilled' ? result.value.handle?.stop() : null)));
    throw failed.reason;
  }
  const [kafka, opensearch] = settled.map((result) => result.value);
  const env = { DATABASE_ADMIN_URL, REDIS_URL, KAFKA_BROKERS: kafka.brokers, OPENSEARCH_URL: opensearch.url };
  const stop = async () => {
    await Promise.all([kafka.handle?.stop(), opensearch.handle?.stop()]);
  };
  return { env, kafka: kafka.handle, opensearch: opensearch.handle, stop };
}

async function provideKafka(log, detached) {
  if (process.env.KAFKA_BROKERS) {
    log(`[infra] kafka: using KAFKA_BROKERS=${process.env.KAFKA_BROKERS} from the environment`);
    return { brokers: process.env.KAFKA_BROKERS, handle: null };
  }
  const handle = await startKafka({ log, detached });
  return { brokers: handle.brokers, handle };
}

async function provideOpenSearch(log, detached) {
  if (process.env.OPENSEARCH_URL) {
    log(`[infra] opensearch: using OPENSEARCH_URL=${process.env.OPENSEARCH_URL} from the environment`);
    return { url: process.env.OPENSEARCH_URL, handle: null };
  }
  const handle = await startOpenSearch({ log, detached });
  return { url: handle.url, handle };
}

async function postgresUrl(log) {
  const fromEnv = process.env.DATABASE_ADMIN_URL || process.env.DATABASE_URL;
  if (fromEnv) {
    log(`[infra] postgres: using ${redact(fromEnv)} from the environment`);
    return fromEnv;
  }
  try {
    await checkPostgres(LOCAL_POSTGRES_URL);
  } catch (err) {
    throw new Error(
      `Postgres is not reachable at ${LOCAL_POSTGRES_URL} (${describe(err)}). ` +
        'Start a local PostgreSQL that trusts user "postgres" on 127.0.0.1:5432, ' +
        'or set DATABASE_URL to an admin (CREATE DATABASE) connection URL of an existing server.',
    );
  }
  log(`[infra] postgres: local server answers at ${LOCAL_POSTGRES_URL}`);
  return LOCAL_POSTGRES_URL;
}

async function redisUrl(log) {
  if (process.env.REDIS_URL) {
    log(`[infra] redis: using ${redact(process.env.REDIS_URL)} from the environment`);
    return process.env.REDIS_URL;
  }
  try {
    await checkRedis(LOCAL_REDIS_URL);
  } catch (err) {
    throw new Error(
      `Redis is not reachable at ${LOCAL_REDIS_URL} (${describe(err)}). ` +
        'Start a local Redis on 127.0.0.1:6379, or set REDIS_URL to an existing server.',
    );
  }
  log(`[infra] redis: local server answers at ${LOCAL_REDIS_URL}`);
  return LOCAL_REDIS_URL;
}

// The client libraries are imported lazily so `down` works without node_modules.

async function checkPostgres(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CHECK_TIMEOUT_MS });
  client.on('error', () => {}); // a dropped connection surfaces through query() instead
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkRedis(url) {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CHECK_TIMEOUT_MS,
    // Fail once instead of ioredis's default of reconnecting forever.
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  // With retries off, connect() rejects with a bare "Connection is closed.";
  // the 'error' event carries the useful cause (ECONNREFUSED, ...).
  let cause;
  redis.on('error', (err) => (cause ??= err));
  try {
    await redis.connect();
    const reply = await redis.ping();
    if (reply !== 'PONG') throw new Error(`PING answered ${reply}`);
  } catch (err) {
    throw cause ?? err;
  } finally {
    redis.disconnect();
  }
}

async function checkKafka(brokers) {
  const { Kafka, logLevel } = (await import('kafkajs')).default;
  const admin = new Kafka({
    clientId: 'infra-status',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: CHECK_TIMEOUT_MS,
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

// --- .infra/infra.json ---------------------------------------------------------

function readRecord() {
  try {
    return JSON.parse(fs.readFileSync(INFRA_FILE, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw new Error(`cannot read ${INFRA_FILE}: ${err.message} (delete it and run infra:up again)`);
  }
}

async function writeRecord(record) {
  await fsp.mkdir(INFRA_DIR, { recursive: true });
  const tmp = `${INFRA_FILE}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`);
  await fsp.rename(tmp, INFRA_FILE);
}

// --- CLI -------------------------------------------------------------------

const log = (msg) => console.error(msg);

async function up() {
  const current = readInfraFile();
  if (current && !current.env.OPENSEARCH_URL) {
    // Recorded before OpenSearch joined the infra (or the node died): add one, leave Kafka alone.
    const opensearch = await startOpenSearch({ log, detached: true });
    const record = {
      ...current,
      env: { ...current.env, OPENSEARCH_URL: opensearch.url },
      opensearchPid: opensearch.pid,
      opensearchDataDir: opensearch.dataDir,
    };
    await writeRecord(record);
    printExports(record.env);
    return;
  }
  if (current) {
    log(`[infra] already up (${INFRA_FILE}); run \`npm run infra:down\` first to restart`);
    printExports(current.env);
    return;
  }
  await down({ quiet: true }); // clear a stale record and its data dir
  const { env, kafka, opensearch } = await provision({ log, detached: true });
  await writeRecord({
    env,
    kafkaPid: kafka?.pid ?? null,
    dataDir: kafka?.dataDir ?? null,
    opensearchPid: opensearch?.pid ?? null,
    opensearchDataDir: opensearch?.dataDir ?? null,
    startedAt: new Date().toISOString(),
  });
  log(`[infra] up; recorded in ${INFRA_FILE}. Stop with \`npm run infra:down\`.`);
  printExports(env);
}

async function down({ quiet = false } = {}) {
  const record = readRecord();
  if (!record) {
    if (!quiet) log('[infra] nothing recorded in .infra/infra.json; nothing to stop');
    return;
  }
  const { kafkaPid, dataDir } = record;
  if (kafkaPid && isKafkaBroker(kafkaPid, dataDir)) {
    log(`[infra] stopping kafka (pid ${kafkaPid})`);
    await terminate(kafkaPid, { log });
  } else if (kafkaPid && !quiet) {
    // The PID may since belong to an unrelated process: never signal it.
    log(`[infra] kafka pid ${kafkaPid} is no longer our broker; not signalling it`);
  }
  await removeDataDir(dataDir);
  const { opensearchPid, opensearchDataDir } = record;
  if (opensearchPid && isOpenSearchNode(opensearchPid, opensearchDataDir)) {
    log(`[infra] stopping opensearch (pid ${opensearchPid})`);
    await terminate(opensearchPid, { log });
  }
  await removeOpenSearchDataDir(opensearchDataDir);
  await fsp.rm(INFRA_FILE, { force: true });
  if (!quiet) log('[infra] down');
}

async function status() {
  const record = readRecord();
  if (!record) {
    log('[infra] not up: no .infra/infra.json (tests start their own Kafka; `npm run infra:up` to keep one)');
    return false;
  }
  const { env, kafkaPid } = record;
  const brokerNote = kafkaPid
    ? `pid ${kafkaPid} ${isKafkaBroker(kafkaPid, record.dataDir) ? 'running' : 'NOT running'}`
    : 'from KAFKA_BROKERS, not started here';
  const checks = [
    ['postgres', redact(env.DATABASE_ADMIN_URL), () => checkPostgres(env.DATABASE_ADMIN_URL)],
    ['redis', redact(env.REDIS_URL), () => checkRedis(env.REDIS_URL)],
    ['kafka', `${env.KAFKA_BROKERS} (${brokerNote})`, () => checkKafka(env.KAFKA_BROKERS)],
    [
      'opensearch',
      env.OPENSEARCH_URL ?? '(none)',
      async () => {
        if (!env.OPENSEARCH_URL || !(await isOpenSearchUp(env.OPENSEARCH_URL))) throw new Error('not answering');
      },
    ],
  ];
  let allOk = true;
  for (const [name, where, check] of checks) {
    const problem = await check().then(() => null, describe);
    allOk &&= !problem;
    log(`${name.padEnd(9)} ${problem ? `DOWN (${problem})` : 'ok  '} ${where}`);
  }
  log(`started ${record.startedAt}`);
  return allOk;
}

/** `export` lines on stdout, so `eval "$(node tools/infra/infra.mjs up)"` works. */
function printExports(env) {
  for (const [name, value] of Object.entries(env)) {
    console.log(`export ${name}=${shellQuote(value)}`);
  }
}

async function main(command) {
  switch (command) {
    case 'up':
      return up();
    case 'down':
      return down();
    case 'status':
      if (!(await status())) process.exitCode = 1;
      return;
    default:
      log('usage: node tools/infra/infra.mjs up|down|status');
      process.exitCode = 2;
  }
}

// --- small utilities ---------------------------------------------------------

function describe(err) {
  // A refused connection to a host with several addresses is an AggregateError with no message.
  return err?.message || err?.code || err?.errors?.[0]?.message || String(err);
}

/** The URL without its password, for logs. */
function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function shellQuote(value) {
  return `'${String(value).replaceAll("'", `'\\''`)}'`;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv[2]).catch((err) => {
    log(`[infra] ${err.message}`);
    process.exitCode = 1;
  });
}
