import { MemberRole } from '../domain/roles';
import { AuthDb, AuthPrismaClient, UserRow } from './auth-prisma';

export interface NewUser {
  id: string;
  kind: 'shopper' | 'vendor_staff' | 'admin';
  phone?: string;
  phoneVerifiedAt?: Date;
  email?: string;
  passwordHash?: string;
  displayName?: string;
  locale?: 'en' | 'bn';
  roles: string[];
  grantedBy?: string;
}

export interface UserIdentity {
  user: UserRow;
  directRoles: string[];
  membership?: { vendorId: string; role: MemberRole };
}

/** Every query on people, their directly granted roles and their TOTP state. */
export class UsersRepository {
  constructor(private readonly prisma: AuthPrismaClient) {}

  findById(id: string, db: AuthDb = this.prisma): Promise<UserRow | null> {
    return db.user.findUnique({ where: { id } });
  }

  findByPhone(phone: string, db: AuthDb = this.prisma): Promise<UserRow | null> {
    return db.user.findUnique({ where: { phone } });
  }

  findByEmail(email: string, db: AuthDb = this.prisma): Promise<UserRow | null> {
    return db.user.findUnique({ where: { email } });
  }

  async create(db: AuthDb, user: NewUser): Promise<UserRow> {
    const { roles, grantedBy, ...row } = user;
    const created = await db.user.create({ data: row });
    if (roles.length > 0) {
      await db.userRole.createMany({ data: roles.map((role) => ({ userId: user.id, role, grantedBy })) });
    }
    return created;
  }

  /** The person, their direct roles and their vendor membership: what a token is built from. */
  async identity(userId: string, db: AuthDb = this.prisma): Promise<UserIdentity | undefined> {
    const user = await db.user.findUnique({ where: { id: userId } });
    if (!user) return undefined;
    const [roles, member] = await Promise.all([
      db.userRole.findMany({ where: { userId }, orderBy: { role: 'asc' } }),
      db.vendorMember.findUnique({ where: { userId } }),
    ]);
    return {
      user,
      directRoles: roles.map((r) => r.role),
      membership: member ? { vendorId: member.vendorId, role: member.role as MemberRole } : undefined,
    };
  }

  async markPhoneVerified(db: AuthDb, id: string, at: Date): Promise<void> {
    await db.user.update({ where: { id }, data: { phoneVerifiedAt: at, updatedAt: at } });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { passwordHash, updatedAt: new Date() } });
  }

  async setPendingTotp(id: string, sealedSecret: string): Promise<void> {
    await this.prisma.user.update({
      where: { id },
      data: { totpPendingEnc: sealedSecret, updatedAt: new Date() },
    });
  }

  /** Turns TOTP on with the pending secret, once: false when it was on already. */
  async enableTotp(db: AuthDb, id: string, sealedSecret: string, step: number): Promise<boolean> {
    const { count } = await db.user.updateMany({
      where: { id, totpEnabledAt: null },
      data: {
        totpSecretEnc: sealedSecret,
        totpPendingEnc: null,
        totpEnabledAt: new Date(),
        totpLastStep: BigInt(step),
        updatedAt: new Date(),
      },
    });
    return count === 1;
  }

  /** Records a used TOTP step; false when that step (or a later one) was used already: a replayed code. */
  async useTotpStep(id: string, step: number): Promise<boolean> {
    const { count } = await this.prisma.user.updateMany({
      where: { id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: BigInt(step) } }] },
      data: { totpLastStep: BigInt(step) },
    });
    return count === 1;
  }
}
