import { MemberRole } from '../domain/roles';
import { VendorStatus } from '../domain/vendor-lifecycle';
import { AuthDb, AuthPrismaClient, Prisma, UserRow, VendorMemberRow, VendorRow } from './auth-prisma';

export type NewVendorRow = Prisma.VendorCreateInput;

export interface VendorMemberWithUser {
  member: VendorMemberRow;
  user: Pick<UserRow, 'phone' | 'displayName'>;
}

/** Vendor organisations, their members and the admins' decisions on them. */
export class VendorsRepository {
  constructor(private readonly prisma: AuthPrismaClient) {}

  create(db: AuthDb, row: NewVendorRow): Promise<VendorRow> {
    return db.vendor.create({ data: row });
  }

  async addMember(
    db: AuthDb,
    member: { vendorId: string; userId: string; role: MemberRole; addedBy?: string },
  ): Promise<VendorMemberRow> {
    return db.vendorMember.create({ data: member });
  }

  /** Removes a member row; false when it was already gone (a concurrent removal). */
  async removeMember(db: AuthDb, vendorId: string, userId: string): Promise<boolean> {
    const { count } = await db.vendorMember.deleteMany({ where: { vendorId, userId } });
    return count === 1;
  }

  countOwners(db: AuthDb, vendorId: string): Promise<number> {
    return db.vendorMember.count({ where: { vendorId, role: 'owner' } });
  }

  findById(id: string, db: AuthDb = this.prisma): Promise<VendorRow | null> {
    return db.vendor.findUnique({ where: { id } });
  }

  membershipOf(userId: string, db: AuthDb = this.prisma): Promise<VendorMemberRow | null> {
    return db.vendorMember.findUnique({ where: { userId } });
  }

  /** The members of each vendor, with the contact details a vendor view shows. */
  async members(vendorIds: string[]): Promise<Map<string, VendorMemberWithUser[]>> {
    const members = await this.prisma.vendorMember.findMany({
      where: { vendorId: { in: vendorIds } },
      orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
    });
    const users = await this.prisma.user.findMany({
      where: { id: { in: members.map((m) => m.userId) } },
      select: { id: true, phone: true, displayName: true },
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    const result = new Map<string, VendorMemberWithUser[]>(vendorIds.map((id) => [id, []]));
    for (const member of members) {
      result.get(member.vendorId)?.push({
        member,
        user: byId.get(member.userId) ?? { phone: null, displayName: null },
      });
    }
    return result;
  }

  /**
   * Applies a decision if nobody decided since `expectedVersion` was read (optimistic concurrency), bumping the
   * version the events carry. Null when another decision won.
   */
  async decide(
    db: AuthDb,
    id: string,
    expectedVersion: number,
    decision: { status: VendorStatus; reason: string | null; decidedBy: string; decidedAt: Date },
  ): Promise<VendorRow | null> {
    const { count } = await db.vendor.updateMany({
      where: { id, version: expectedVersion },
      data: {
        status: decision.status,
        decisionReason: decision.reason,
        decidedBy: decision.decidedBy,
        decidedAt: decision.decidedAt,
        updatedAt: decision.decidedAt,
        version: { increment: 1 },
      },
    });
    return count === 1 ? db.vendor.findUnique({ where: { id } }) : null;
  }

  /** Newest first, keyset on (created_at, id). */
  list(options: {
    status?: VendorStatus;
    limit: number;
    after?: { createdAt: Date; id: string };
  }): Promise<VendorRow[]> {
    const { status, limit, after } = options;
    return this.prisma.vendor.findMany({
      where: {
        ...(status ? { status } : {}),
        ...(after
          ? {
              OR: [
                { createdAt: { lt: after.createdAt } },
                { createdAt: after.createdAt, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
  }
}
