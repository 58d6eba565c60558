import { DhakaTime } from '@getit/payment-protocols';
import { SandboxClock } from '../shared/sandbox-clock';
import { SslcommerzStoreAuth } from './sslcommerz-store.auth';
import { SslcommerzTransaction } from './sslcommerz-transaction';
import { SslcommerzTransactionFields } from './sslcommerz-transaction.fields';
import { SslcommerzTransactionsStore } from './sslcommerz-transactions.store';

type Query = Record<string, string | undefined>;

/**
 * validationserverAPI.php (by val_id) and the query half of merchantTransIDvalidationAPI.php (by tran_id or
 * sessionkey). The first validation of a paid session answers VALID, later ones VALIDATED. JSON only.
 */
export class SslcommerzValidationService {
  constructor(
    private readonly store: SslcommerzTransactionsStore,
    private readonly auth: SslcommerzStoreAuth,
    private readonly clock: SandboxClock,
  ) {}

  validate(query: Query) {
    const apiConnect = this.auth.check(query);
    if (apiConnect !== 'DONE') return { APIConnect: apiConnect, status: 'INVALID_TRANSACTION' };
    const valId = query['val_id'];
    const tx = valId ? this.store.findByValId(valId) : undefined;
    if (!tx || (tx.status !== 'VALID' && tx.status !== 'VALIDATED')) {
      return { APIConnect: 'DONE', status: 'INVALID_TRANSACTION' };
    }
    const status = tx.status;
    if (tx.status === 'VALID') {
      tx.status = 'VALIDATED';
      tx.validatedAt = this.clock.now();
    }
    return { status, ...this.details(tx), APIConnect: 'DONE' };
  }

  bySessionkey(sessionkey: string) {
    const tx = this.store.get(sessionkey);
    if (!tx) return { APIConnect: 'DONE', status: 'INVALID_REQUEST', sessionkey };
    return { status: tx.status, sessionkey, ...this.details(tx), APIConnect: 'DONE' };
  }

  byTranId(tranId: string) {
    const tx = this.store.findByTranId(tranId);
    const attempted = tx && tx.status !== 'UNATTEMPTED' ? [tx] : [];
    return {
      APIConnect: 'DONE',
      no_of_trans_found: attempted.length,
      element: attempted.map((t) => ({
        status: t.status,
        ...this.details(t),
        error: t.error ?? '',
        APIConnect: 'DONE',
      })),
    };
  }

  private details(tx: SslcommerzTransaction) {
    return {
      ...SslcommerzTransactionFields.of(tx),
      emi_instalment: '0',
      emi_amount: '0.00',
      emi_description: '',
      emi_issuer: '',
      account_details: '',
      validated_on: tx.validatedAt === undefined ? '' : DhakaTime.sql(tx.validatedAt),
      gw_version: '',
    };
  }
}
