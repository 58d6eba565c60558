import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grafanaDir } from './paths.mjs';
import { baseMetricName } from './promql.mjs';

const read = (file) => JSON.parse(readFileSync(join(grafanaDir, file), 'utf8'));

/**
 * What dashboards and alerts may reference: metrics the services export today
 * (deploy/grafana/exported-metrics.json), series Prometheus and kube-state-metrics provide, and
 * metrics planned by later issues (deploy/grafana/planned-metrics.json).
 */
export function metricCatalog() {
  const exported = read('exported-metrics.json');
  const planned = read('planned-metrics.json');
  const entries = [...exported.metrics, ...exported.platform, ...planned.metrics];
  const histograms = new Set(entries.filter((m) => m.type === 'histogram').map((m) => m.name));
  const known = new Map(entries.map((m) => [m.name, m]));
  return {
    exported,
    planned,
    histograms,
    /** The catalog entry for a referenced series name, or undefined. */
    lookup: (name) => known.get(baseMetricName(name, histograms)),
  };
}
