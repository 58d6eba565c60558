import { Counter, Histogram, Registry } from 'prom-client';
import type { CourierName } from '../../domain/shipment/courier-name';

/**
 * Couriers' business metrics: bookings (and their failures), webhooks by outcome, forged webhooks refused, and
 * days from handover to delivery per courier and destination district.
 */
export class ShippingMetrics {
  private readonly bookings: Counter<'courier' | 'result'>;
  private readonly webhooks: Counter<'courier' | 'outcome'>;
  private readonly forged: Counter<'courier'>;
  private readonly deliveryDays: Histogram<'courier' | 'district'>;

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
    this.deliveryDays = new Histogram({
      name: 'shipping_delivery_days',
      help:
        "Days from the courier's first step after booking (the handover) to delivery or partial delivery, by " +
        'courier and destination district (the deadlines are 5 days in Dhaka, 10 elsewhere)',
      labelNames: ['courier', 'district'],
      buckets: [0.5, 1, 2, 3, 4, 5, 7, 10, 14, 21],
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

  /** A parcel delivered (or partly) `days` after its handover; the series is born with a district's first. */
  delivered(courier: CourierName, district: string, days: number): void {
    this.deliveryDays.observe({ courier, district }, days);
  }

  forgedWebhook(courier: CourierName): void {
    this.forged.inc({ courier });
  }
}
