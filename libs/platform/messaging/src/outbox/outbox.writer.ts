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
  const traceHeaders = { ...currentTraceHeaders(), ...headers };
  const values: unknown[] = [];
  const rows = envelopes.map((envelope, index) => {
    if (!isEventType(envelope.type))
      throw new Error(`Unknown event type ${envelope.type}: add it to @getit/contracts`);
    const headers = {
      ...traceHeaders,
      'event-id': envelope.id,
      'event-type': envelope.type,
      'correlation-id': envelope.correlationId,
    };
    values.push(envelope.id, topicOf(envelope.type), envelope.key, envelope.type);
    values.push(JSON.stringify(envelope), JSON.stringify(headers));
    const p = index * 6;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6}::jsonb)`;
  });
  await tx.$executeRawUnsafe(
    `INSERT INTO ${tables.outbox} (id, topic, key, type, envelope, headers) VALUES ${rows.join(', ')}`,
    ...values,
  );
}
