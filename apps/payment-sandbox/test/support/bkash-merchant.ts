import { DEFAULT_BKASH_CREDENTIALS } from '../../src/bkash/bkash-credentials';
import { HttpAnswer, httpCall } from './http-call';

/** A merchant's bKash client, as the payment service would write it against the documented API. */
export class BkashMerchant {
  idToken = '';
  refreshToken = '';
  readonly credentials = DEFAULT_BKASH_CREDENTIALS;

  constructor(private readonly baseUrl: string) {}

  async grant(overrides: { password?: string; appKey?: string } = {}): Promise<HttpAnswer> {
    const answer = await httpCall('POST', `${this.baseUrl}/tokenized/checkout/token/grant`, {
      headers: {
        username: this.credentials.username,
        password: overrides.password ?? this.credentials.password,
      },
      json: { app_key: overrides.appKey ?? this.credentials.appKey, app_secret: this.credentials.appSecret },
    });
    if (answer.body?.id_token) {
      this.idToken = answer.body.id_token;
      this.refreshToken = answer.body.refresh_token;
    }
    return answer;
  }

  async refresh(): Promise<HttpAnswer> {
    const answer = await httpCall('POST', `${this.baseUrl}/tokenized/checkout/token/refresh`, {
      headers: { username: this.credentials.username, password: this.credentials.password },
      json: {
        app_key: this.credentials.appKey,
        app_secret: this.credentials.appSecret,
        refresh_token: this.refreshToken,
      },
    });
    if (answer.body?.id_token) this.idToken = answer.body.id_token;
    return answer;
  }

  create(callbackURL: string, overrides: Record<string, unknown> = {}): Promise<HttpAnswer> {
    return this.call('create', {
      mode: '0011',
      payerReference: '01770618575',
      callbackURL,
      amount: '500',
      currency: 'BDT',
      intent: 'sale',
      merchantInvoiceNumber: `INV-${Math.random().toString(36).slice(2, 10)}`,
      ...overrides,
    });
  }

  execute(paymentID: string): Promise<HttpAnswer> {
    return this.call('execute', { paymentID });
  }

  status(paymentID: string): Promise<HttpAnswer> {
    return this.call('payment/status', { paymentID });
  }

  search(trxID: string): Promise<HttpAnswer> {
    return this.call('general/searchTransaction', { trxID });
  }

  refund(paymentID: string, trxID: string, amount: string): Promise<HttpAnswer> {
    return this.call('payment/refund', {
      paymentID,
      trxID,
      amount,
      sku: 'SKU-1',
      reason: 'Customer returned the item',
    });
  }

  refundStatus(paymentID: string, trxID: string): Promise<HttpAnswer> {
    return this.call('payment/refund', { paymentID, trxID });
  }

  call(path: string, body: unknown, headers?: Record<string, string>): Promise<HttpAnswer> {
    return httpCall('POST', `${this.baseUrl}/tokenized/checkout/${path}`, {
      headers: headers ?? { Authorization: this.idToken, 'X-APP-Key': this.credentials.appKey },
      json: body,
    });
  }
}
