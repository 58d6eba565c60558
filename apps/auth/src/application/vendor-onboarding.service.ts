import { randomUUID } from 'node:crypto';
import { AddVendorStaffBody, VendorApplicationBody, VendorMemberView, VendorView } from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { ConflictException, ForbiddenException, NotFoundException, ValidationException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { isMfaAdmin, mayReadVendor } from '../domain/access-policy';
import { checkAddress } from '@getit/contracts';
import { canAddMember, MemberRole, memberRemovalRefusal } from '../domain/roles';
import { AuthTx } from '../infrastructure/auth-prisma';
import { UsersRepository } from '../infrastructure/users.repository';
import { VendorsRepository } from '../infrastructure/vendors.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';
import { recordRegistered } from './user-events';
import { toMemberView, toVendorView } from './vendor.mapper';

const NO_VENDOR = 'No such vendor.';

/** A person applies to sell (and owns the new vendor), reads their vendor, and adds their staff. */
export class VendorOnboardingService {
  constructor(
    private readonly vendors: VendorsRepository,
    private readonly users: UsersRepository,
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly deps: { guard: CallerGuard; audit: AuditTrail },
  ) {}

  /**
   * The applicant becomes the pending vendor's owner. Their current access token predates that: the next
   * refresh carries `vendor:owner` and the vendor id.
   */
  async apply(ctx: AuthContext, body: VendorApplicationBody): Promise<VendorView> {
    const caller = await this.deps.guard.active(ctx);
    const address = checkAddress(body.businessAddress);
    if (!address.ok) {
      throw new ValidationException(
        'The business address is not a Bangladesh address we know.',
        address.problems.map((p) => ({ field: `businessAddress.${p.field}`, reason: p.reason })),
      );
    }
    if (await this.vendors.membershipOf(caller.userId)) {
      throw new ConflictException('You already belong to a vendor.');
    }
    const id = randomUUID();
    try {
      const vendor = await this.unitOfWork.run(ctx, async ({ tx }) => {
        const created = await this.vendors.create(tx, {
          id,
          shopName: body.shopName,
          slug: body.slug,
          addressLine1: body.businessAddress.line1,
          addressLine2: body.businessAddress.line2,
          division: address.division,
          district: address.district,
          postcode: body.businessAddress.postcode,
          tradeLicenceNumber: body.tradeLicenceNumber,
          ownerNid: body.ownerNid,
          payoutMethod: body.payout.method,
          payout: body.payout,
          documents: body.documents,
          applicantId: caller.userId,
        });
        await this.vendors.addMember(tx, {
          vendorId: id,
          userId: caller.userId,
          role: 'owner',
          addedBy: caller.userId,
        });
        await this.deps.audit.record(
          ctx,
          {
            action: 'vendor.apply',
            outcome: 'success',
            targetType: 'vendor',
            targetId: id,
            details: { slug: body.slug },
          },
          tx,
        );
        return created;
      });
      return this.view(vendor.id, 'full');
    } catch (error) {
      if (isUniqueViolation(error)) {
        if (isUniqueViolation(error, 'user_id'))
          throw new ConflictException('You already belong to a vendor.');
        throw new ConflictException(`The shop address "${body.slug}" is taken.`, {
          extensions: { field: 'slug' },
        });
      }
      throw error;
    }
  }

  /** For the vendor's own staff and MFA admins; anyone else gets 404, so vendor ids cannot be probed. */
  async get(ctx: AuthContext, vendorId: string): Promise<VendorView> {
    const caller = await this.deps.guard.active(ctx);
    if (!mayReadVendor(caller, vendorId)) {
      await this.deps.audit.record(ctx, {
        action: 'vendor.read',
        outcome: 'denied',
        targetType: 'vendor',
        targetId: vendorId,
      });
      throw new NotFoundException(NO_VENDOR);
    }
    if (isMfaAdmin(caller)) return this.view(vendorId, 'full');
    const membership = await this.vendors.membershipOf(caller.userId);
    if (membership?.vendorId !== vendorId) throw new NotFoundException(NO_VENDOR);
    return this.view(vendorId, membership.role === 'owner' ? 'full' : 'masked');
  }

  /**
   * Adds a person, by mobile number, as manager or staff. A number without an account gets one (no password;
   * they log in with an SMS code). A person works for one vendor at most; admins for none.
   */
  async addStaff(ctx: AuthContext, vendorId: string, body: AddVendorStaffBody): Promise<VendorMemberView> {
    const caller = await this.deps.guard.active(ctx);
    const membership = await this.vendors.membershipOf(caller.userId);
    if (caller.vendorId !== vendorId || membership?.vendorId !== vendorId)
      throw new NotFoundException(NO_VENDOR);
    if (!canAddMember(membership.role as MemberRole, body.role)) {
      await this.deps.audit.record(ctx, {
        action: 'vendor.staff.add',
        outcome: 'denied',
        targetType: 'vendor',
        targetId: vendorId,
      });
      throw new ForbiddenException(
        membership.role === 'staff' ? 'Staff cannot add members.' : 'Managers can add staff only.',
      );
    }
    const vendor = await this.vendors.findById(vendorId);
    if (!vendor) throw new NotFoundException(NO_VENDOR);
    if (vendor.status === 'rejected' || vendor.status === 'suspended') {
      throw new ConflictException(`A ${vendor.status} vendor cannot add members.`);
    }
    const userId = await this.unitOfWork.run(ctx, async ({ tx, record }) => {
      let user = await this.users.findByPhone(body.phone, tx);
      if (!user) {
        user = await this.users.create(tx, {
          id: randomUUID(),
          kind: 'vendor_staff',
          phone: body.phone,
          displayName: body.displayName,
          locale: ctx.locale,
          roles: ['shopper'],
          grantedBy: caller.userId,
        });
        recordRegistered(record, ctx, user);
      }
      if (user.kind === 'admin') throw new ConflictException('Admin accounts cannot join a vendor.');
      if (await this.vendors.membershipOf(user.id, tx)) {
        throw new ConflictException('That person already works for a vendor.', {
          extensions: { field: 'phone' },
        });
      }
      await this.vendors.addMember(tx, {
        vendorId,
        userId: user.id,
        role: body.role,
        addedBy: caller.userId,
      });
      await this.deps.audit.record(
        ctx,
        {
          action: 'vendor.staff.add',
          outcome: 'success',
          targetType: 'vendor',
          targetId: vendorId,
          details: { userId: user.id, role: body.role },
        },
        tx,
      );
      return user.id;
    });
    const members = (await this.vendors.members([vendorId])).get(vendorId) ?? [];
    return toMemberView(members.find((m) => m.member.userId === userId)!);
  }

  /**
   * Owners remove a manager or staff member. Refused with 409 for oneself and for the last owner. The removed
   * person's access token keeps working until it expires; their next refresh re-reads the membership and carries
   * no vendor role or vendor id (no event: adding staff publishes none either; the audit log records both).
   */
  async removeStaff(ctx: AuthContext, vendorId: string, userId: string): Promise<void> {
    const caller = await this.deps.guard.active(ctx);
    const membership = await this.vendors.membershipOf(caller.userId);
    if (caller.vendorId !== vendorId || membership?.vendorId !== vendorId)
      throw new NotFoundException(NO_VENDOR);
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      const target = await this.vendors.membershipOf(userId, tx);
      if (target?.vendorId !== vendorId) {
        throw new NotFoundException('No such member of this vendor.', { extensions: { field: 'userId' } });
      }
      const refusal = memberRemovalRefusal(
        { userId: caller.userId, role: membership.role as MemberRole },
        { userId, role: target.role as MemberRole },
        await this.vendors.countOwners(tx, vendorId),
      );
      if (refusal === 'not-owner') throw new ForbiddenException('Only owners can remove members.');
      if (refusal) {
        throw new ConflictException(
          refusal === 'self' ? 'You cannot remove yourself.' : 'The last owner cannot be removed.',
          { extensions: { field: 'userId', reason: refusal } },
        );
      }
      if (!(await this.vendors.removeMember(tx, vendorId, userId))) {
        throw new NotFoundException('No such member of this vendor.', { extensions: { field: 'userId' } });
      }
      await this.deps.audit.record(
        ctx,
        {
          action: 'vendor.staff.remove',
          outcome: 'success',
          targetType: 'vendor',
          targetId: vendorId,
          details: { userId, role: target.role },
        },
        tx,
      );
    });
  }

  private async view(vendorId: string, audience: 'full' | 'masked'): Promise<VendorView> {
    const vendor = await this.vendors.findById(vendorId);
    if (!vendor) throw new NotFoundException(NO_VENDOR);
    const members = (await this.vendors.members([vendorId])).get(vendorId) ?? [];
    return toVendorView(vendor, members, audience);
  }
}
