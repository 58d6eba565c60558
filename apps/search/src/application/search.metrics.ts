import { Counter, Histogram, Registry } from 'prom-client';

/** Search's own metrics: how queries end (for the zero-result rate) and how fresh the index is. */
export class SearchMetrics {
  private readonly queries: Counter<'engine' | 'outcome'>;
  private readonly freshness: Histogram;

  constructor(registry: Registry, private readonly engine: string) {
    const registers = [registry];
    this.queries = new Counter({
      name: 'search_queries_total',
      help: 'Search queries by engine and outcome: results (as typed), relaxed (after relaxing), zero (nothing)',
      labelNames: ['engine', 'outcome'],
      registers,
    });
    // Every outcome exported from the start, so the zero-result rate has a series before the first zero result.
    for (const outcome of ['results', 'relaxed', 'zero']) this.queries.inc({ engine, outcome }, 0);
    this.freshness = new Histogram({
      name: 'search_index_freshness_seconds',
      help: 'From a catalog change (the event occurredAt) to the index holding it',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers,
    });
  }

  queried(outcome: 'results' | 'relaxed' | 'zero'): void {
    this.queries.inc({ engine: this.engine, outcome });
  }

  indexed(occurredAt: string | undefined, now = Date.now()): void {
    const at = occurredAt ? Date.parse(occurredAt) : NaN;
    if (Number.isFinite(at)) this.freshness.observe(Math.max(0, (now - at) / 1000));
  }
}
