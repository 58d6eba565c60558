import { EventEnvelope, isEventType, topicOf } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { MessagingTables } from '../messaging-tables';
import { currentTraceHeaders } from '../trace-headers';

/**
 * Writes events into the service's outbox table inside the caller's transaction, so an event exists if and only
 * if the state change that caused it committed. The trace context is stored with it for the consumer's span, and
 * `headers` (the unit of work's actor) with every event.
 */
export async function insertOutboxRows(
  tx: SqlClient,
  envelopes: EventEnvelope[],
  tables = new MessagingTables(),
  headers: Record<string, string> = {},
): Promise<void> {
  if (envelopes.length === 0) return;
  const values = outboxValues(envelopes, headers).flat();
  const rows = envelopes.map((_, index) => {
    const p = index * 6;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6}::jsonb)`;
  });
  await tx.$executeRawUnsafe(`${insertInto(tables)} ${rows.join(', ')}`, ...values);
}

/**
 * The same insert as SQL text with its values quoted by `literal` (the driver's `escapeLiteral`), for the unit of
 * work to send with the COMMIT in one round trip (the simple protocol carries no parameters).
 */
export function outboxInsertText(
  envelopes: EventEnvelope[],
  literal: (value: string) => string,
  tables = new MessagingTables(),
  headers: Record<string, string> = {},
): string {
  const rows = outboxValues(envelopes, headers).map(
    ([id, topic, key, type, envelope, rowHeaders]) =>
      `(${literal(id)}::uuid, ${literal(topic)}, ${literal(key)}, ${literal(type)}, ` +
      `${literal(envelope)}::jsonb, ${literal(rowHeaders)}::jsonb)`,
  );
  return `${insertInto(tables)} ${rows.join(', ')}`;
}

function insertInto(tables: MessagingTables): string {
  return `INSERT INTO ${tables.outbox} (id, topic, key, type, envelope, headers) VALUES`;
}

/** Each event's row: id, topic, key, type, envelope JSON, headers JSON (trace context, actor, event names). */
function outboxValues(envelopes: EventEnvelope[], headers: Record<string, string>): string[][] {
  const traceHeaders = { ...currentTraceHeaders(), ...headers };
  return envelopes.map((envelope) => {
    if (!isEventType(envelope.type))
      throw new Error(`Unknown event type ${envelope.type}: add it to @getit/contracts`);
    const rowHeaders = {
      ...traceHeaders,
      'event-id': envelope.id,
      'event-type': envelope.type,
      'correlation-id': envelope.correlationId,
    };
    return [
      envelope.id,
      topicOf(envelope.type),
      envelope.key,
      envelope.type,
      JSON.stringify(envelope),
      JSON.stringify(rowHeaders),
    ];
  });
}
