import { Counter, Registry } from 'prom-client';
import { PaymentMethod } from '../domain';

/** The payment business counters on /metrics. Labels stay low-cardinality: a method and a refusal code. */
export class PaymentMetrics {
  private readonly authorizedTotal: Counter<'method'>;
  private readonly failedTotal: Counter<'method' | 'reason'>;
  private readonly cancelledTotal: Counter;
  private readonly attempts: Counter<'provider' | 'outcome'>;

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
    // One series for the payment-failure alert and the funnel: every attempt that ended, by provider (the method:
    // cod, bkash, nagad, sslcommerz) and outcome (authorized, or failed, which includes an online payment expiring).
    this.attempts = new Counter({
      name: 'payment_attempts_total',
      help: 'Payment attempts that ended, by provider and outcome (authorized or failed)',
      labelNames: ['provider', 'outcome'],
      registers: [registry],
    });
  }

  authorized(method: PaymentMethod): void {
    this.authorizedTotal.inc({ method });
    this.attempts.inc({ provider: method, outcome: 'authorized' });
  }

  failed(method: PaymentMethod, reason: string): void {
    this.failedTotal.inc({ method, reason });
    this.attempts.inc({ provider: method, outcome: 'failed' });
  }

  cancelled(): void {
    this.cancelledTotal.inc();
  }
}
