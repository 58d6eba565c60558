import { DhakaTime, computeVerifySign } from '@getit/payment-protocols';
import { RandomToken } from '../shared/random-token';
import { SslcommerzCredentials } from './sslcommerz-credentials';
import { SslcommerzIdsGenerator } from './sslcommerz-ids.generator';
import { SslcommerzTransaction } from './sslcommerz-transaction';
import { SslcommerzTransactionFields } from './sslcommerz-transaction.fields';

export type IpnStatus = 'VALID' | 'FAILED' | 'CANCELLED';

/** The form fields SSLCommerz POSTs to ipn_url and makes the browser POST to success/fail/cancel_url. */
export class SslcommerzIpnPayload {
  constructor(private readonly credentials: SslcommerzCredentials) {}

  signed(tx: SslcommerzTransaction, status: IpnStatus): Record<string, string> {
    const fields: Record<string, string> = {
      status,
      ...SslcommerzTransactionFields.of(tx),
      store_id: this.credentials.storeId,
      ...(status === 'VALID' ? {} : { error: tx.error ?? '' }),
    };
    const verifyKey = Object.keys(fields).sort().join(',');
    return {
      ...fields,
      verify_sign: computeVerifySign(fields, verifyKey, this.credentials.storePassword, 'md5'),
      verify_sign_sha2: computeVerifySign(fields, verifyKey, this.credentials.storePassword, 'sha256'),
      verify_key: verifyKey,
    };
  }

  /** A success notice SSLCommerz never sent: unknown val_id and bank_tran_id, and a signature that does not verify. */
  forged(tx: SslcommerzTransaction, now: number): Record<string, string> {
    const fields: Record<string, string> = {
      status: 'VALID',
      ...SslcommerzTransactionFields.of(tx),
      tran_date: DhakaTime.sql(now),
      val_id: SslcommerzIdsGenerator.valId(now),
      bank_tran_id: SslcommerzIdsGenerator.bankTranId(now),
      amount: tx.requestedAmount.toString(),
      currency_amount: tx.requestedAmount.toString(),
      store_id: this.credentials.storeId,
    };
    const verifyKey = Object.keys(fields).sort().join(',');
    return {
      ...fields,
      verify_sign: RandomToken.hex(16),
      verify_sign_sha2: RandomToken.hex(32),
      verify_key: verifyKey,
    };
  }
}
