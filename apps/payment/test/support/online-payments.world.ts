import { EventPayload } from '@getit/contracts';
import { freePort, waitFor } from '@getit/testing';
import { PaymentHarness, paymentRequest } from '../payment.harness';
import { PaymentSandbox, SandboxProvider } from './payment-sandbox.process';

export const STOREFRONT = 'http://storefront.test/checkout/payment';

export interface OnlineIntentRow {
  id: string;
  status: string;
  provider_ref: string;
  provider_reference: string;
  provider_txn_id: string | null;
  redirect_url: string | null;
  failure_reason: string | null;
  captured_poisha: number;
}

export interface BrowserAnswer {
  status: number;
  location: string;
  body: string;
}

/**
 * The payment service on real Postgres and Kafka, with the payment sandbox as a real HTTP server for bKash, Nagad
 * and SSLCommerz. The callbacks point straight at the payment service (the gateway is tested on its own).
 */
export class OnlinePaymentsWorld {
  readonly sandbox = new PaymentSandbox();
  payments!: PaymentHarness;

  async start(label: string): Promise<this> {
    await this.sandbox.start();
    const port = await freePort();
    this.payments = await new PaymentHarness('kafka', {
      PORT: String(port),
      PAYMENT_METHODS_ENABLED: 'cod,bkash,nagad,sslcommerz',
      PAYMENT_CALLBACK_BASE_URL: `http://127.0.0.1:${port}/payments/callbacks`,
      STOREFRONT_RETURN_URL: STOREFRONT,
      PAYMENT_EXPIRY_SWEEP_INTERVAL_MS: '300',
      PAYMENT_PROVIDER_TIMEOUT_MS: '3000',
      ...(await this.sandbox.paymentEnv()),
    }).start(label);
    return this;
  }

  async stop(): Promise<void> {
    await this.payments?.stop();
    await this.sandbox.stop();
  }

  /** order.payment-requested.v1 on Kafka for an online method; waits for the intent's redirect URL. */
  async requestOnline(
    method: SandboxProvider,
    amounts: number[] = [257_000, 53_000],
    deadlineInMs = 10 * 60_000,
  ): Promise<{
    request: EventPayload<'order.payment-requested.v1'>;
    intent: OnlineIntentRow;
    checkout: any;
  }> {
    const request = {
      ...paymentRequest(method, amounts),
      deadlineAt: new Date(Date.now() + deadlineInMs).toISOString(),
    };
    await this.payments.publish('order.payment-requested.v1', request, request.orderId);
    const checkout = await waitFor(
      `the checkout view of order ${request.orderId}`,
      async () => {
        const answer = await this.payments.call('GET', `/payments/checkout/${request.orderId}`);
        return answer.status === 200 && answer.body.redirectUrl ? answer.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    return { request, intent: (await this.intent(request.orderId))!, checkout };
  }

  async intent(orderId: string): Promise<OnlineIntentRow | undefined> {
    const [row] = await this.payments.rows<OnlineIntentRow>(
      `SELECT id::text, status, provider_ref, provider_reference, provider_txn_id, redirect_url, failure_reason,
              captured_poisha::int AS captured_poisha
         FROM payment_intents WHERE order_id = $1`,
      [orderId],
    );
    return row;
  }

  /** The shopper's browser following a GET callback (not following the redirect it gets). */
  async browse(url: string): Promise<BrowserAnswer> {
    const response = await fetch(url, { redirect: 'manual' });
    return {
      status: response.status,
      location: response.headers.get('location') ?? '',
      body: await response.text(),
    };
  }

  /** A form POST (SSLCommerz's browser form or IPN). */
  async postForm(url: string, fields: Record<string, string>): Promise<BrowserAnswer> {
    const response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    return {
      status: response.status,
      location: response.headers.get('location') ?? '',
      body: await response.text(),
    };
  }

  /** A counter's value on the payment service's /metrics (0 when absent). */
  async metric(name: string, labels: Record<string, string>): Promise<number> {
    const text = await (await fetch(`${this.payments.service.url}/metrics`)).text();
    const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  /** Waits until the intent reaches a status. */
  async until(orderId: string, status: string): Promise<OnlineIntentRow> {
    return waitFor(
      `payment of order ${orderId} to be ${status}`,
      async () => {
        const row = await this.intent(orderId);
        return row?.status === status ? row : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  storefront(orderId: string, flag: string): string {
    return `${STOREFRONT}?orderId=${orderId}&payment=${flag}`;
  }
}
