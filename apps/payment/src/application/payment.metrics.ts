import { Counter, Registry } from 'prom-client';
import { PaymentMethod } from '../domain';

/** The payment business counters on /metrics. Labels stay low-cardinality: a method and a refusal code. */
export class PaymentMetrics {
  private readonly authorizedTotal: Counter<'method'>;
  private readonly failedTotal: Counter<'method' | 'reason'>;
  private readonly cancelledTotal: Counter;

  constructor(registry: Registry) {
    this.authorizedTotal = new Counter({
      name: 'payments_authorized_total',
      help: 'Payments authorized (cash on delivery: accepted, to be collected by the courier), by method',
      labelNames: ['method'],
      registers: [registry],
    });
    this.failedTotal = new Counter({
      name: 'payments_failed_total',
      help: 'Payment requests that failed, by method and reason code',
      labelNames: ['method', 'reason'],
      registers: [registry],
    });
    this.cancelledTotal = new Counter({
      name: 'payments_cancelled_total',
      help: 'Payments cancelled before any money moved',
      registers: [registry],
    });
  }

  authorized(method: PaymentMethod): void {
    this.authorizedTotal.inc({ method });
  }

  failed(method: PaymentMethod, reason: string): void {
    this.failedTotal.inc({ method, reason });
  }

  cancelled(): void {
    this.cancelledTotal.inc();
  }
}
