import { z } from 'zod';
import { EventEnvelope } from '../envelope.schema';
import { createEnvelope } from '../event-envelope';
import { auditRecordedV1 } from './audit-recorded.v1';

export type AuditRecorded = z.infer<typeof auditRecordedV1>;

/** What the audit envelope needs from a service's request context (structurally its `RequestContext`). */
export interface AuditOrigin {
  correlationId: string;
  actor?: { id: string; roles: readonly string[] };
  ip?: string;
}

export interface AuditedAction {
  action: string;
  outcome: AuditRecorded['outcome'];
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/**
 * The `audit.recorded.v1` envelope of one admin action, with the actor and address taken from the request
 * context: the one way every service builds its audit events.
 */
export function auditRecorded(
  producer: string,
  ctx: AuditOrigin,
  entry: AuditedAction,
): EventEnvelope<AuditRecorded> {
  return createEnvelope(
    'audit.recorded.v1',
    {
      action: entry.action,
      outcome: entry.outcome,
      ...(ctx.actor ? { actorId: ctx.actor.id } : {}),
      actorRoles: [...(ctx.actor?.roles ?? [])],
      targetType: entry.targetType,
      targetId: entry.targetId,
      ...(ctx.ip ? { ip: ctx.ip } : {}),
      details: entry.details ?? {},
    },
    { producer, correlationId: ctx.correlationId, key: entry.targetId },
  );
}
