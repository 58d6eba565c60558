import { Counter, Registry } from 'prom-client';
import { CallbackRejection, OnlineMethod } from '../domain';

export type CallbackOutcome = 'captured' | 'replay' | 'failed' | 'rejected' | 'unavailable' | 'closed';

/** Online payments on /metrics: callbacks by outcome, rejected ones by reason, captures and expiries. */
export class OnlinePaymentMetrics {
  private readonly callbacks: Counter<'provider' | 'outcome'>;
  private readonly rejected: Counter<'provider' | 'reason'>;
  private readonly captured: Counter<'method'>;
  private readonly expired: Counter<'method'>;

  constructor(registry: Registry) {
    this.callbacks = new Counter({
      name: 'payment_callbacks_total',
      help: 'Provider callbacks and IPNs received, by provider and what came of them',
      labelNames: ['provider', 'outcome'],
      registers: [registry],
    });
    this.rejected = new Counter({
      name: 'payment_callbacks_rejected_total',
      help: 'Callbacks and IPNs thrown away (forged, replayed, mismatched, unconfirmed), by provider and reason',
      labelNames: ['provider', 'reason'],
      registers: [registry],
    });
    this.captured = new Counter({
      name: 'payments_captured_total',
      help: 'Online payments captured after the server-to-server check, by method',
      labelNames: ['method'],
      registers: [registry],
    });
    this.expired = new Counter({
      name: 'payments_expired_total',
      help: 'Online payments the shopper did not finish in time, by method',
      labelNames: ['method'],
      registers: [registry],
    });
  }

  callback(provider: OnlineMethod, outcome: CallbackOutcome): void {
    this.callbacks.inc({ provider, outcome });
  }

  rejection(provider: OnlineMethod, reason: CallbackRejection): void {
    this.rejected.inc({ provider, reason });
  }

  capture(method: OnlineMethod): void {
    this.captured.inc({ method });
  }

  expiry(method: OnlineMethod): void {
    this.expired.inc({ method });
  }
}
