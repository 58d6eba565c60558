import { DynamicModule, INestMicroservice, LoggerService, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { EventEnvelope, EventType, isEventType } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { EventConsumer, EventDelivery } from '../consumer/event.consumer';
import { RetryPolicy } from '../consumer/retry.policy';
import { MessagingMetrics } from '../messaging.metrics';
import { EventTransport } from '../transport/event-transport';
import { UnitOfWork } from '../unit-of-work/unit-of-work';
import { EventErrorFilter } from './event-error.filter';
import { EventContext } from './event.context';

export interface EventConsumerStrategyOptions<TTx extends SqlClient> {
  transport: EventTransport;
  unitOfWork: UnitOfWork<TTx>;
  /** The consumer group of handlers that name none; `@EventPattern(type, { group: '…' })` names another. */
  groupId: string;
  retry?: Partial<RetryPolicy>;
  metrics?: MessagingMetrics;
  log?: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}

/** What `@EventPattern(type, extras)` may say about its handler. */
export interface EventHandlerExtras {
  /** The consumer group whose inbox, offsets and dead-letter topic the handler uses. */
  group?: string;
}

type Handlers = Map<EventType, MessageHandler[]>;

/**
 * Serves the `@EventPattern('<domain>.<event>.v<N>')` handlers of a Nest application's controllers over our
 * EventConsumer, on whichever EventTransport the service runs (Kafka or the in-process bus). Per consumer group it
 * keeps everything the consumer does: the envelope validated against the type's schema, the inbox insert and the
 * handler in one unit-of-work transaction, retries with backoff, the dead-letter topic, per-partition concurrency,
 * tracing and metrics. The handler gets the typed envelope as its payload and an EventContext (`@Work()` gives its
 * scope). Events are only consumed here: publishing stays with the outbox relay (ADR 0015).
 */
export class EventConsumerStrategy<TTx extends SqlClient> extends Server implements CustomTransportStrategy {
  private consumers: EventConsumer<TTx>[] = [];
  private groups?: Map<string, Handlers>;

  constructor(private readonly options: EventConsumerStrategyOptions<TTx>) {
    super();
  }

  /**
   * Runs a module's `@EventPattern` handlers as a Nest microservice served by `strategy`, and starts consuming.
   * A microservice of its own rather than one connected to the HTTP app: a hybrid app is initialised before its
   * microservices connect, too late for the global filter that hands handlers' errors back unchanged. Modules
   * provide their services as values (`register(services)`), so both apps share the same instances.
   */
  static async serve<TTx extends SqlClient>(
    module: Type<unknown> | DynamicModule,
    strategy: EventConsumerStrategy<TTx>,
    options: { logger?: LoggerService | false } = {},
  ): Promise<INestMicroservice> {
    const microservice = await NestFactory.createMicroservice(module, {
      strategy,
      logger: options.logger ?? false,
      abortOnError: false,
    });
    microservice.useGlobalFilters(new EventErrorFilter());
    await microservice.listen();
    return microservice;
  }

  /** The consumer groups and the event types each handles, once listening. */
  get subscriptions(): { groupId: string; types: EventType[] }[] {
    return this.consumers.map((consumer) => ({ groupId: consumer.groupId, types: consumer.types }));
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    const consumers = this.consumers;
    this.consumers = [];
    await Promise.all(consumers.map((consumer) => consumer.stop()));
  }

  on(): never {
    throw new Error('EventConsumerStrategy has no status events; see the messaging metrics');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }

  private async start(): Promise<void> {
    const { transport, unitOfWork, retry, metrics, log } = this.options;
    this.groups ??= this.handlersByGroup();
    const groups = this.groups;
    const consumers = [...groups].map(([groupId, handlers]) => {
      const consumer = new EventConsumer<TTx>({ transport, unitOfWork, groupId, retry, metrics, log });
      for (const [type, list] of handlers)
        consumer.on(type, (event, _tx, delivery) => this.dispatch(list, event, delivery));
      return consumer;
    });
    this.consumers = consumers;
    for (const consumer of consumers) await consumer.start();
    log?.('info', 'event handlers listening', { groups: this.subscriptions });
  }

  /** Runs every handler of the event's type in this group, one after another, in the delivery's transaction. */
  private async dispatch(
    handlers: MessageHandler[],
    event: EventEnvelope,
    delivery: EventDelivery<TTx>,
  ): Promise<void> {
    const context = new EventContext<TTx>([event, delivery.work, delivery.message, delivery.attempt]);
    for (const handler of handlers) {
      const result: unknown = await handler(event, context);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined }).catch(rethrow);
    }
  }

  /**
   * Nest chains event handlers of one pattern (`handler.next`); they are unchained here so each runs in its own
   * group's consumer. Anything but a known event type, or a `@MessagePattern`, fails the start: a typo must not
   * leave a handler silently unsubscribed.
   */
  private handlersByGroup(): Map<string, Handlers> {
    const groups = new Map<string, Handlers>();
    for (const [pattern, head] of this.getHandlers()) {
      if (!head.isEventHandler)
        throw new Error(`@MessagePattern('${pattern}') is not served: events are one-way, use @EventPattern`);
      if (!isEventType(pattern))
        throw new Error(`@EventPattern('${pattern}') names no event type in @getit/contracts`);
      for (let handler: MessageHandler | undefined = head; handler;) {
        const next: MessageHandler | undefined = handler.next as MessageHandler | undefined;
        handler.next = undefined;
        const groupId = (handler.extras as EventHandlerExtras | undefined)?.group ?? this.options.groupId;
        const handlers = groups.get(groupId) ?? new Map<EventType, MessageHandler[]>();
        handlers.set(pattern, [...(handlers.get(pattern) ?? []), handler]);
        groups.set(groupId, handlers);
        handler = next;
      }
    }
    return groups;
  }
}

/** Nest's default RPC filter turns errors into `{ status, message }`; the consumer wants an Error to report. */
function rethrow(error: unknown): never {
  if (error instanceof Error) throw error;
  const message = (error as { message?: unknown } | undefined)?.message;
  throw new Error(typeof message === 'string' ? message : JSON.stringify(error));
}
