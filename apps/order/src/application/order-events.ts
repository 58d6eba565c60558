import { createEnvelope, EventEnvelope, EventPayload, EventType } from '@getit/contracts';

const PRODUCER = 'order';

/**
 * Builds the order service's events: every one keyed by the order id on `order.orders`, so consumers see one
 * order's events in order. The payload is validated against its contract before anything is written.
 */
export function orderEvent<T extends EventType>(
  type: T,
  data: EventPayload<T> & { orderId: string },
  correlationId: string,
  occurredAt?: Date,
): EventEnvelope {
  return createEnvelope(type, data, { producer: PRODUCER, correlationId, key: data.orderId, occurredAt });
}
