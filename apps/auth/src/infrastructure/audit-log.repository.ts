import { AuthDb, AuthPrismaClient, AuditRow, Prisma } from './auth-prisma';

export interface NewAuditEntry {
  /** When it happened; now when not given (another service's action keeps its own time). */
  occurredAt?: Date;
  actorId?: string;
  actorRoles: string[];
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: 'success' | 'failure' | 'denied';
  ip?: string;
  correlationId?: string;
  details?: Prisma.InputJsonObject;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  actionPrefix?: string;
  targetType?: string;
  targetId?: string;
  outcome?: string;
  from?: Date;
  to?: Date;
  beforeId?: bigint;
}

/** Append-only: the service inserts and reads audit entries, and never updates or deletes one. */
export class AuditLogRepository {
  constructor(private readonly prisma: AuthPrismaClient) {}

  async insert(entry: NewAuditEntry, db: AuthDb = this.prisma): Promise<void> {
    await db.auditEntry.create({ data: { ...entry, details: entry.details ?? {} } });
  }

  /** Newest first, keyset on the id. */
  query(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
    return this.prisma.auditEntry.findMany({
      where: {
        ...(filter.actorId ? { actorId: filter.actorId } : {}),
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.actionPrefix ? { action: { startsWith: filter.actionPrefix } } : {}),
        ...(filter.targetType ? { targetType: filter.targetType } : {}),
        ...(filter.targetId ? { targetId: filter.targetId } : {}),
        ...(filter.outcome ? { outcome: filter.outcome } : {}),
        ...(filter.from || filter.to ? { occurredAt: { gte: filter.from, lt: filter.to } } : {}),
        ...(filter.beforeId !== undefined ? { id: { lt: filter.beforeId } } : {}),
      },
      orderBy: { id: 'desc' },
      take: limit,
    });
  }
}
