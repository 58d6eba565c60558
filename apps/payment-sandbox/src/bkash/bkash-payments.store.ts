import { BoundedMap } from '../shared/bounded-map';
import { BkashPayment } from './bkash-payment';

/** bKash payments in memory, by paymentID and by trxID once executed; the oldest are forgotten beyond capacity. */
export class BkashPaymentsStore {
  private readonly byTrxId = new Map<string, string>();
  private readonly payments: BoundedMap<string, BkashPayment>;

  constructor(capacity: number) {
    this.payments = new BoundedMap(capacity, (_id, payment) => {
      if (payment.trxID) this.byTrxId.delete(payment.trxID);
    });
  }

  add(payment: BkashPayment): void {
    this.payments.set(payment.paymentID, payment);
  }

  get(paymentID: string): BkashPayment | undefined {
    return this.payments.get(paymentID);
  }

  findByTrxId(trxID: string): BkashPayment | undefined {
    const paymentID = this.byTrxId.get(trxID);
    return paymentID === undefined ? undefined : this.payments.get(paymentID);
  }

  /** Records the trxID index after execute. */
  indexTrxId(payment: BkashPayment): void {
    if (payment.trxID) this.byTrxId.set(payment.trxID, payment.paymentID);
  }

  all(): BkashPayment[] {
    return this.payments.values();
  }

  clear(): void {
    this.payments.clear();
    this.byTrxId.clear();
  }
}
