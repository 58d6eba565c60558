import { BoundedMap } from '../shared/bounded-map';
import { SslcommerzTransaction } from './sslcommerz-transaction';

/** Sessions by sessionkey, with indexes for tran_id, val_id, bank_tran_id and refund_ref_id. */
export class SslcommerzTransactionsStore {
  private readonly byTranId = new Map<string, string>();
  private readonly byValId = new Map<string, string>();
  private readonly byBankTranId = new Map<string, string>();
  private readonly byRefundRefId = new Map<string, string>();
  private readonly sessions: BoundedMap<string, SslcommerzTransaction>;

  constructor(capacity: number) {
    this.sessions = new BoundedMap(capacity, (_key, tx) => {
      this.byTranId.delete(tx.tranId);
      if (tx.valId) this.byValId.delete(tx.valId);
      if (tx.bankTranId) this.byBankTranId.delete(tx.bankTranId);
      for (const refund of tx.refunds) this.byRefundRefId.delete(refund.refundRefId);
    });
  }

  add(tx: SslcommerzTransaction): void {
    this.sessions.set(tx.sessionkey, tx);
    this.byTranId.set(tx.tranId, tx.sessionkey);
  }

  /** Re-indexes after the gateway assigned val_id, bank_tran_id or a refund. */
  index(tx: SslcommerzTransaction): void {
    if (tx.valId) this.byValId.set(tx.valId, tx.sessionkey);
    if (tx.bankTranId) this.byBankTranId.set(tx.bankTranId, tx.sessionkey);
    for (const refund of tx.refunds) this.byRefundRefId.set(refund.refundRefId, tx.sessionkey);
  }

  get(sessionkey: string): SslcommerzTransaction | undefined {
    return this.sessions.get(sessionkey);
  }

  findByTranId(tranId: string): SslcommerzTransaction | undefined {
    return this.via(this.byTranId, tranId);
  }

  findByValId(valId: string): SslcommerzTransaction | undefined {
    return this.via(this.byValId, valId);
  }

  findByBankTranId(bankTranId: string): SslcommerzTransaction | undefined {
    return this.via(this.byBankTranId, bankTranId);
  }

  findByRefundRefId(refundRefId: string): SslcommerzTransaction | undefined {
    return this.via(this.byRefundRefId, refundRefId);
  }

  all(): SslcommerzTransaction[] {
    return this.sessions.values();
  }

  clear(): void {
    this.sessions.clear();
    for (const index of [this.byTranId, this.byValId, this.byBankTranId, this.byRefundRefId]) index.clear();
  }

  private via(index: Map<string, string>, key: string): SslcommerzTransaction | undefined {
    const sessionkey = index.get(key);
    return sessionkey === undefined ? undefined : this.sessions.get(sessionkey);
  }
}
