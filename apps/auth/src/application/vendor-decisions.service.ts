import { AdminVendorsQuery, createEnvelope, EventEnvelope, VendorPage, VendorView } from '@getit/contracts';
import { ConflictException, NotFoundException, ValidationException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { assertAdmin } from '../domain/access-policy';
import { decodeCursor, encodeCursor } from '../domain/page-cursor';
import { ADMIN_ROLES, VENDOR_DECIDERS } from '../domain/roles';
import {
  DECISIONS_NEEDING_REASON,
  nextVendorStatus,
  VendorDecision,
  VendorStatus,
} from '../domain/vendor-lifecycle';
import { AuthTx, VendorRow } from '../infrastructure/auth-prisma';
import { VendorsRepository } from '../infrastructure/vendors.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';
import { toVendorView } from './vendor.mapper';

/**
 * Admins govern vendors: list them by status, approve or reject an application, suspend and reinstate. Each
 * decision changes the vendor, writes the audit entry and records its event in one transaction.
 */
export class VendorDecisionsService {
  constructor(
    private readonly vendors: VendorsRepository,
    private readonly unitOfWork: UnitOfWork<AuthTx>,
    private readonly deps: { guard: CallerGuard; audit: AuditTrail },
  ) {}

  async list(ctx: AuthContext, query: AdminVendorsQuery): Promise<VendorPage> {
    const caller = await this.deps.guard.active(ctx);
    await this.deps.audit.denied(ctx, 'admin.vendors.list', undefined, () =>
      assertAdmin(caller, ADMIN_ROLES),
    );
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: 'is not a valid cursor' },
      ]);
    }
    const rows = await this.vendors.list({ status: query.status, limit: query.limit + 1, after });
    const page = rows.slice(0, query.limit);
    const members = await this.vendors.members(page.map((row) => row.id));
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toVendorView(row, members.get(row.id) ?? [], 'full')),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
  }

  async decide(
    ctx: AuthContext,
    vendorId: string,
    decision: VendorDecision,
    reason?: string,
  ): Promise<VendorView> {
    const action = `vendor.${decision}`;
    const caller = await this.deps.guard.active(ctx);
    await this.deps.audit.denied(ctx, action, vendorId, () => assertAdmin(caller, VENDOR_DECIDERS));
    if (DECISIONS_NEEDING_REASON.has(decision) && !reason) {
      throw new ValidationException('A reason is required.', [{ field: 'reason', reason: 'is required' }]);
    }
    const vendor = await this.vendors.findById(vendorId);
    if (!vendor) throw new NotFoundException('No such vendor.');
    const status = nextVendorStatus(vendor.status as VendorStatus, decision);
    const decided = await this.unitOfWork.run(ctx, async ({ tx, record }) => {
      const updated = await this.vendors.decide(tx, vendorId, vendor.version, {
        status,
        reason: reason ?? null,
        decidedBy: caller.userId,
        decidedAt: new Date(),
      });
      if (!updated)
        throw new ConflictException('Another decision on this vendor was made just now; reload it.');
      record(this.event(ctx, decision, updated));
      await this.deps.audit.record(
        ctx,
        {
          action,
          outcome: 'success',
          targetType: 'vendor',
          targetId: vendorId,
          details: {
            from: vendor.status,
            to: status,
            version: updated.version,
            ...(reason ? { reason } : {}),
          },
        },
        tx,
      );
      return updated;
    });
    const members = await this.vendors.members([vendorId]);
    return toVendorView(decided, members.get(vendorId) ?? [], 'full');
  }

  /** The decision's event, keyed by vendor id, with the vendor's new version so consumers can order them. */
  private event(ctx: AuthContext, decision: VendorDecision, vendor: VendorRow): EventEnvelope {
    const origin = { producer: 'auth', correlationId: ctx.correlationId, key: vendor.id };
    const common = {
      vendorId: vendor.id,
      shopName: vendor.shopName,
      slug: vendor.slug,
      decidedBy: vendor.decidedBy!,
      version: vendor.version,
    };
    const reason = vendor.decisionReason ?? undefined;
    switch (decision) {
      case 'approve':
        return createEnvelope(
          'auth.vendor-approved.v1',
          {
            ...common,
            reason,
            district: vendor.district,
            payoutMethod: vendor.payoutMethod as 'bkash' | 'nagad' | 'bank',
          },
          origin,
        );
      case 'reject':
        return createEnvelope('auth.vendor-rejected.v1', { ...common, reason: reason! }, origin);
      case 'suspend':
        return createEnvelope('auth.vendor-suspended.v1', { ...common, reason: reason! }, origin);
      case 'reinstate':
        return createEnvelope('auth.vendor-reinstated.v1', { ...common, reason }, origin);
    }
  }
}
