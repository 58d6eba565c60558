import { CallbackUrl } from '../shared/callback-url';
import { FormFields } from '../shared/form-body.parser';
import { MoneyAmount } from '@getit/payment-protocols';

const REQUIRED = [
  'store_id',
  'store_passwd',
  'total_amount',
  'currency',
  'tran_id',
  'product_category',
  'success_url',
  'fail_url',
  'cancel_url',
  'cus_name',
  'cus_email',
  'cus_add1',
  'cus_city',
  'cus_postcode',
  'cus_country',
  'cus_phone',
  'shipping_method',
  'product_name',
  'product_profile',
] as const;
const SHIPPING_REQUIRED = ['ship_name', 'ship_add1', 'ship_city', 'ship_postcode', 'ship_country'] as const;
const SHIPPING_METHODS = ['YES', 'NO', 'Courier'];
const PRODUCT_PROFILES = [
  'general',
  'physical-goods',
  'non-physical-goods',
  'airline-tickets',
  'travel-vertical',
  'telecom-vertical',
];
const MIN_AMOUNT = MoneyAmount.parse('10.00') as MoneyAmount;
const MAX_AMOUNT = MoneyAmount.parse('500000.00') as MoneyAmount;

/** A create-session form that passed SSLCommerz's field rules. */
export interface SslcommerzSessionRequest {
  storeId: string;
  storePassword: string;
  amount: MoneyAmount;
  currency: string;
  tranId: string;
  successUrl: string;
  failUrl: string;
  cancelUrl: string;
  ipnUrl?: string;
  productName: string;
  values: Record<'value_a' | 'value_b' | 'value_c' | 'value_d', string>;
}

/** Checks the v4 create-session form; returns the request or the `failedreason` SSLCommerz would give. */
export class SslcommerzSessionRequestParser {
  static parse(form: FormFields): SslcommerzSessionRequest | { failedreason: string } {
    const field = (name: string) => (form[name] ?? '').trim();
    const missing = [...REQUIRED, ...(field('shipping_method') === 'YES' ? SHIPPING_REQUIRED : [])].find(
      (name) => field(name) === '',
    );
    if (missing) return SslcommerzSessionRequestParser.invalid(`'${missing}' is missing`);

    const amount = MoneyAmount.parse(field('total_amount'));
    if (!amount || MIN_AMOUNT.greaterThan(amount) || amount.greaterThan(MAX_AMOUNT)) {
      return SslcommerzSessionRequestParser.invalid("'total_amount' must be between 10.00 and 500000.00 BDT");
    }
    if (field('currency') !== 'BDT') return SslcommerzSessionRequestParser.invalid("'currency' must be BDT");
    if (field('tran_id').length > 30)
      return SslcommerzSessionRequestParser.invalid("'tran_id' is longer than 30");
    for (const url of ['success_url', 'fail_url', 'cancel_url']) {
      if (!CallbackUrl.isValid(field(url), 255))
        return SslcommerzSessionRequestParser.invalid(`'${url}' is not a valid URL`);
    }
    if (field('ipn_url') && !CallbackUrl.isValid(field('ipn_url'), 255)) {
      return SslcommerzSessionRequestParser.invalid("'ipn_url' is not a valid URL");
    }
    if (field('cus_phone').length > 20)
      return SslcommerzSessionRequestParser.invalid("'cus_phone' is longer than 20");
    if (!SHIPPING_METHODS.includes(field('shipping_method'))) {
      return SslcommerzSessionRequestParser.invalid("'shipping_method' must be YES, NO or Courier");
    }
    if (!PRODUCT_PROFILES.includes(field('product_profile'))) {
      return SslcommerzSessionRequestParser.invalid(
        `'product_profile' must be one of ${PRODUCT_PROFILES.join(', ')}`,
      );
    }
    return {
      storeId: field('store_id'),
      storePassword: field('store_passwd'),
      amount,
      currency: field('currency'),
      tranId: field('tran_id'),
      successUrl: field('success_url'),
      failUrl: field('fail_url'),
      cancelUrl: field('cancel_url'),
      ...(field('ipn_url') ? { ipnUrl: field('ipn_url') } : {}),
      productName: field('product_name'),
      values: {
        value_a: form['value_a'] ?? '',
        value_b: form['value_b'] ?? '',
        value_c: form['value_c'] ?? '',
        value_d: form['value_d'] ?? '',
      },
    };
  }

  private static invalid(detail: string): { failedreason: string } {
    return { failedreason: `Invalid Information! ${detail}.` };
  }
}
