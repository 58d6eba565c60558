#!/usr/bin/env node
/**
 * Writes the Prometheus rule groups the chart renders for production (every PrometheusRule: per-service SLO,
 * platform and business rules) to one rules file, for a Prometheus server to load:
 *
 *   node deploy/test/render-rules.mjs <out.yaml>
 *
 * Renders with the deploy tests' toolchain (Helm runner built by Maven, renders cached under .infra/deploy), so a
 * run after `nx test deploy` costs nothing. Used by tests/e2e/src/prometheus-alerts.int-spec.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { renderAll } from './lib/render.mjs';
import { ensureHelmRunner } from './lib/toolchain.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node deploy/test/render-rules.mjs <out.yaml>');
  process.exit(2);
}
const log = (message) => console.error(`[render-rules] ${message}`);
process.env.GETIT_DEPLOY_RENDER_DIR = renderAll(ensureHelmRunner(log), log);
const { ruleGroups } = await import('./lib/rules.mjs');
const groups = ruleGroups('prod');
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, stringify({ groups }, { lineWidth: 0 }));
console.log(
  JSON.stringify({ file: resolve(out), groups: groups.length, rules: groups.flatMap((g) => g.rules).length }),
);
