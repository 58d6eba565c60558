import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { EventEnvelope, EventPayload, EventType, parseEnvelope, topicOf } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { MessagingMetrics } from '../messaging.metrics';
import { MessagingTables } from '../messaging-tables';
import { contextFromHeaders } from '../trace-headers';
import { EventTransport, IncomingMessage, Subscription } from '../transport/event-transport';
import { DEFAULT_RETRY_POLICY, retryDelayMs, RetryPolicy } from './retry.policy';

export type EventHandler<T extends EventType, TTx> = (
  event: EventEnvelope<EventPayload<T>>,
  tx: TTx,
) => Promise<void>;

interface TransactionRunner<TTx> {
  $transaction<R>(fn: (tx: TTx) => Promise<R>, options?: { timeout?: number; maxWait?: number }): Promise<R>;
}

export interface EventConsumerOptions<TTx> {
  transport: EventTransport;
  db: TransactionRunner<TTx>;
  /** Names the consumer group, its inbox rows and its dead-letter topic (`<groupId>.dlq`). */
  groupId: string;
  tables?: MessagingTables;
  retry?: Partial<RetryPolicy>;
  metrics?: MessagingMetrics;
  log?: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Called after a handler's transaction committed. Handlers that record events with `writeToOutbox` pass the
   * relay's `nudge` here, so those events are published at once rather than at the relay's next poll (a nudge from
   * inside the transaction would come too early: the relay cannot see uncommitted rows).
   */
  onCommitted?: () => void;
}

class ConsumerStoppingError extends Error {}

const tracer = trace.getTracer('@getit/messaging');

/**
 * Applies each event once: the handler runs in one database transaction with the insert of the event's id into
 * the inbox, so a redelivered event finds its id there and changes nothing. A failing handler is retried with
 * backoff (blocking its partition, which keeps per-key order); after the last attempt the message is parked on
 * the group's dead-letter topic with the error, and the partition moves on.
 */
export class EventConsumer<TTx extends SqlClient> {
  private readonly handlers = new Map<EventType, EventHandler<EventType, TTx>>();
  private readonly policy: RetryPolicy;
  private subscription?: Subscription;
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions<TTx>) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  get deadLetterTopic(): string {
    return `${this.options.groupId}.dlq`;
  }

  on<T extends EventType>(type: T, handler: EventHandler<T, TTx>): this {
    this.handlers.set(type, handler as unknown as EventHandler<EventType, TTx>);
    return this;
  }

  async start(): Promise<void> {
    const topics = [...new Set([...this.handlers.keys()].map((type) => topicOf(type)))];
    this.stopping = false;
    const { transport, groupId, metrics } = this.options;
    metrics?.trackLag(groupId, () => transport.lag(groupId, topics));
    this.subscription = await transport.subscribe({
      groupId,
      topics,
      handler: (message) => this.process(message),
    });
  }

  /** Stops taking messages; one being retried is abandoned uncommitted and redelivered later. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  private async process(message: IncomingMessage): Promise<void> {
    const started = performance.now();
    const parsed = parseEnvelope(message.value);
    if (!parsed.ok) return this.deadLetter(message, parsed.reason, 0, started);
    const handler = parsed.known ? this.handlers.get(parsed.event.type) : undefined;
    if (!parsed.known || !handler) {
      this.options.metrics?.consumed(message.topic, this.options.groupId, 'ignored');
      return;
    }
    const event = parsed.event;
    const span = tracer.startSpan(
      `${message.topic} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: { 'messaging.system': this.options.transport.kind, 'event.type': event.type },
      },
      contextFromHeaders(message.headers),
    );
    try {
      await context.with(trace.setSpan(context.active(), span), () =>
        this.applyWithRetries(message, event, handler, started),
      );
    } finally {
      span.end();
    }
  }

  private async applyWithRetries(
    message: IncomingMessage,
    event: EventEnvelope<EventPayload<EventType>>,
    handler: EventHandler<EventType, TTx>,
    started: number,
  ): Promise<void> {
    const { db, groupId, metrics } = this.options;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const applied = await db.$transaction(
          async (tx) => {
            const inserted = await tx.$executeRawUnsafe(
              `INSERT INTO ${(this.options.tables ?? new MessagingTables()).inbox} (consumer_group, event_id)
             VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
              groupId,
              event.id,
            );
            if (inserted === 0) return false;
            await handler(event, tx);
            return true;
          },
          { maxWait: 10_000, timeout: 30_000 },
        );
        if (applied) this.options.onCommitted?.();
        metrics?.consumed(message.topic, groupId, applied ? 'processed' : 'duplicate', elapsed(started));
        return;
      } catch (error) {
        if (attempt >= this.policy.maxAttempts)
          return this.deadLetter(message, describe(error), attempt, started);
        metrics?.consumed(message.topic, groupId, 'retried');
        trace.getActiveSpan()?.recordException(error as Error);
        this.options.log?.('warn', 'event handler failed; retrying', {
          eventId: event.id,
          attempt,
          err: error,
        });
        await (this.options.sleep ?? sleep)(retryDelayMs(this.policy, attempt));
        if (this.stopping) throw new ConsumerStoppingError('consumer stopping; message left for redelivery');
      }
    }
  }

  private async deadLetter(
    message: IncomingMessage,
    reason: string,
    attempts: number,
    started: number,
  ): Promise<void> {
    const { transport, groupId, metrics } = this.options;
    await transport.publish([
      {
        topic: this.deadLetterTopic,
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlq-original-topic': message.topic,
          'dlq-original-partition': String(message.partition),
          'dlq-original-offset': message.offset,
          'dlq-consumer-group': groupId,
          'dlq-attempts': String(attempts),
          'dlq-reason': reason.slice(0, 1_000),
          'dlq-failed-at': new Date().toISOString(),
        },
      },
    ]);
    trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: reason });
    metrics?.consumed(message.topic, groupId, 'dead_lettered', elapsed(started));
    this.options.log?.('error', 'event parked on dead-letter topic', {
      topic: this.deadLetterTopic,
      reason,
      attempts,
    });
  }
}

function elapsed(started: number): number {
  return (performance.now() - started) / 1_000;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
