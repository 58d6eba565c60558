import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { named, rendered } from './lib/manifests.mjs';
import { grafanaDir } from './lib/paths.mjs';

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
  it('are the four the platform ships', () => {
    assert.deepEqual(Object.values(dashboards).map((d) => d.uid).sort(), ['getit-checkout-funnel', 'getit-couriers', 'getit-kafka', 'getit-platform-overview']);
  });

  it('the platform overview has a storefront row: page latency and errors by route', () => {
    const panels = dashboards['platform-overview.json'].panels;
    const row = panels.find((p) => p.type === 'row' && p.title.startsWith('Storefront'));
    assert.ok(row, 'no storefront row');
    const below = panels.filter((p) => p.gridPos.y > row.gridPos.y && p.type !== 'row');
    const exprs = below.flatMap((p) => p.targets.map((t) => t.expr));
    assert.ok(exprs.every((e) => /(service|deployment)="storefront"/.test(e)), 'every query of the row is the storefront\'s');
    assert.ok(exprs.some((e) => /histogram_quantile\(0\.95, sum by \(le, route\) \(rate\(http_server_request_duration_seconds_bucket/.test(e)), 'latency by route');
    assert.ok(exprs.some((e) => /sum by \(route, status_code\) \(rate\(http_server_requests_total\{[^}]*status_code=~"5\.\.\|4\.\."/.test(e)), 'errors by route');
  });

  it('the couriers dashboard shows bookings, delivery times by courier and district, and COD outstanding (issue 16)', () => {
    const exprs = dashboards['couriers.json'].panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    assert.ok(exprs.some((e) => /sum by \(courier, result\) \(rate\(shipping_courier_bookings_total/.test(e)), 'bookings');
    for (const q of ['0.5', '0.9'])
      assert.ok(
        exprs.some((e) => e.includes(`histogram_quantile(${q}, sum by (le, courier, district) (increase(shipping_delivery_days_bucket`)),
        `delivery days at ${q} by courier and district`,
      );
    assert.ok(exprs.some((e) => /by \(courier\) \(cod_receivable_outstanding_poisha\)/.test(e)), 'COD outstanding per courier');
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

      it('has a PromQL query in every target and query variable', () => {
        // Whether those queries find series is checked against running services by
        // tests/e2e/src/prometheus-alerts.int-spec.ts (a real Prometheus scraping them), not against a list.
        for (const { where, expr } of queries(dashboard)) assert.ok(expr?.trim(), `${where}: empty query`);
      });
    });
  }

  it('ships in the chart as one ConfigMap labelled grafana_dashboard: "1"', () => {
    const configMap = named(rendered('prod'), 'ConfigMap', 'grafana-dashboards');
    assert.equal(configMap?.metadata.labels.grafana_dashboard, '1');
    assert.deepEqual(Object.keys(configMap.data).sort(), files);
    for (const file of files) assert.deepEqual(JSON.parse(configMap.data[file]), dashboards[file], `${file} differs from deploy/grafana`);
  });
});
