import { randomUUID } from 'node:crypto';
import { EventEnvelope } from './envelope.schema';
import { EVENTS, EventPayload, EventType } from './event-map';

export interface EnvelopeOrigin {
  producer: string;
  correlationId: string;
  key: string;
  occurredAt?: Date;
}

/** Builds a validated envelope; an invalid payload throws before anything is written. */
export function createEnvelope<T extends EventType>(
  type: T,
  data: EventPayload<T>,
  origin: EnvelopeOrigin,
): EventEnvelope<EventPayload<T>> {
  const parsed = EVENTS[type].schema.parse(data) as EventPayload<T>;
  return {
    id: randomUUID(),
    type,
    occurredAt: (origin.occurredAt ?? new Date()).toISOString(),
    producer: origin.producer,
    correlationId: origin.correlationId,
    key: origin.key,
    data: parsed,
  };
}
