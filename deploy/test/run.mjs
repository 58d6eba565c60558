#!/usr/bin/env node
/**
 * The deploy project's test: `nx test deploy` (or `node deploy/test/run.mjs`).
 *
 *   1. toolchain  promtool (apt-get install prometheus if missing) and the Helm runner (Maven,
 *                 cached under .infra/deploy/helm-runner/<hash>)
 *   2. render     helm lint + helm template for each values file, the negative fixtures, and
 *                 strict Kubernetes model checks, in one JVM (cached by input hash)
 *   3. tests      node --test over deploy/test/*.test.mjs, which read the rendered output
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deployDir } from './lib/paths.mjs';
import { renderAll } from './lib/render.mjs';
import { ensureHelmRunner, ensurePromtool } from './lib/toolchain.mjs';

const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[deploy-test] ${message}`);

function step(name, action) {
  const from = Date.now();
  log(`${name} ...`);
  const result = action();
  log(`${name} done in ${seconds(from)}`);
  return result;
}

const promtool = step('toolchain: promtool', () => ensurePromtool(log));
const classpath = step('toolchain: helm runner', () => ensureHelmRunner(log));
const outDir = step('render: helm lint + template + strict schemas', () => renderAll(classpath, log));

const testDir = join(deployDir, 'test');
const files = readdirSync(testDir).filter((file) => file.endsWith('.test.mjs')).sort();
log(`tests: node --test ${files.join(' ')}`);
const from = Date.now();
const tally = join(deployDir, '..', '.test-results', 'deploy.unit.json');
mkdirSync(dirname(tally), { recursive: true });
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
reporters.push(`--test-reporter=${join(testDir, 'lib/tally-reporter.mjs')}`, `--test-reporter-destination=${tally}`);
const result = spawnSync(process.execPath, ['--test', ...reporters, ...files.map((f) => join(testDir, f))], {
  stdio: 'inherit',
  env: { ...process.env, GETIT_DEPLOY_RENDER_DIR: outDir, GETIT_PROMTOOL: promtool },
});
log(`tests done in ${seconds(from)}; total ${seconds(started)}`);
process.exit(result.status ?? 1);
