import { DEFAULT_SSLCOMMERZ_CREDENTIALS } from '../../src/sslcommerz/sslcommerz-credentials';
import { HttpAnswer, httpCall } from './http-call';

/** A merchant's SSLCommerz client: form posts to api.php, GETs to the validator APIs. */
export class SslcommerzMerchant {
  readonly credentials = DEFAULT_SSLCOMMERZ_CREDENTIALS;

  constructor(
    private readonly baseUrl: string,
    private readonly merchantUrl: (path: string) => string,
  ) {}

  sessionForm(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      store_id: this.credentials.storeId,
      store_passwd: this.credentials.storePassword,
      total_amount: '1150.00',
      currency: 'BDT',
      tran_id: `ORD-${Math.random().toString(36).slice(2, 12)}`,
      product_category: 'electronics',
      success_url: this.merchantUrl('/sslcommerz/success'),
      fail_url: this.merchantUrl('/sslcommerz/fail'),
      cancel_url: this.merchantUrl('/sslcommerz/cancel'),
      ipn_url: this.merchantUrl('/sslcommerz/ipn'),
      cus_name: 'Rahima Khatun',
      cus_email: 'rahima@example.com',
      cus_add1: 'House 1, Road 2, Dhanmondi',
      cus_city: 'Dhaka',
      cus_postcode: '1209',
      cus_country: 'Bangladesh',
      cus_phone: '01712345678',
      shipping_method: 'NO',
      product_name: 'Headphones',
      product_profile: 'physical-goods',
      value_a: 'order-ref-1',
      ...overrides,
    };
  }

  createSession(overrides: Record<string, string> = {}): Promise<HttpAnswer> {
    return httpCall('POST', `${this.baseUrl}/gwprocess/v4/api.php`, { form: this.sessionForm(overrides) });
  }

  validate(valId: string, credentials: Record<string, string> = {}): Promise<HttpAnswer> {
    return this.validator('validationserverAPI.php', {
      val_id: valId,
      v: '1',
      format: 'json',
      ...credentials,
    });
  }

  query(params: Record<string, string>): Promise<HttpAnswer> {
    return this.validator('merchantTransIDvalidationAPI.php', { ...params, format: 'json' });
  }

  refund(bankTranId: string, amount: string): Promise<HttpAnswer> {
    return this.query({
      bank_tran_id: bankTranId,
      refund_amount: amount,
      refund_remarks: 'Out of stock',
      refe_id: 'R-1',
    });
  }

  private validator(script: string, params: Record<string, string>): Promise<HttpAnswer> {
    const query = new URLSearchParams({
      store_id: this.credentials.storeId,
      store_passwd: this.credentials.storePassword,
      ...params,
    });
    return httpCall('GET', `${this.baseUrl}/validator/api/${script}?${query}`);
  }
}
