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
import { PaymentMethod, PaymentProvider, RefundRequest, RefundResult } from '../src/domain';
import { PAYMENT_LEDGER_GROUP } from '../src/messaging/ledger-events.controller';
import { startPayment } from '../src/payment.host';

export interface Caller {
  roles: string[];
  vendorId?: string;
  /** The actor id the gateway would send; a fresh one per call when absent. */
  id?: string;
  /** The client address the gateway would forward. */
  ip?: string;
}

export interface ApiResponse {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

/**
 * Stands in for an online wallet's refund API (the real bKash / Nagad / SSLCommerz adapters are another team's
 * work and talk to sandboxes): it records each refund call and answers as told. Only the provider's side is
 * stubbed; the ledger, its database and Kafka are real.
 */
export class StubRefundProvider implements PaymentProvider {
  readonly calls: RefundRequest[] = [];
  answer: 'refunded' | 'unavailable' | 'rejected' = 'refunded';

  constructor(readonly method: PaymentMethod) {}

  async authorize(): Promise<never> {
    throw new Error('the stub only refunds');
  }

  async capture(): Promise<never> {
    throw new Error('the stub only refunds');
  }

  async cancel(): Promise<never> {
    throw new Error('the stub only refunds');
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    this.calls.push(request);
    if (this.answer === 'unavailable') return { outcome: 'unavailable', reason: 'HTTP 503 from the wallet' };
    if (this.answer === 'rejected') return { outcome: 'rejected', reason: 'refund window closed' };
    return {
      outcome: 'refunded',
      refundRef: `stub-${request.refundId.slice(0, 8)}`,
      amountPoisha: request.amountPoisha,
    };
  }
}

/** A payment service with its ledger on a fresh real Postgres, fed events over Kafka (or the in-process bus). */
export class LedgerHarness {
  db!: TestDatabase;
  service!: RunningService;
  sql!: Client;
  readonly bkash = new StubRefundProvider('bkash');
  readonly received: IncomingMessage[] = [];
  private transport!: EventTransport;
  private subscription?: Subscription;

  constructor(
    private readonly mode: 'kafka' | 'in-process',
    private readonly env: Record<string, string> = {},
  ) {}

