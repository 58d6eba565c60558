#!/usr/bin/env node
/**
 * Prometheus for tests: Debian's `prometheus` package (the same one the deploy tests take promtool from),
 * installed with apt when missing. Each test starts its own server on loopback with its own config and data
 * directory (tests/e2e/src/prometheus-server.ts).
 *
 *   node tools/infra/prometheus.mjs ensure      installs it if needed; prints the binary's path
 *
 * Jest tests cannot import ES modules, so they call the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** The prometheus binary, installing Debian's package first when it is missing (as root; CI machines are fresh). */
export function ensurePrometheus({ log = console.error } = {}) {
  const present = which('prometheus');
  if (present) return present;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'prometheus is missing and this user cannot apt-get install it: apt-get install -y prometheus',
    );
  }
  log('prometheus missing: apt-get update && apt-get install -y --no-install-recommends prometheus');
  // policy-rc.d-less containers: the package's service must not start (and bind :9090) during the install.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  const installed = which('prometheus');
  if (!installed) throw new Error('apt-get installed prometheus, but no prometheus binary is on PATH');
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command] = process.argv.slice(2);
  if (command !== 'ensure') {
    console.error('usage: node tools/infra/prometheus.mjs ensure');
    process.exit(2);
  }
  process.stdout.write(`${ensurePrometheus()}\n`);
}
