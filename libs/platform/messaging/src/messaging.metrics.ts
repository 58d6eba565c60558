import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PartitionLag } from './transport/event-transport';

export type ConsumerOutcome = 'processed' | 'duplicate' | 'retried' | 'dead_lettered' | 'ignored';

/**
 * Messaging's metrics on a service's registry (the service label comes from the registry's default labels).
 * Lag and outbox depth are read at scrape time, so they cost nothing between scrapes.
 */
export class MessagingMetrics {
  private readonly messages: Counter<'topic' | 'group' | 'outcome'>;
  private readonly duration: Histogram<'topic' | 'group'>;
  private readonly deadLetters: Counter<'topic' | 'group'>;
  private readonly published: Counter<'topic'>;
  private readonly lagSources = new Map<string, () => Promise<PartitionLag[]>>();
  private outboxSource?: () => Promise<number>;

  private static readonly byRegistry = new WeakMap<Registry, MessagingMetrics>();

  /** One instance per registry: prom-client refuses a metric name registered twice. */
  static for(registry: Registry): MessagingMetrics {
    let metrics = MessagingMetrics.byRegistry.get(registry);
    if (!metrics) {
      metrics = new MessagingMetrics(registry);
      MessagingMetrics.byRegistry.set(registry, metrics);
    }
    return metrics;
  }

  private constructor(registry: Registry) {
    const registers = [registry];
    this.messages = new Counter({
      name: 'messaging_consumer_messages_total',
      help: 'Messages handled by consumers, by outcome',
      labelNames: ['topic', 'group', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'messaging_consumer_duration_seconds',
      help: 'Time to handle one message, retries included',
      labelNames: ['topic', 'group'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.deadLetters = new Counter({
      name: 'messaging_dead_letter_total',
      help: 'Messages parked on a dead-letter topic',
      labelNames: ['topic', 'group'],
      registers,
    });
    this.published = new Counter({
      name: 'messaging_outbox_published_total',
      help: 'Outbox events handed to the transport',
      labelNames: ['topic'],
      registers,
    });
    const lagSources = this.lagSources;
    new Gauge({
      name: 'messaging_consumer_lag',
      help: 'Messages a consumer group has yet to process, per partition',
      labelNames: ['topic', 'group', 'partition'],
      registers,
      async collect() {
        this.reset();
        for (const [group, source] of lagSources) {
          const lags = await source().catch(() => []);
          for (const { topic, partition, lag } of lags)
            this.set({ topic, group, partition: String(partition) }, lag);
        }
      },
    });
    const outboxSource = () => this.outboxSource;
    new Gauge({
      name: 'messaging_outbox_pending',
      help: 'Outbox events not yet published',
      registers,
      async collect() {
        const source = outboxSource();
        if (source) this.set(await source().catch(() => -1));
      },
    });
  }

  consumed(topic: string, group: string, outcome: ConsumerOutcome, seconds?: number): void {
    this.messages.inc({ topic, group, outcome });
    if (seconds !== undefined) this.duration.observe({ topic, group }, seconds);
    if (outcome === 'dead_lettered') this.deadLetters.inc({ topic, group });
  }

  outboxPublished(topic: string): void {
    this.published.inc({ topic });
  }

  trackLag(group: string, source: () => Promise<PartitionLag[]>): void {
    this.lagSources.set(group, source);
  }

  trackOutbox(source: () => Promise<number>): void {
    this.outboxSource = source;
  }
}