  async start(label: string): Promise<this> {
    this.db = await createTestDatabase(label);
    const prefix = `ledgerit${randomUUID().slice(0, 8)}.`;
    this.transport =
      this.mode === 'kafka'
        ? new KafkaTransport({ brokers: infraEnv().kafkaBrokers, clientId: 'ledger-it', topicPrefix: prefix })
        : new InProcessTransport();
    await this.transport.connect();
    const env = {
      DATABASE_URL: this.db.url,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      PAYOUT_INTERVAL_MS: '0',
      ...(this.mode === 'kafka'
        ? {
            MESSAGING_TRANSPORT: 'kafka',
            KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
            KAFKA_TOPIC_PREFIX: prefix,
          }
        : { MESSAGING_TRANSPORT: 'in-process' }),
      ...this.env,
    };
    this.service = await startPayment(env, this.mode === 'kafka' ? {} : { transport: this.transport }, {
      refundProviders: new Map([['bkash', this.bkash]]),
    });
    this.subscription = await this.transport.subscribe({
      groupId: `ledger-it-${randomUUID().slice(0, 8)}`,
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

  /** Publishes an event as its producer's relay would, and waits until the ledger applied it. */
  async publish<T extends EventType>(type: T, data: EventPayload<T>, key: string): Promise<EventEnvelope> {
    const envelope = await this.send(type, data, key);
    await this.applied(envelope);
    return envelope;
  }

  /** Publishes without waiting (for events the ledger does not consume). */
  async send<T extends EventType>(type: T, data: EventPayload<T>, key: string): Promise<EventEnvelope> {
    const envelope = createEnvelope(type, data, {
      producer: type.split('.')[0]!,
      correlationId: `it-${key.slice(0, 8)}`,
      key,
    });
    await this.transport.publish([
      {
        topic: topicOf(type),
        key,
        value: JSON.stringify(envelope),
        headers: { 'event-id': envelope.id, 'event-type': envelope.type },
      },
    ]);
    return envelope;
  }

  async applied(envelope: EventEnvelope, group = PAYMENT_LEDGER_GROUP): Promise<void> {
    await waitFor(
      `${envelope.type} ${envelope.id} to be applied by ${group}`,
      async () =>
        (
          await this.rows('SELECT 1 FROM inbox WHERE event_id = $1 AND consumer_group = $2', [
            envelope.id,
            group,
          ])
        ).length > 0,
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  }

  /** The payment events seen for an order, parsed, in arrival order. */
  eventsFor(orderId: string, type: string): EventEnvelope<any>[] {
    return this.received
      .filter((m) => m.key === orderId)
      .map((m) => parseEnvelope(m.value))
      .flatMap((parsed) => (parsed.ok && parsed.known ? [parsed.event] : []))
      .filter((event) => event.type === type);
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

  async rows<T = any>(query: string, values: unknown[] = []): Promise<T[]> {
    return (await this.sql.query(query, values)).rows as T[];
  }

  /** Debits − credits of one account, straight from its entries. */
  async balanceOf(account: string): Promise<number> {
    const [row] = await this.rows<{ balance: string }>(
      `SELECT coalesce(sum(CASE side WHEN 'debit' THEN amount_poisha ELSE -amount_poisha END), 0) AS balance
         FROM ledger_entries WHERE account = $1`,
      [account],
    );
    return Number(row!.balance);
  }

  /** One posting's entries as `account side amount` strings, in line order. */
  async entriesOf(postingId: string): Promise<string[]> {
    const rows = await this.rows<{ account: string; side: string; amount_poisha: string }>(
      'SELECT account, side, amount_poisha FROM ledger_entries WHERE posting_id = $1 ORDER BY line_no',
      [postingId],
    );
    return rows.map((r) => `${r.account} ${r.side} ${r.amount_poisha}`);
  }

  async call(method: string, path: string, as?: Caller, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'x-correlation-id': `it-${randomUUID().slice(0, 8)}` };
    if (as) {
      headers['x-actor-id'] = as.id ?? randomUUID();
      headers['x-actor-roles'] = as.roles.join(',');
      if (as.vendorId) headers['x-vendor-id'] = as.vendorId;
      if (as.ip) headers['x-forwarded-for'] = as.ip;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.service.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
      text,
      headers: response.headers,
    };
  }
}

export const finance: Caller = { roles: ['admin:finance'] };
export const support: Caller = { roles: ['admin:support'] };

export interface PackageSpec {
  vendorId?: string;
  lines: { totalPoisha: number; categorySlug?: string }[];
  deliveryPoisha: number;
}

/** An `order.placed.v1` with one package per spec. */
export function orderPlaced(
  method: PaymentMethod,
  packages: PackageSpec[],
  placedAt: Date = new Date(),
): EventPayload<'order.placed.v1'> {
  const orderId = randomUUID();
  const built = packages.map((spec) => {
    const subtotal = spec.lines.reduce((sum, l) => sum + l.totalPoisha, 0);
    return {
      packageId: randomUUID(),
      vendorId: spec.vendorId ?? randomUUID(),
      subtotalPoisha: subtotal,
      deliveryChargePoisha: spec.deliveryPoisha,
      totalPoisha: subtotal + spec.deliveryPoisha,
      lines: spec.lines.map((line, i) => ({
        lineId: randomUUID(),
        productId: randomUUID(),
        variantId: randomUUID(),
        sku: `SKU-${i}`,
        title: `Item ${i}`,
        quantity: 1,
        unitPricePoisha: line.totalPoisha,
        lineTotalPoisha: line.totalPoisha,
        ...(line.categorySlug ? { categorySlug: line.categorySlug } : {}),
      })),
    };
  });
  const items = built.reduce((sum, p) => sum + p.subtotalPoisha, 0);
  const delivery = built.reduce((sum, p) => sum + p.deliveryChargePoisha, 0);
  return {
    orderId,
    orderNumber: `GI-20261121-${orderId.slice(0, 6).toUpperCase()}`,
    shopperId: randomUUID(),
    phone: '+8801712345678',
    paymentMethod: method,
    currency: 'BDT',
    itemsTotalPoisha: items,
    deliveryTotalPoisha: delivery,
    totalPoisha: items + delivery,
    destinationDistrict: 'Dhaka',
    packages: built,
    placedAt: placedAt.toISOString(),
  };
}

export function packageChanged(
  order: EventPayload<'order.placed.v1'>,
  index: number,
  to: EventPayload<'order.package-status-changed.v1'>['to'],
  at: Date = new Date(),
  actor: 'vendor' | 'shopper' | 'system' | 'admin' = 'system',
): EventPayload<'order.package-status-changed.v1'> {
  const pkg = order.packages[index]!;
  return {
    orderId: order.orderId,
    packageId: pkg.packageId,
    vendorId: pkg.vendorId,
    from: to === 'delivered' || to === 'returned' ? 'handed_to_courier' : 'packed',
    to,
    actor: { kind: actor, id: 'it' },
    totalPoisha: pkg.totalPoisha,
    changedAt: at.toISOString(),
  };
}

export function paymentRequested(
  order: EventPayload<'order.placed.v1'>,
): EventPayload<'order.payment-requested.v1'> {
  return {
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    shopperId: order.shopperId,
    phone: order.phone,
    method: order.paymentMethod,
    amountPoisha: order.totalPoisha,
    currency: 'BDT',
    packages: order.packages.map((p) => ({
      packageId: p.packageId,
      vendorId: p.vendorId,
      amountPoisha: p.totalPoisha,
    })),
    deadlineAt: new Date(Date.now() + 10 * 60_000).toISOString(),
  };
}

/** `payment.captured.v1` for every package of an online order, as the online payments flow publishes it. */
export function captured(
  order: EventPayload<'order.placed.v1'>,
  paymentId: string,
): EventPayload<'payment.captured.v1'> {
  return {
    paymentId,
    orderId: order.orderId,
    method: order.paymentMethod,
    amountPoisha: order.totalPoisha,
    currency: 'BDT',
    providerRef: `TRX-${paymentId.slice(0, 8)}`,
    packages: order.packages.map((p) => ({
      packageId: p.packageId,
      vendorId: p.vendorId,
      amountPoisha: p.totalPoisha,
    })),
    capturedAt: new Date().toISOString(),
  };
}

/**
 * The captured intent the online payments flow (another team's) keeps for an order: written directly, as that
 * flow would have, so refunds can move it to partially_refunded / refunded.
 */
export async function insertCapturedIntent(
  harness: LedgerHarness,
  order: EventPayload<'order.placed.v1'>,
  paymentId: string,
): Promise<void> {
  await harness.rows(
    `INSERT INTO payment_intents (id, order_id, order_number, method, amount_poisha, status, captured_poisha,
       provider_ref, correlation_id, deadline_at, authorized_at, captured_at)
     VALUES ($1, $2, $3, $4, $5, 'captured', $5, $6, 'it', now(), now(), now())`,
    [
      paymentId,
      order.orderId,
      order.orderNumber,
      order.paymentMethod,
      order.totalPoisha,
      `TRX-${paymentId.slice(0, 8)}`,
    ],
  );
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000);
