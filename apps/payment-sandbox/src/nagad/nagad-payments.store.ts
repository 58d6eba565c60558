import { BoundedMap } from '../shared/bounded-map';
import { NagadPayment } from './nagad-payment';

/** Nagad checkouts by paymentReferenceId, with the merchant's orderIds for the duplicate check. */
export class NagadPaymentsStore {
  private readonly orders = new Set<string>();
  private readonly payments: BoundedMap<string, NagadPayment>;

  constructor(capacity: number) {
    this.payments = new BoundedMap(capacity, (_id, payment) =>
      this.orders.delete(NagadPaymentsStore.orderKey(payment.merchantId, payment.orderId)),
    );
  }

  add(payment: NagadPayment): void {
    this.orders.add(NagadPaymentsStore.orderKey(payment.merchantId, payment.orderId));
    this.payments.set(payment.paymentReferenceId, payment);
  }

  get(paymentReferenceId: string): NagadPayment | undefined {
    return this.payments.get(paymentReferenceId);
  }

  hasOrder(merchantId: string, orderId: string): boolean {
    return this.orders.has(NagadPaymentsStore.orderKey(merchantId, orderId));
  }

  all(): NagadPayment[] {
    return this.payments.values();
  }

  clear(): void {
    this.payments.clear();
    this.orders.clear();
  }

  private static orderKey(merchantId: string, orderId: string): string {
    return `${merchantId}\u0000${orderId}`;
  }
}
