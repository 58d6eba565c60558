import { AuditPage, AuditQuery } from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { assertAdmin } from '../domain/access-policy';
import { ADMIN_ROLES } from '../domain/roles';
import { AuthDb, Prisma } from '../infrastructure/auth-prisma';
import { AuditLogRepository } from '../infrastructure/audit-log.repository';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';

export interface AuditEvent {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  targetType?: string;
  targetId?: string;
  /** Defaults to the caller; set it when the actor is only known after the fact (a login). */
  actorId?: string;
  actorRoles?: string[];
  details?: Prisma.InputJsonObject;
}

/**
 * Who did what to what, when, from where, and how it ended. Written in the same transaction as the change it
 * records when there is one; never holds secrets (no codes, passwords, tokens).
 */
export class AuditTrail {
  constructor(
    private readonly entries: AuditLogRepository,
    private readonly guard: CallerGuard,
  ) {}

  async record(ctx: AuthContext, event: AuditEvent, db?: AuthDb): Promise<void> {
    await this.entries.insert(
      {
        actorId: event.actorId ?? ctx.caller?.userId,
        actorRoles: event.actorRoles ?? [...(ctx.caller?.roles ?? [])],
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        outcome: event.outcome,
        ip: ctx.ip,
        correlationId: ctx.correlationId,
        details: event.details,
      },
      db,
    );
  }

  /** Records a refusal, then rethrows it: for admin endpoints, where a refused attempt is itself news. */
  async denied<T>(
    ctx: AuthContext,
    action: string,
    targetId: string | undefined,
    check: () => T,
  ): Promise<T> {
    try {
      return check();
    } catch (error) {
      await this.record(ctx, {
        action,
        outcome: 'denied',
        targetId,
        details: { reason: (error as Error).message },
      });
      throw error;
    }
  }

  async query(ctx: AuthContext, query: AuditQuery): Promise<AuditPage> {
    const caller = await this.guard.active(ctx);
    await this.denied(ctx, 'admin.audit.query', undefined, () => assertAdmin(caller, ADMIN_ROLES));
    if (query.cursor !== undefined && !/^\d{1,19}$/.test(query.cursor)) {
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: 'is not a valid cursor' },
      ]);
    }
    const prefix = query.action?.endsWith('*') ? query.action.slice(0, -1) : undefined;
    const rows = await this.entries.query(
      {
        actorId: query.actorId,
        action: prefix === undefined ? query.action : undefined,
        actionPrefix: prefix,
        targetType: query.targetType,
        targetId: query.targetId,
        outcome: query.outcome,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        beforeId: query.cursor === undefined ? undefined : BigInt(query.cursor),
      },
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        id: row.id.toString(),
        occurredAt: row.occurredAt.toISOString(),
        actorId: row.actorId ?? undefined,
        actorRoles: row.actorRoles,
        action: row.action,
        targetType: row.targetType ?? undefined,
        targetId: row.targetId ?? undefined,
        outcome: row.outcome as AuditPage['items'][number]['outcome'],
        ip: row.ip ?? undefined,
        correlationId: row.correlationId ?? undefined,
        details: (row.details ?? {}) as Record<string, unknown>,
      })),
      nextCursor: rows.length > query.limit ? page[page.length - 1]!.id.toString() : null,
    };
  }
}
