import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { base32Decode } from '../domain/base32';
import { AuthTx } from '../infrastructure/auth-prisma';
import { PasswordHasher } from '../infrastructure/crypto/password-hasher';
import { SecretBox } from '../infrastructure/crypto/secret-box';
import { NewUser, UsersRepository } from '../infrastructure/users.repository';
import { VendorsRepository } from '../infrastructure/vendors.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { DEMO_ADMIN, DEMO_SHOPPER, DEMO_VENDORS } from './demo-accounts';
import { recordPhoneVerified, recordRegistered } from './user-events';

/**
 * Creates the demo accounts and the two approved demo vendors if they are missing, with the same events real
 * sign-ups and approvals publish. Safe to run at every start.
 */
export class DemoSeeder {
  constructor(
    private readonly users: UsersRepository,
    private readonly vendors: VendorsRepository,
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly deps: { hasher: PasswordHasher; totpBox: SecretBox; audit: AuditTrail },
  ) {}

  /** Returns how many records it created. */
  async seed(ctx: AuthContext): Promise<number> {
    let created = 0;
    const admin = await this.ensureUser(ctx, DEMO_ADMIN.email, async (id) => ({
      id,
      kind: 'admin',
      email: DEMO_ADMIN.email,
      displayName: DEMO_ADMIN.displayName,
      passwordHash: await this.deps.hasher.hash(DEMO_ADMIN.password),
      roles: ['admin:super-admin'],
    }));
    if (admin.created) {
      created += 1;
      const secret = base32Decode(DEMO_ADMIN.totpSecret)!;
      await this.unitOfWork.run(ctx, ({ tx }) =>
        this.users.enableTotp(tx, admin.id, this.deps.totpBox.seal(secret, admin.id), 0),
      );
    }
    const shopper = await this.ensureUser(ctx, DEMO_SHOPPER.phone, async (id) => ({
      id,
      kind: 'shopper',
      phone: DEMO_SHOPPER.phone,
      phoneVerifiedAt: new Date(),
      displayName: DEMO_SHOPPER.displayName,
      passwordHash: await this.deps.hasher.hash(DEMO_SHOPPER.password),
      roles: ['shopper'],
    }));
    if (shopper.created) created += 1;
    for (const vendor of DEMO_VENDORS) {
      const owner = await this.ensureUser(ctx, vendor.owner.phone, async (id) => ({
        id,
        kind: 'vendor_staff',
        phone: vendor.owner.phone,
        phoneVerifiedAt: new Date(),
        displayName: vendor.owner.displayName,
        passwordHash: await this.deps.hasher.hash(vendor.owner.password),
        roles: ['shopper'],
      }));
      if (owner.created) created += 1;
      if (await this.ensureApprovedVendor(ctx, vendor, owner.id, admin.id)) created += 1;
    }
    return created;
  }

  private async ensureUser(
    ctx: AuthContext,
    identifier: string,
    build: (id: string) => Promise<NewUser>,
  ): Promise<{ id: string; created: boolean }> {
    const find = (id: string) => (id.includes('@') ? this.users.findByEmail(id) : this.users.findByPhone(id));
    const existing = await find(identifier);
    if (existing) return { id: existing.id, created: false };
    const row = await build(randomUUID());
    const user = await this.unitOfWork.run(ctx, async ({ tx, record }) => {
      const user = await this.users.create(tx, row);
      recordRegistered(record, ctx, user);
      if (user.phoneVerifiedAt) recordPhoneVerified(record, ctx, user, user.phoneVerifiedAt);
      return user;
    });
    return { id: user.id, created: true };
  }

  private async ensureApprovedVendor(
    ctx: AuthContext,
    vendor: (typeof DEMO_VENDORS)[number],
    ownerId: string,
    adminId: string,
  ): Promise<boolean> {
    if (await this.vendors.findById(vendor.id)) return false;
    const { application } = vendor;
    await this.unitOfWork.run(ctx, async ({ tx, record }) => {
      const now = new Date();
      const row = await this.vendors.create(tx, {
        id: vendor.id,
        shopName: application.shopName,
        slug: application.slug,
        status: 'approved',
        addressLine1: application.businessAddress.line1,
        division: application.businessAddress.division,
        district: application.businessAddress.district,
        postcode: application.businessAddress.postcode,
        tradeLicenceNumber: application.tradeLicenceNumber,
        ownerNid: application.ownerNid,
        payoutMethod: application.payout.method,
        payout: application.payout,
        documents: application.documents,
        applicantId: ownerId,
        decidedBy: adminId,
        decidedAt: now,
        version: 2,
      });
      await this.vendors.addMember(tx, {
        vendorId: row.id,
        userId: ownerId,
        role: 'owner',
        addedBy: ownerId,
      });
      record(
        createEnvelope(
          'auth.vendor-approved.v1',
          {
            vendorId: row.id,
            shopName: row.shopName,
            slug: row.slug,
            decidedBy: adminId,
            version: row.version,
            district: row.district,
            payoutMethod: application.payout.method,
          },
          { producer: 'auth', correlationId: ctx.correlationId, key: row.id },
        ),
      );
      await this.deps.audit.record(
        ctx,
        {
          action: 'vendor.approve',
          outcome: 'success',
          targetType: 'vendor',
          targetId: row.id,
          details: { seeded: true },
        },
        tx,
      );
    });
    return true;
  }
}
