import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Business metrics of checkout: orders placed, confirmed and cancelled, GMV, and how long the saga takes. */
export class OrderMetrics {
  private readonly placed: Counter<'payment_method'>;
  private readonly confirmedTotal: Counter;
  private readonly cancelledTotal: Counter<'reason'>;
  private readonly gmv: Counter;
  private readonly sagaDuration: Histogram<'outcome'>;

  constructor(
    registry: Registry,
    countRunningSagas: () => Promise<number>,
    countStuckSagas: () => Promise<number> = async () => 0,
  ) {
    const registers = [registry];
    this.placed = new Counter({
      name: 'orders_placed_total',
      help: 'Orders placed (checkout saga started), by payment method',
      labelNames: ['payment_method'],
      registers,
    });
    this.confirmedTotal = new Counter({
      name: 'orders_confirmed_total',
      help: 'Orders confirmed: stock reserved and payment taken or accepted',
      registers,
    });
    this.cancelledTotal = new Counter({
      name: 'orders_cancelled_total',
      help: 'Orders cancelled, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.gmv = new Counter({
      name: 'order_gmv_poisha_total',
      help: 'Gross merchandise value of confirmed orders (items and delivery), in poisha',
      registers,
    });
    this.sagaDuration = new Histogram({
      name: 'checkout_saga_duration_seconds',
      help: 'From order placed to confirmed or cancelled',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
      registers,
    });
    new Gauge({
      name: 'checkout_sagas_in_flight',
      help: 'Checkout sagas still running (waiting for stock or payment)',
      registers,
      async collect() {
        this.set(await countRunningSagas().catch(() => 0));
      },
    });
    // Past its deadline, a saga should be timed out within one sweep; one that stays stuck means the sweeper is not
    // running (or every replica skips a locked row). The alert fires when it stays above 0.
    new Gauge({
      name: 'checkout_saga_stuck_orders',
      help: 'Checkout sagas still running past their step deadline',
      registers,
      async collect() {
        this.set(await countStuckSagas().catch(() => 0));
      },
    });
  }

  orderPlaced(paymentMethod: string): void {
    this.placed.inc({ payment_method: paymentMethod });
  }

  orderConfirmed(totalPoisha: number, sagaSeconds: number): void {
    this.confirmedTotal.inc();
    this.gmv.inc(totalPoisha);
    this.sagaDuration.observe({ outcome: 'confirmed' }, sagaSeconds);
  }

  /** `sagaSeconds` only when the checkout saga ended with the cancellation. */
  orderCancelled(reason: string, sagaSeconds?: number): void {
    this.cancelledTotal.inc({ reason });
    if (sagaSeconds !== undefined) this.sagaDuration.observe({ outcome: 'cancelled' }, sagaSeconds);
  }
}
