/**
 * A throwaway single-node Apache Kafka broker (KRaft, no ZooKeeper) for local
 * development and tests, run straight from jars that Maven resolves into ~/.m2.
 * Why this and not Docker or a downloaded tarball: docs/adr/0002-test-infrastructure.md.
 *
 *   const kafka = await startKafka();          // { brokers, pid, dataDir, stop }
 *   ... new Kafka({ brokers: [kafka.brokers] }) ...
 *   await kafka.stop();
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { commandLine, terminate } from './process.mjs';

const execFileAsync = promisify(execFile);

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POM = fileURLToPath(new URL('./kafka/pom.xml', import.meta.url));
/** Git-ignored scratch directory for the classpath cache and infra.json. */
export const INFRA_DIR = path.join(REPO_ROOT, '.infra');

const DATA_DIR_PREFIX = 'getit-kafka-';
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 15_000;
const LOG_TAIL_LINES = 30;

// Kafka's own launcher flags (kafka-run-class.sh) with a small fixed heap: the
// broker shares a 2-core machine with the services under test.
const BROKER_JVM_OPTS = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
];

/**
 * Starts a broker and resolves once it can create and describe a topic.
 *
 * @param {object} [options]
 * @param {number} [options.port] client port on 127.0.0.1; a free one if omitted
 * @param {(msg: string) => void} [options.log] progress messages (default: stderr)
 * @param {string} [options.dataDir] where config, data and kafka.log go; a fresh
 *   temp dir if omitted. Only a dir created here is removed by stop().
 * @param {boolean} [options.detached] let the broker outlive this process
 *   (`infra.mjs up`); otherwise it is killed if this process exits without stop().
 * @param {number} [options.readyTimeoutMs] how long to wait for the broker to
 *   answer (default 90 s; a restart after a kill recovers its logs first)
 * @returns {Promise<{ brokers: string, pid: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startKafka({
  port,
  log = console.error,
  dataDir,
  detached = false,
  readyTimeoutMs = READY_TIMEOUT_MS,
} = {}) {
  const say = (msg) => log(`[kafka] ${msg}`);
  const startedAt = Date.now();
  const classpath = await resolveClasspath(say);

  const ownsDataDir = !dataDir;
  dataDir = ownsDataDir ? await fsp.mkdtemp(path.join(os.tmpdir(), DATA_DIR_PREFIX)) : path.resolve(dataDir);
  await fsp.mkdir(dataDir, { recursive: true });

  let broker;
  try {
    const ports = await choosePorts(port);
    const files = await writeConfig(dataDir, ports);
    await formatStorageOnce(classpath, files, say);
    say(`starting broker on 127.0.0.1:${ports.broker} (log: ${files.logFile})`);
    broker = spawnBroker(classpath, files, { detached, removeOnExit: ownsDataDir });
    const brokers = `127.0.0.1:${ports.broker}`;
    await waitUntilReady(brokers, broker, files.logFile, readyTimeoutMs);
    say(`ready on ${brokers} in ${seconds(startedAt)} s`);
    return { brokers, pid: broker.pid, dataDir, stop: stopper(broker, dataDir, ownsDataDir, say) };
  } catch (err) {
    if (broker?.pid) {
      await terminate(broker.pid, { graceMs: 5_000 }).catch(() => {});
      await reaped(broker);
    }
    broker?.disarm();
    if (ownsDataDir) await removeDir(dataDir);
    throw err;
  }
}

/** True if `pid` is a broker started by startKafka (optionally: with this dataDir). */
export function isKafkaBroker(pid, dataDir) {
  const cmd = pid ? commandLine(pid) : null;
  return Boolean(cmd && cmd.includes('kafka.Kafka') && (!dataDir || cmd.includes(dataDir)));
}

/** Removes a data dir that startKafka created (refuses anything else). */
export async function removeDataDir(dataDir) {
  if (dataDir && path.basename(dataDir).startsWith(DATA_DIR_PREFIX)) await removeDir(dataDir);
}

// --- classpath -------------------------------------------------------------

/**
 * The broker classpath. Maven runs only when the pom changed (the cache file
 * is keyed by its hash) or a listed jar vanished from ~/.m2; otherwise
 * starting costs no Maven start-up at all.
 */
