import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  EventEnvelope,
  EventPayload,
  EventType,
  isEventType,
  parseEnvelope,
  topicOf,
} from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { runWithLogContext } from '@getit/logging';
import { MessagingMetrics } from '../messaging.metrics';
import { MessagingTables } from '../messaging-tables';
import { contextFromHeaders } from '../trace-headers';
import { EventTransport, IncomingMessage, Subscription } from '../transport/event-transport';
import { UnitOfWork, workContextFromMessage } from '../unit-of-work/unit-of-work';
import { WorkScope } from '../unit-of-work/work-scope';
import { DEFAULT_RETRY_POLICY, retryDelayMs, RetryPolicy } from './retry.policy';

/** One delivery of an event to a handler: the unit of work's scope it runs in, the message, the attempt. */
export interface EventDelivery<TTx> {
  work: WorkScope<TTx>;
  message: IncomingMessage;
  /** 1 for the first attempt; retries count up to the retry policy's `maxAttempts`. */
  attempt: number;
}

export type EventHandler<T extends EventType, TTx> = (
  event: EventEnvelope<EventPayload<T>>,
  tx: TTx,
  delivery: EventDelivery<TTx>,
) => Promise<void>;

export interface EventConsumerOptions<TTx extends SqlClient> {
  transport: EventTransport;
  /**
   * The service's unit of work: each message's inbox insert and handler run in one of its scopes, so events the
   * handler records are written with them and published right after commit.
   */
  unitOfWork: UnitOfWork<TTx>;
  /** Names the consumer group, its inbox rows and its dead-letter topic (`<groupId>.dlq`). */
  groupId: string;
  /** The inbox's schema; defaults to the unit of work's tables. */
  tables?: MessagingTables;
  retry?: Partial<RetryPolicy>;
  metrics?: MessagingMetrics;
  log?: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
  sleep?: (ms: number) => Promise<void>;
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
  private readonly unitOfWork: UnitOfWork<TTx>;
  private readonly inbox: string;
  private subscription?: Subscription;
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions<TTx>) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.unitOfWork = options.unitOfWork;
    this.inbox = (options.tables ?? this.unitOfWork.tables).inbox;
  }

  /** The event types this consumer has handlers for. */
  get types(): EventType[] {
    return [...this.handlers.keys()];
  }

  get groupId(): string {
    return this.options.groupId;
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
    // groups read every event of their topics; the relay's event-type header says, before any parsing, whether
    // this group handles the event at all (a message without it, or naming no known type, is parsed as before)
    const declared = message.headers['event-type'];
    if (declared && isEventType(declared) && !this.handlers.has(declared)) {
      this.options.metrics?.consumed(message.topic, this.options.groupId, 'ignored');
      return;
    }
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
      await runWithLogContext(
        { correlationId: event.correlationId, eventId: event.id, eventType: event.type },
        () =>
          context.with(trace.setSpan(context.active(), span), () =>
            this.applyWithRetries(message, event, handler, started),
          ),
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
    const { groupId, metrics } = this.options;
    const workContext = workContextFromMessage(event.correlationId, message.headers);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const applied = await this.unitOfWork.run(
          workContext,
          async (work) => {
            // the inbox claim goes with the BEGIN (values quoted: the group is ours, the id a parsed uuid)
            const inserted = await this.unitOfWork.first(
              work,
              (literal) =>
                `INSERT INTO ${this.inbox} (consumer_group, event_id) ` +
                `VALUES (${literal(groupId)}, ${literal(event.id)}::uuid) ON CONFLICT DO NOTHING`,
              () =>
                work.tx.$executeRawUnsafe(
                  `INSERT INTO ${this.inbox} (consumer_group, event_id) VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
                  groupId,
                  event.id,
                ),
            );
            if (inserted === 0) return false;
            await handler(event, work.tx, { work, message, attempt });
            return true;
          },
          { maxWait: 10_000, timeout: 30_000, nested: 'never' },
        );
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
