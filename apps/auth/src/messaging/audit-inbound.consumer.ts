import { EventEnvelope, EventPayload } from '@getit/contracts';
import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { AuditLogRepository, NewAuditEntry } from '../infrastructure/audit-log.repository';
import { AuthPrismaClient, AuthTx } from '../infrastructure/auth-prisma';

export const AUTH_AUDIT_GROUP = 'auth.audit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The other services' admin actions (`audit.recorded.v1`: moderation, refunds, commission rules, the rate card,
 * payouts) into auth's one audit log, so `GET /admin/audit` shows every admin action whichever service owns it.
 * Each entry keeps when it happened at its source, the owning service (`details.service`) and the request's
 * correlation id; the inbox makes a redelivered event one entry.
 */
export function auditInboundConsumer(deps: {
  transport: EventTransport;
  prisma: AuthPrismaClient;
  tables: MessagingTables;
  entries: AuditLogRepository;
  metrics: MessagingMetrics;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}): EventConsumer<AuthTx> {
  const db = {
    $transaction: <R>(fn: (tx: AuthTx) => Promise<R>, options?: { timeout?: number; maxWait?: number }) =>
      deps.prisma.$transaction(fn, options),
  };
  return new EventConsumer<AuthTx>({
    transport: deps.transport,
    db,
    groupId: AUTH_AUDIT_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log: deps.log,
  }).on('audit.recorded.v1', async (event, tx) => {
    await deps.entries.insert(auditEntryOf(event), tx);
  });
}

/** One audit log row from another service's event; an actor that is not a user id (`system`) goes to details. */
export function auditEntryOf(event: EventEnvelope<EventPayload<'audit.recorded.v1'>>): NewAuditEntry {
  const { data } = event;
  const userActor = data.actorId !== undefined && UUID.test(data.actorId);
  return {
    occurredAt: new Date(event.occurredAt),
    actorId: userActor ? data.actorId : undefined,
    actorRoles: data.actorRoles,
    action: data.action,
    targetType: data.targetType,
    targetId: data.targetId,
    outcome: data.outcome,
    ip: data.ip,
    correlationId: event.correlationId,
    details: {
      ...(data.details as Record<string, never>),
      service: event.producer,
      ...(data.actorId !== undefined && !userActor ? { actor: data.actorId } : {}),
    },
  };
}
