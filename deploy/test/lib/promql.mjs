/**
 * Metric names referenced by a PromQL expression: good enough for our dashboards and rules, not
 * a full parser. Strips strings, label matchers, grouping clauses and Grafana variables, then
 * keeps identifiers that are not functions, keywords or durations.
 */
const keywords = new Set([
  'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool',
  'offset', 'inf', 'nan', 'sum', 'min', 'max', 'avg', 'count', 'stddev', 'stdvar', 'topk',
  'bottomk', 'quantile', 'count_values', 'group', 'limitk', 'limit_ratio',
]);

export function metricNames(expr) {
  const cleaned = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\{?[A-Za-z_][A-Za-z0-9_:]*\}?/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  const names = new Set();
  for (const match of cleaned.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const name = match[0];
    const rest = cleaned.slice(match.index + name.length);
    const before = cleaned.slice(0, match.index);
    if (/^\s*\(/.test(rest)) continue; // a function call
    if (keywords.has(name.toLowerCase())) continue;
    if (/[0-9.]$/.test(before) || /^[0-9]/.test(name)) continue; // 5m, 1e3
    names.add(name);
  }
  return [...names];
}

/** A histogram's _bucket/_sum/_count series belong to the histogram's name. */
export function baseMetricName(name, histograms) {
  const match = name.match(/^(.*)_(bucket|sum|count)$/);
  return match && histograms.has(match[1]) ? match[1] : name;
}
