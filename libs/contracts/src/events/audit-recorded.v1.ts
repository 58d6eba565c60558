import { z } from 'zod';

export const AUDITED_OUTCOMES = ['success', 'failure', 'denied'] as const;

/**
 * An admin action some service carried out (or refused): who, what, on what, from where, how it ended. The
 * service writes it to its outbox in the same transaction as the change (a refused or failed attempt in a
 * transaction of its own); auth consumes every one into the audit log behind `GET /admin/audit`. The envelope's
 * `occurredAt` is when it happened, its `producer` the owning service and its `correlationId` the request's.
 * Keyed by the target id. Never carries secrets.
 */
export const auditRecordedV1 = z.object({
  /** `<service>.<thing>.<verb>`, e.g. `catalog.product.approve`, `payment.refund.create`. */
  action: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    .max(80),
  outcome: z.enum(AUDITED_OUTCOMES),
  /** The acting user's id (a UUID), or a name like `system` for work nobody asked for. */
  actorId: z.string().min(1).max(128).optional(),
  actorRoles: z.array(z.string().max(40)).max(20),
  targetType: z
    .string()
    .regex(/^[a-z-]+$/)
    .max(40),
  targetId: z.string().min(1).max(100),
  /** The client address as the gateway saw it. */
  ip: z.string().max(64).optional(),
  /** What changed or why it was refused: ids, amounts, before/after values. */
  details: z.record(z.string(), z.unknown()),
});
