import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deployDir, renderCases, runbooksDir } from './lib/paths.mjs';
import { alertRules, writeRuleFile } from './lib/rules.mjs';

const promtool = process.env.GETIT_PROMTOOL ?? 'promtool';
const unitTestsDir = join(deployDir, 'test/prometheus');

function runPromtool(args, cwd) {
  const result = spawnSync(promtool, args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

describe('promtool check rules', () => {
  for (const { id } of renderCases) {
    it(`${id}: the rendered rule groups are valid`, () => {
      const dir = writeRuleFile(id);
      const { ok, output } = runPromtool(['check', 'rules', 'rules.yaml'], dir);
      assert.ok(ok, output);
      assert.match(output, /SUCCESS: \d+ rules found/);
    });
  }
});

describe('promtool test rules (deploy/test/prometheus, against the production render)', () => {
  const files = readdirSync(unitTestsDir).filter((file) => file.endsWith('.test.yaml')).sort();
  for (const file of files) {
    it(file, () => {
      const dir = writeRuleFile('prod');
      copyFileSync(join(unitTestsDir, file), join(dir, file));
      const { ok, output } = runPromtool(['test', 'rules', file], dir);
      assert.ok(ok, output);
    });
  }
});

// Whether the series an alert selects exist is checked against running services, not a list:
// tests/e2e/src/prometheus-alerts.int-spec.ts loads these rules into a real Prometheus that scrapes them.
describe('every alert', () => {
  for (const { id } of renderCases) {
    it(`${id}: has severity, summary, description and a runbook in docs/runbooks`, () => {
      for (const rule of alertRules(id)) {
        assert.ok(['critical', 'warning'].includes(rule.labels?.severity), `${rule.alert}: severity`);
        assert.ok(rule.annotations?.summary && rule.annotations?.description, `${rule.alert}: summary/description`);
        const url = rule.annotations.runbook_url ?? '';
        assert.ok(url.endsWith(`/docs/runbooks/${rule.alert}.md`), `${rule.alert}: runbook_url ${url}`);
        assert.ok(existsSync(join(runbooksDir, `${rule.alert}.md`)), `docs/runbooks/${rule.alert}.md is missing`);
      }
    });
  }

  it('has no orphan runbooks: each runbook names an alert that exists', () => {
    const alerts = new Set(alertRules('prod').map((rule) => rule.alert));
    const runbooks = readdirSync(runbooksDir).filter((f) => f.endsWith('.md') && f !== 'README.md');
    assert.deepEqual(runbooks.filter((f) => !alerts.has(f.replace(/\.md$/, ''))), []);
  });

  it('covers the alerts the platform promised', () => {
    const alerts = new Set(alertRules('prod').map((rule) => rule.alert));
    for (const name of [
      'SLOAvailabilityBurnRateFast', 'SLOAvailabilityBurnRateSlow', 'SLOLatencyBurnRateFast', 'SLOLatencyBurnRateSlow',
      'HTTP5xxRateHigh', 'KafkaConsumerLagHigh', 'DeadLetterMessagesGrowing', 'CheckoutSagaStuckOrders',
      'PaymentFailureSpike', 'LedgerImbalance', 'PodRestartingFrequently',
    ]) assert.ok(alerts.has(name), name);
  });
});