async function resolveClasspath(say) {
  const pom = await fsp.readFile(POM);
  const hash = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cacheFile = path.join(INFRA_DIR, `kafka-classpath-${hash}.txt`);
  const cached = await readValidClasspath(cacheFile);
  if (cached) return cached;

  say(
    'resolving broker jars with Maven (first run downloads ~70 MB from Maven Central into ~/.m2: seconds to a minute)',
  );
  const startedAt = Date.now();
  await fsp.mkdir(INFRA_DIR, { recursive: true });
  // Written under a temporary name and renamed so a concurrent start never reads half a file.
  const tmpFile = `${cacheFile}.${process.pid}.tmp`;
  try {
    await runMaven(['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmpFile}`]);
    await fsp.rename(tmpFile, cacheFile);
  } finally {
    await fsp.rm(tmpFile, { force: true });
  }
  const classpath = await readValidClasspath(cacheFile);
  if (!classpath) throw new Error(`Maven wrote a classpath naming missing jars: ${cacheFile}`);
  say(`jars resolved in ${seconds(startedAt)} s`);
  return classpath;
}

/** The cached classpath if every jar it names still exists, else null. */
async function readValidClasspath(file) {
  let text;
  try {
    text = (await fsp.readFile(file, 'utf8')).trim();
  } catch {
    return null;
  }
  const jars = text.split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => fs.existsSync(jar)) ? text : null;
}

async function runMaven(args) {
  try {
    await execFileAsync('mvn', args, { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    if (err.code === 'ENOENT') {
      throw new Error(
        'Maven (mvn) is not on PATH. Install a JDK 17+ and Maven 3.8+, ' +
          'or set KAFKA_BROKERS to use a broker that is already running.',
      );
    }
    // With -q Maven prints only its errors, to stdout. Debian's Maven adds
    // colour resets even with -B, so strip ANSI escapes.
    const output = `${err.stdout}\n${err.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    throw new Error(`mvn ${args.join(' ')} failed:\n${tail(output)}`);
  }
}

// --- configuration -----------------------------------------------------------

/** The client port (given or free) and a distinct free port for the controller. */
async function choosePorts(port) {
  const [a, b] = await freePorts(2);
  if (!port) return { broker: a, controller: b };
  return { broker: port, controller: a === port ? b : a };
}

/** `count` distinct free ports: all servers stay bound until every port is known. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

async function writeConfig(dataDir, ports) {
  const files = {
    dataDir,
    logDir: path.join(dataDir, 'data'),
    serverProperties: path.join(dataDir, 'server.properties'),
    log4jProperties: path.join(dataDir, 'log4j.properties'),
    logFile: path.join(dataDir, 'kafka.log'),
  };
  await fsp.writeFile(files.serverProperties, serverProperties(files.logDir, ports));
  await fsp.writeFile(files.log4jProperties, LOG4J_PROPERTIES);
  return files;
}

function serverProperties(logDir, ports) {
  return `# Generated by tools/infra/kafka.mjs: a throwaway single-node KRaft broker.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${ports.controller}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
# Loopback only: nothing outside this machine should reach a test broker.
listeners=PLAINTEXT://127.0.0.1:${ports.broker},CONTROLLER://127.0.0.1:${ports.controller}
advertised.listeners=PLAINTEXT://127.0.0.1:${ports.broker}
log.dirs=${logDir}

# One broker: internal topics cannot have more than one replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
# Fewer internal partitions than the default 50, so the first consumer group or
# transaction in a test run does not wait for 50 partitions to be created.
offsets.topic.num.partitions=10
transaction.state.log.num.partitions=10

# Tests produce to topics they never created and expect partition spread.
auto.create.topics.enable=true
num.partitions=3
# Consumers in tests should not sit out a 3 s rebalance delay.
group.initial.rebalance.delay.ms=0
`;
}

// Broker output goes to stdout, which spawnBroker sends to <dataDir>/kafka.log.
// INFO is useful when a start fails; the per-request and state-change loggers
// are noise even then.
const LOG4J_PROPERTIES = `log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
`;

// --- processes -------------------------------------------------------------

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function log4jOpt(files) {
  return `-Dlog4j.configuration=${pathToFileURL(files.log4jProperties).href}`;
}

/**
 * Formats the log dir with a fresh cluster id, unless a caller-supplied
 * dataDir already holds an earlier run's data: then that is reused (the
 * formatter would refuse it, even with --ignore-formatted, as the new cluster
 * id does not match).
 */
async function formatStorageOnce(classpath, files, say) {
  if (fs.existsSync(path.join(files.logDir, 'meta.properties'))) {
    say(`reusing formatted storage in ${files.logDir}`);
    return;
  }
  say('formatting storage');
  const args = [
    '-Xmx256m',
    log4jOpt(files),
    '-cp',
    classpath,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    newClusterId(),
    '-c',
    files.serverProperties,
  ];
  try {
    await execFileAsync(javaBin(), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    if (err.code === 'ENOENT') {
      throw new Error(`Java not found (${javaBin()}). Install a JDK 17+ or set KAFKA_BROKERS.`);
    }
    throw new Error(`Kafka storage format failed:\n${tail(`${err.stdout}\n${err.stderr}`)}`);
  }
}

/**
 * 16 random bytes as URL-safe base64 without padding (Kafka's Uuid format).
 * Like Kafka's Uuid.randomUuid(), reject ids starting with '-': the CLI parser
 * would take one for an option (1 start in 64 failed before this).
 */
function newClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/**
 * Spawns `kafka.Kafka`. The returned child carries `exitReason` once it has
 * died, and `disarm()` drops the kill-on-exit safety net.
 */
function spawnBroker(classpath, files, { detached, removeOnExit }) {
  const out = fs.openSync(files.logFile, 'a');
  let child;
  try {
    const args = [
      ...BROKER_JVM_OPTS,
      log4jOpt(files),
      '-cp',
      classpath,
      'kafka.Kafka',
      files.serverProperties,
    ];
    child = spawn(javaBin(), args, { stdio: ['ignore', out, out], detached });
  } finally {
    fs.closeSync(out); // the child holds its own copy
  }
  child.exitReason = null;
  child.on('error', (err) => {
    child.exitReason = err.code === 'ENOENT' ? `java not found (${javaBin()})` : err.message;
  });
  child.on('exit', (code, sig) => {
    child.exitReason = sig ? `killed by ${sig}` : `exit code ${code}`;
  });

  // A detached broker is meant to outlive us. An attached one must not: if the
  // test process exits without calling stop() (a crash, process.exit()), kill
  // it synchronously so no JVM is left holding 512 MB. Only sync work is
  // possible in an 'exit' handler, hence SIGKILL and rmSync.
  const killOnExit = () => {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (removeOnExit) fs.rmSync(files.dataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  if (detached) child.unref();
  else if (child.pid) process.on('exit', killOnExit);
  child.disarm = () => process.off('exit', killOnExit);
  return child;
}

/**
 * Polls until a kafkajs admin client can create and describe a topic, which
 * means the controller has elected itself and the broker has caught up with
 * the metadata log: an open port alone is not enough.
 */
async function waitUntilReady(brokers, broker, logFile, timeoutMs = READY_TIMEOUT_MS) {
  const { Kafka, logLevel } = (await import('kafkajs')).default;
  const kafka = new Kafka({
    clientId: 'infra-readiness',
    brokers: [brokers],
    logLevel: logLevel.NOTHING, // connection refusals are expected while the JVM starts
    retry: { retries: 0 }, // this loop is the retry
    connectionTimeout: 1_000,
    requestTimeout: 5_000,
  });
  const topic = `__infra-ready-${process.pid}-${Date.now()}`;
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (broker.exitReason) {
      throw await brokerError(`Kafka broker stopped before it was ready (${broker.exitReason})`, logFile);
    }
    try {
      await createAndDescribe(kafka.admin(), topic);
      return;
    } catch (err) {
      lastError = err;
    }
    await sleep(250);
  }
  throw await brokerError(
    `Kafka broker on ${brokers} not ready within ${timeoutMs / 1000} s ` +
      `(last error: ${lastError?.message ?? 'none'})`,
    logFile,
  );
}

async function createAndDescribe(admin, topic) {
  try {
    await admin.connect();
    // Returns false if an earlier attempt already created it: fine, describe it.
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = topics[0]?.partitions ?? [];
    if (partitions.length === 0 || partitions.some((p) => p.leader < 0)) {
      throw new Error(`topic ${topic} has no leader yet`);
    }
    // Leave the broker empty for the tests; deletion failing is harmless.
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/**
 * An Error carrying the broker log's first ERROR/FATAL lines (the cause; a
 * failed broker logs a long shutdown sequence after it) and its last lines.
 */
async function brokerError(message, logFile) {
  let text;
  try {
    text = await fsp.readFile(logFile, 'utf8');
  } catch {
    return new Error(`${message}\n(no broker log at ${logFile})`);
  }
  const parts = [message];
  const errors = firstErrors(text.split('\n'), 5);
  if (errors.length > 0) parts.push(`--- first errors in ${logFile} ---`, ...errors);
  parts.push(`--- last lines of ${logFile} ---`, tail(text, 20));
  return new Error(parts.join('\n'));
}

/** Up to `count` ERROR/FATAL lines, each with the exception line logged after it. */
function firstErrors(lines, count) {
  const picked = [];
  for (let i = 0; i < lines.length && picked.length < count * 2; i++) {
    if (!/\] (ERROR|FATAL) /.test(lines[i])) continue;
    picked.push(lines[i]);
    const next = lines[i + 1];
    if (next && !next.startsWith('[')) picked.push(`    ${next.trim()}`);
  }
  return picked;
}

/** stop() for one started broker: idempotent, safe to call concurrently. */
function stopper(broker, dataDir, ownsDataDir, say) {
  let stopping;
  return () => {
    stopping ??= (async () => {
      const startedAt = Date.now();
      await terminate(broker.pid, { graceMs: STOP_GRACE_MS, log: say });
      await reaped(broker);
      broker.disarm();
      if (ownsDataDir) await removeDir(dataDir);
      say(`stopped pid ${broker.pid} in ${seconds(startedAt)} s`);
    })();
    return stopping;
  };
}

/**
 * terminate() returns once the broker is dead, which includes being a zombie;
 * Node reaps its own child a moment later, when it delivers 'exit'. Waiting
 * for that means no <defunct> java is left in the process table after stop().
 */
async function reaped(child) {
  if (child.exitReason) return;
  await Promise.race([once(child, 'exit'), sleep(2_000)]);
}

// --- small utilities ---------------------------------------------------------

function removeDir(dir) {
  return fsp.rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

function tail(text, lines = LOG_TAIL_LINES) {
  return String(text).trimEnd().split('\n').slice(-lines).join('\n');
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}
