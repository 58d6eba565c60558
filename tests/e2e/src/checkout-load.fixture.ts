import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CheckoutFixture, send } from './checkout.fixture';
import { HttpAnswer } from './marketplace.fixture';

export const SHOPPER_ADDRESS = {
  name: 'Rahima Akter',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};

/** What a shopper's browser or app does when the marketplace is briefly away: try again, for a while. */
const RETRY_FOR_MS = 120_000;
const RETRY_EVERY_MS = 200;
/** The answers a client may retry: the gateway or a service is down or restarting, or the connection dropped. */
const TRANSIENT = new Set([502, 503, 504]);

export interface PlacedOrder {
  orderId: string;
  idempotencyKey: string;
  method: 'cod' | 'bkash';
}

export interface CheckoutLoadOptions {
  /** How many shoppers check out; each places one order. */
  orders: number;
  /** Shoppers at once. */
  concurrency: number;
  /** Each order buys one unit of each of these variants (one package per vendor). */
  variantIds: string[];
  /** Each shopper looks at these products first (the catalog's public read). */
  productIds: string[];
  /** Every n-th shopper pays with bKash on the sandbox, the others cash on delivery (0: all cash). */
  bkashEvery: number;
}

/**
 * A small checkout load through the gateway, as shoppers make it: look at the products, fill a cart, place the
 * order with an idempotency key, and (some) pay with bKash. A shopper whose request fails because something is down
 * (connection refused or reset, 502/503/504) tries again with the same idempotency key; any other unexpected answer
 * fails the load. It counts what it placed, so a test can strike mid-load.
 */
export class CheckoutLoad {
  placed = 0;
  /** Requests that failed transiently and were sent again. */
  retries = 0;
  requests = 0;
  private readonly placedWaiters: { count: number; resolve: () => void }[] = [];

  constructor(
    private readonly f: CheckoutFixture,
    private readonly options: CheckoutLoadOptions,
  ) {}

  /** Runs every shopper, `concurrency` at a time; resolves with the orders they placed. */
  async run(): Promise<PlacedOrder[]> {
    const orders: PlacedOrder[] = [];
    let next = 0;
    const worker = async () => {
      while (next < this.options.orders) {
        const index = next++;
        orders.push(await this.shop(index));
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
    return orders;
  }

  /** Resolves once `count` orders were placed. */
  whenPlaced(count: number): Promise<void> {
    if (this.placed >= count) return Promise.resolve();
    return new Promise((resolve) => this.placedWaiters.push({ count, resolve }));
  }

  private async shop(index: number): Promise<PlacedOrder> {
    const { bkashEvery, productIds, variantIds } = this.options;
    const method = bkashEvery > 0 && index % bkashEvery === 0 ? 'bkash' : 'cod';
    for (const productId of productIds) await this.call('GET', `/products/${productId}`, [200]);
    const cart = await this.call('POST', '/carts', [201], {});
    for (const variantId of variantIds)
      await this.call('PUT', `/carts/${cart.body.id}/lines/${variantId}`, [200], { quantity: 1 });
    const idempotencyKey = randomUUID();
    const placed = await this.call(
      'POST',
      '/orders',
      [200, 201],
      { cartId: cart.body.id, address: SHOPPER_ADDRESS, paymentMethod: method },
      { 'idempotency-key': idempotencyKey },
    );
    this.placed += 1;
    for (const waiter of this.placedWaiters.filter((w) => w.count <= this.placed)) waiter.resolve();
    const order = { orderId: placed.body.id as string, idempotencyKey, method } as const;
    if (method === 'bkash') await this.payWithBkash(order.orderId);
    return order;
  }

  /** The shopper is sent to bKash's page, approves, and bKash sends the browser back through the gateway. */
  private async payWithBkash(orderId: string): Promise<void> {
    const checkout = await waitFor(
      `the bKash checkout of order ${orderId}`,
      async () => {
        const view = await this.call('GET', `/payments/checkout/${orderId}`, [200, 404]);
        return view.status === 200 && view.body.redirectUrl ? view.body : undefined;
      },
      { timeoutMs: RETRY_FOR_MS, intervalMs: RETRY_EVERY_MS },
    );
    const paymentID = new URL(checkout.redirectUrl).pathname.split('/').pop()!;
    const approval = await this.f.sandboxControl('/approve', {
      provider: 'bkash',
      id: paymentID,
      outcome: 'success',
    });
    // the browser follows bKash's redirect back; the shopper reloads the page if the marketplace did not answer
    const back = await this.retrying(`bKash's callback for order ${orderId}`, async () => {
      const response = await fetch(approval.callbackUrl, { redirect: 'manual' });
      await response.arrayBuffer();
      return response.status;
    });
    if (back !== 303) throw new Error(`bKash's callback for order ${orderId} answered ${back}`);
  }

  /** One API call through the gateway, retried while the answer is transient; fails on any other unexpected status. */
  async call(
    method: string,
    path: string,
    expected: number[],
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer> {
    let answer: HttpAnswer | undefined;
    await this.retrying(`${method} ${path}`, async () => {
      answer = await send(method, this.f.api(path), body, headers);
      return answer.status;
    });
    if (!answer || !expected.includes(answer.status))
      throw new Error(`${method} ${path} answered ${answer?.status}: ${JSON.stringify(answer?.body)}`);
    return answer;
  }

  private async retrying(what: string, attempt: () => Promise<number>): Promise<number> {
    const deadline = Date.now() + RETRY_FOR_MS;
    for (;;) {
      this.requests += 1;
      const status = await attempt().catch((error: Error) => error);
      if (typeof status === 'number' && !TRANSIENT.has(status)) return status;
      if (Date.now() > deadline)
        throw new Error(`${what} kept failing for ${RETRY_FOR_MS} ms: ${String(status)}`);
      this.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
    }
  }
}
