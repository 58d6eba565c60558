import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { named, rendered } from './lib/manifests.mjs';
import { metricCatalog } from './lib/metrics.mjs';
import { metricNames } from './lib/promql.mjs';
import { grafanaDir } from './lib/paths.mjs';
import { recordedNames } from './lib/rules.mjs';

const dashboardsDir = join(grafanaDir, 'dashboards');
const files = readdirSync(dashboardsDir).filter((f) => f.endsWith('.json')).sort();
const dashboards = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(dashboardsDir, f), 'utf8'))]));

/** Every PromQL string in a dashboard: panel targets (rows included) and query variables. */
function queries(dashboard) {
  const panels = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
  const targets = panels.flatMap((p) => (p.targets ?? []).map((t) => ({ where: p.title, expr: t.expr })));
  const variables = dashboard.templating.list
    .filter((v) => v.type === 'query')
    .map((v) => ({ where: `$${v.name}`, expr: (v.definition.match(/^label_values\((.*),\s*[A-Za-z_]+\)$/) ?? [])[1] ?? v.definition }));
  return [...targets, ...variables];
}

describe('Grafana dashboards', () => {
  it('are the three the platform ships', () => {
    assert.deepEqual(Object.values(dashboards).map((d) => d.uid).sort(), ['getit-checkout-funnel', 'getit-kafka', 'getit-platform-overview']);
  });

  for (const [file, dashboard] of Object.entries(dashboards)) {
    describe(file, () => {
      it('has a title, a unique uid, a datasource variable and panels with queries', () => {
        assert.ok(dashboard.title.startsWith('GetIt / '));
        assert.ok(dashboard.templating.list.some((v) => v.type === 'datasource' && v.name === 'datasource'));
        const ids = dashboard.panels.map((p) => p.id);
        assert.equal(new Set(ids).size, ids.length, 'panel ids are unique');
        for (const panel of dashboard.panels.filter((p) => p.type !== 'row')) {
          assert.ok(panel.targets?.length, `${panel.title}: no query`);
          assert.equal(panel.datasource?.uid, '${datasource}', `${panel.title}: hard-coded datasource`);
          assert.ok(panel.gridPos.x + panel.gridPos.w <= 24, `${panel.title}: wider than the grid`);
        }
      });

      it('references only exported, platform, planned or recorded metrics', () => {
        const catalog = metricCatalog();
        const recorded = recordedNames('prod');
        const unknown = [];
        for (const { where, expr } of queries(dashboard)) {
          for (const name of metricNames(expr)) {
            if (!recorded.has(name) && !catalog.lookup(name)) unknown.push(`${where}: ${name}`);
          }
        }
        assert.deepEqual(unknown, []);
      });
    });
  }

  it('ships in the chart as one ConfigMap labelled grafana_dashboard: "1"', () => {
    const configMap = named(rendered('prod'), 'ConfigMap', 'grafana-dashboards');
    assert.equal(configMap?.metadata.labels.grafana_dashboard, '1');
    assert.deepEqual(Object.keys(configMap.data).sort(), files);
    for (const file of files) assert.deepEqual(JSON.parse(configMap.data[file]), dashboards[file], `${file} differs from deploy/grafana`);
  });

  it('uses planned metrics only where the list says so', () => {
    const { planned } = metricCatalog();
    const used = new Set(Object.values(dashboards).flatMap((d) => queries(d).flatMap((q) => metricNames(q.expr))));
    const unusedPlanned = planned.metrics.map((m) => m.name).filter((name) => !used.has(name) && name !== 'ledger_imbalance_poisha');
    assert.deepEqual(unusedPlanned, [], 'a planned metric nobody uses should leave planned-metrics.json');
  });
});
