import { EventEnvelope, eventEnvelopeSchema } from './envelope.schema';
import { EVENTS, EventPayload, EventType, isEventType } from './event-map';

export type ParsedEvent =
  | { ok: true; known: true; event: EventEnvelope<EventPayload<EventType>> & { type: EventType } }
  | { ok: true; known: false; event: EventEnvelope }
  | { ok: false; reason: string };

/** Parses a raw message: envelope first, then the payload against its type's schema. Never throws. */
export function parseEnvelope(raw: string | Buffer | unknown): ParsedEvent {
  let value: unknown = raw;
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) {
    try {
      value = JSON.parse(raw.toString());
    } catch {
      return { ok: false, reason: 'message is not JSON' };
    }
  }
  const envelope = eventEnvelopeSchema.safeParse(value);
  if (!envelope.success)
    return { ok: false, reason: `invalid envelope: ${envelope.error.issues[0]?.message}` };
  const { type } = envelope.data;
  if (!isEventType(type)) return { ok: true, known: false, event: envelope.data };
  const data = EVENTS[type].schema.safeParse(envelope.data.data);
  if (!data.success) {
    const issue = data.error.issues[0];
    return {
      ok: false,
      reason: `invalid ${type} payload at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    };
  }
  return { ok: true, known: true, event: { ...envelope.data, type, data: data.data } };
}
