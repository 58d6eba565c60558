import { DhakaTime } from '@getit/payment-protocols';
import { SslcommerzTransaction } from './sslcommerz-transaction';

/** The sandbox's shopper always pays with bKash through SSLCommerz. */
const PAYMENT_METHOD = {
  card_type: 'BKASH-BKash',
  card_no: '',
  card_issuer: 'BKash Mobile Banking',
  card_brand: 'MOBILEBANKING',
  card_issuer_country: 'Bangladesh',
  card_issuer_country_code: 'BD',
} as const;
/** SSLCommerz's commission taken from `amount` to give `store_amount`: 2.5%. */
const FEE_BASIS_POINTS = 250;

/** The transaction fields SSLCommerz repeats in the IPN, the redirect, validation and queries. */
export class SslcommerzTransactionFields {
  static of(tx: SslcommerzTransaction): Record<string, string> {
    const amount = tx.recordedAmount;
    return {
      tran_date: DhakaTime.sql(tx.tranDate ?? tx.createdAt),
      tran_id: tx.tranId,
      ...(tx.valId ? { val_id: tx.valId } : {}),
      amount: amount.toString(),
      store_amount: amount.minus(amount.share(FEE_BASIS_POINTS)).toString(),
      currency: tx.currency,
      bank_tran_id: tx.bankTranId ?? '',
      ...PAYMENT_METHOD,
      currency_type: tx.currency,
      currency_amount: amount.toString(),
      currency_rate: '1.0000',
      base_fair: '0.00',
      ...tx.values,
      risk_level: '0',
      risk_title: 'Safe',
    };
  }
}
