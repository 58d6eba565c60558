import { EventEnvelope, EventPayload, isUuid } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { AuditLogRepository, NewAuditEntry } from '../infrastructure/audit-log.repository';
import { AuthTx } from '../infrastructure/auth-prisma';

type AuditRecorded = EventEnvelope<EventPayload<'audit.recorded.v1'>>;

/**
 * The other services' admin actions (`audit.recorded.v1`: moderation, refunds, commission rules, the rate card,
 * payouts) into auth's one audit log (ADR 0013), so `GET /admin/audit` shows every admin action whichever service
 * owns it. Each entry keeps when it happened at its source, the owning service (`details.service`) and the
 * request's correlation id. Called from the event handler, the insert joins the delivery's transaction, whose
 * inbox row makes a redelivered event one entry.
 */
export class AuditInboundService {
  constructor(
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly entries: AuditLogRepository,
  ) {}

  recorded(ctx: RequestContext, event: AuditRecorded): Promise<void> {
    return this.unitOfWork.run(ctx, ({ tx }) => this.entries.insert(auditEntryOf(event), tx));
  }
}

/** One audit log row from another service's event; an actor that is not a user id (`system`) goes to details. */
export function auditEntryOf(event: AuditRecorded): NewAuditEntry {
  const { data } = event;
  const userActor = data.actorId !== undefined && isUuid(data.actorId);
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
