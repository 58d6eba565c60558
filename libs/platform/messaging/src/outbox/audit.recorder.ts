import { AuditedAction, AuditOrigin, auditRecorded, EventEnvelope } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { DomainException, ErrorCode } from '@getit/errors';
import { UnitOfWork } from '../unit-of-work/unit-of-work';
import { WorkContext } from '../unit-of-work/work-scope';

export interface AuditRecorderOptions {
  /** The owning service, the envelope's producer and the first part of every action name. */
  producer: string;
  /**
   * The service's unit of work: a success is recorded in the scope of the change's transaction, a refusal in a
   * unit of work of its own (which wakes the relay).
   */
  unitOfWork: UnitOfWork<SqlClient>;
  log?: (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
}

export type AuditTarget = Omit<AuditedAction, 'outcome'>;

/**
 * A service's admin actions as `audit.recorded.v1` events in its transactional outbox (auth keeps the one audit
 * log). A success is recorded in the transaction of the change, so the entry exists if and only if the change
 * does; a refusal (403) or failure (409, 404, 400, …) rolls the change back and is recorded on its own.
 */
export class AuditRecorder {
  constructor(private readonly options: AuditRecorderOptions) {}

  /** The envelope of a successful action, for work holding its scope: `record(audit.success(ctx, target))`. */
  success(ctx: AuditOrigin, target: AuditTarget): EventEnvelope {
    return auditRecorded(this.options.producer, ctx, { ...target, outcome: 'success' });
  }

  /**
   * Writes a successful action's entry in the caller's transaction, beside the change: in the scope of `tx` (one
   * outbox insert with the work's other events at commit).
   */
  async record(tx: SqlClient, ctx: AuditOrigin, target: AuditTarget): Promise<void> {
    this.options.unitOfWork.scopeOf(tx).record(this.success(ctx, target));
  }

  /**
   * Runs an admin action; when it throws, records how it ended (`denied` for 401/403, `failure` otherwise) in a
   * transaction of its own and rethrows.
   */
  async attempt<R>(ctx: AuditOrigin, target: AuditTarget, work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      await this.refused(ctx, target, error);
      throw error;
    }
  }

  private async refused(ctx: AuditOrigin, target: AuditTarget, error: unknown): Promise<void> {
    const domain = error instanceof DomainException ? error : undefined;
    const denied = domain?.code === ErrorCode.FORBIDDEN || domain?.code === ErrorCode.UNAUTHENTICATED;
    const envelope = auditRecorded(this.options.producer, ctx, {
      ...target,
      outcome: denied ? 'denied' : 'failure',
      details: {
        ...target.details,
        code: domain?.code ?? ErrorCode.INTERNAL,
        reason: domain && domain.code !== ErrorCode.INTERNAL ? domain.detail : 'internal error',
      },
    });
    try {
      await this.options.unitOfWork.run(workContext(ctx), async ({ record }) => record(envelope), {
        nested: 'never',
      });
    } catch (recordError) {
      // the refusal still reaches the caller; a lost audit entry of a refused action is logged loudly
      this.options.log?.('warn', 'could not record a refused admin action', {
        action: target.action,
        err: recordError,
      });
    }
  }
}

function workContext(ctx: AuditOrigin): WorkContext {
  return ctx.actor
    ? { correlationId: ctx.correlationId, actor: { id: ctx.actor.id, roles: [...ctx.actor.roles] } }
    : { correlationId: ctx.correlationId };
}
