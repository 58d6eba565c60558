import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  createEnvelope,
  EventEnvelope,
  EventPayload,
  EventType,
  parseEnvelope,
  topicOf,
} from '@getit/contracts';
import {
  EventTransport,
  InProcessTransport,
  IncomingMessage,
  KafkaTransport,
  Subscription,
} from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, infraEnv, TestDatabase, waitFor } from '@getit/testing';
import { startPayment } from '../src/payment.host';
import { PAYMENT_CHECKOUT_GROUP } from '../src/messaging/order-events.controller';

export interface Caller {
  roles: string[];
  actorId?: string;
}

export interface ApiResponse {
  status: number;
  body: any;
  contentType: string;
}

/**
 * A payment service on a fresh real Postgres, fed `order.orders` events and read back on `payment.payments`:
 * over a real Kafka (a topic prefix of its own) or the in-process bus. The database is read directly too.
 */
export class PaymentHarness {
  db!: TestDatabase;
  service!: RunningService;
  sql!: Client;
  readonly received: IncomingMessage[] = [];
  private transport!: EventTransport;
  private subscription?: Subscription;

  constructor(
    private readonly mode: 'kafka' | 'in-process',
    private readonly env: Record<string, string> = {},
  ) {}

  async start(label: string): Promise<this> {
    this.db = await createTestDatabase(label);
    const prefix = `payit${randomUUID().slice(0, 8)}.`;
    this.transport =
      this.mode === 'kafka'
        ? new KafkaTransport({
            brokers: infraEnv().kafkaBrokers,
            clientId: 'payment-it',
            topicPrefix: prefix,
          })
        : new InProcessTransport();
    await this.transport.connect();
    const env = {
      DATABASE_URL: this.db.url,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      ...(this.mode === 'kafka'
        ? {
            MESSAGING_TRANSPORT: 'kafka',
            KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
            KAFKA_TOPIC_PREFIX: prefix,
          }
        : { MESSAGING_TRANSPORT: 'in-process' }),
      ...this.env,
    };
    this.service = await startPayment(env, this.mode === 'kafka' ? {} : { transport: this.transport });
    this.subscription = await this.transport.subscribe({
      groupId: `payment-it-${randomUUID().slice(0, 8)}`,
      topics: ['payment.payments'],
      handler: async (message) => {
        this.received.push(message);
      },
    });
    this.sql = new Client({ connectionString: this.db.url });
    await this.sql.connect();
    return this;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.sql?.end();
    await this.service?.stop();
    await this.transport?.close();
    await this.db?.drop();
  }

  /** Publishes an order event as the order service's relay would: on its topic, keyed by the order id. */
  async publish<T extends EventType>(type: T, data: EventPayload<T>, key: string): Promise<EventEnvelope> {
    const envelope = createEnvelope(type, data, { producer: 'order', correlationId: `it-${key}`, key });
    await this.redeliver(envelope);
    return envelope;
  }

  /** The very same message again: what Kafka does after a consumer crashed before committing its offset. */
  async redeliver(envelope: EventEnvelope): Promise<void> {
    await this.transport.publish([
      {
        topic: topicOf(envelope.type as EventType),
        key: envelope.key,
        value: JSON.stringify(envelope),
        headers: { 'event-id': envelope.id, 'event-type': envelope.type },
      },
    ]);
  }

  /** The payment events seen for an order, parsed, in arrival order. */
  eventsFor(orderId: string, type?: string): EventEnvelope<any>[] {
    return this.received
      .filter((m) => m.key === orderId)
      .map((m) => parseEnvelope(m.value))
      .flatMap((parsed) => (parsed.ok && parsed.known ? [parsed.event] : []))
      .filter((event) => !type || event.type === type);
  }

  async nextEvent(orderId: string, type: string, count = 1): Promise<EventEnvelope<any>> {
    const events = await waitFor(
      `${count} × ${type} for order ${orderId}`,
      () => {
        const found = this.eventsFor(orderId, type);
        return found.length >= count ? found : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    return events[count - 1]!;
  }

  /**
   * Waits until the checkout consumer applied (or skipped as a duplicate) the event with this id. The ledger's
   * group reads the same topics, so its inbox row alone says nothing about the payment's state.
   */
  async applied(envelope: EventEnvelope, group = PAYMENT_CHECKOUT_GROUP): Promise<void> {
    await waitFor(
      `${envelope.type} ${envelope.id} to be applied by ${group}`,
      async () =>
        Number(
          (
            await this.sql.query('SELECT count(*) FROM inbox WHERE event_id = $1 AND consumer_group = $2', [
              envelope.id,
              group,
            ])
          ).rows[0].count,
        ) > 0,
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  }

  async rows<T = any>(query: string, values: unknown[] = []): Promise<T[]> {
    return (await this.sql.query(query, values)).rows as T[];
  }

  async call(method: string, path: string, as?: Caller): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'x-correlation-id': `it-${randomUUID().slice(0, 8)}` };
    if (as) {
      headers['x-actor-id'] = as.actorId ?? randomUUID();
      headers['x-actor-roles'] = as.roles.join(',');
    }
    const response = await fetch(`${this.service.url}${path}`, { method, headers });
    const text = await response.text();
    return {
      status: response.status,
      body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
      contentType: response.headers.get('content-type') ?? '',
    };
  }
}

export const admin: Caller = { roles: ['admin:finance'] };

/** An order's payment request: one package per amount, the total their sum. */
export function paymentRequest(
  method: EventPayload<'order.payment-requested.v1'>['method'],
  amounts: number[],
): EventPayload<'order.payment-requested.v1'> {
  const orderId = randomUUID();
  return {
    orderId,
    orderNumber: `GI-20261121-${orderId.slice(0, 6).toUpperCase()}`,
    shopperId: randomUUID(),
    phone: '+8801712345678',
    method,
    amountPoisha: amounts.reduce((sum, a) => sum + a, 0),
    currency: 'BDT',
    packages: amounts.map((amountPoisha) => ({
      packageId: randomUUID(),
      vendorId: randomUUID(),
      amountPoisha,
    })),
    deadlineAt: new Date(Date.now() + 10 * 60_000).toISOString(),
  };
}

export function packageChanged(
  request: EventPayload<'order.payment-requested.v1'>,
  index: number,
  to: EventPayload<'order.package-status-changed.v1'>['to'],
): EventPayload<'order.package-status-changed.v1'> {
  const pkg = request.packages[index]!;
  return {
    orderId: request.orderId,
    packageId: pkg.packageId,
    vendorId: pkg.vendorId,
    from: to === 'delivered' ? 'handed_to_courier' : 'pending',
    to,
    actor: { kind: to === 'delivered' ? 'system' : 'vendor', id: 'it' },
    totalPoisha: pkg.amountPoisha,
    changedAt: new Date().toISOString(),
  };
}
