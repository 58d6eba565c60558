import { createEnvelope, EventEnvelope, EventPayload, EventType } from '@getit/contracts';

/** Shipping's events: keyed by package id on `shipping.shipments`, so one package's events stay in order. */
export function shippingEvent<T extends EventType>(
  type: T,
  data: EventPayload<T> & { packageId: string },
  correlationId: string,
): EventEnvelope {
  return createEnvelope(type, data, { producer: 'shipping', correlationId, key: data.packageId });
}
