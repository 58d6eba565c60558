import { Counter, Registry } from 'prom-client';
import type { CourierName } from '../../domain/shipment/courier-name';

/** Couriers' business metrics: bookings (and their failures), webhooks by outcome, forged webhooks refused. */
export class ShippingMetrics {
  private readonly bookings: Counter<'courier' | 'result'>;
  private readonly webhooks: Counter<'courier' | 'outcome'>;
  private readonly forged: Counter<'courier'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.bookings = new Counter({
      name: 'shipping_courier_bookings_total',
      help: 'Courier bookings attempted, by courier and result (booked, unavailable, refused)',
      labelNames: ['courier', 'result'],
      registers,
    });
    this.webhooks = new Counter({
      name: 'shipping_courier_webhooks_total',
      help: 'Courier webhooks accepted, by what they did (applied, duplicate, backwards, final, note, unknown_consignment)',
      labelNames: ['courier', 'outcome'],
      registers,
    });
    this.forged = new Counter({
      name: 'shipping_courier_webhooks_forged_total',
      help: "Courier webhooks refused because they lacked the courier's credential",
      labelNames: ['courier'],
      registers,
    });
  }

  /** Every series an alert selects exists from the start, at 0. */
  zero(couriers: readonly CourierName[]): void {
    for (const courier of couriers) {
      for (const result of ['booked', 'unavailable', 'refused'] as const)
        this.bookings.inc({ courier, result }, 0);
      this.forged.inc({ courier }, 0);
      for (const outcome of ['applied', 'duplicate', 'backwards', 'final', 'note', 'unknown_consignment'])
        this.webhooks.inc({ courier, outcome }, 0);
    }
  }

  booking(courier: CourierName, result: 'booked' | 'unavailable' | 'refused'): void {
    this.bookings.inc({ courier, result });
  }

  webhook(courier: CourierName, outcome: string): void {
    this.webhooks.inc({ courier, outcome });
  }

  forgedWebhook(courier: CourierName): void {
    this.forged.inc({ courier });
  }
}
