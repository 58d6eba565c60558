export { eventEnvelopeSchema, type EventEnvelope } from './envelope.schema';
export { poishaSchema, currencySchema } from './money.schema';
export { EVENTS, isEventType, topicOf, type EventType, type EventPayload } from './event-map';
export { createEnvelope, type EnvelopeOrigin } from './event-envelope.factory';
export { parseEnvelope, type ParsedEvent } from './event-envelope.parser';
