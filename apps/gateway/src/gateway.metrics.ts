import { Counter, Registry } from 'prom-client';

/** Requests the gateway turned away itself: for alerts on token forgery, step-up friction and abuse. */
export class GatewayMetrics {
  private readonly rejections: Counter<'status' | 'reason'>;

  constructor(registry: Registry) {
    this.rejections = new Counter({
      name: 'gateway_rejections_total',
      help: 'Requests the gateway answered itself with 401, 403 or 429, by reason',
      labelNames: ['status', 'reason'],
      registers: [registry],
    });
  }

  rejected(status: 401 | 403 | 429, reason: string): void {
    this.rejections.inc({ status: String(status), reason });
  }
}
