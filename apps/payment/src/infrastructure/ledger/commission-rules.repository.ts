import { PaymentPrismaClient, PaymentTx } from '../payment-prisma';
import { ORDER_FUNDING_LOCK } from './package-settlements.repository';
import type { CommissionRule as CommissionRuleRow } from '../prisma/generated/client';

export type { CommissionRuleRow };

export interface NewCommissionRule {
  id: string;
  vendorId: string | null;
  categorySlug: string | null;
  rateBps: number;
  minimumPoisha: number;
  createdBy: string;
}

/** Commission rules: at most one active per scope (a partial unique index), the old ones kept inactive. */
export class CommissionRulesRepository {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    /** Qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  /**
   * The active rules, oldest first, read in the statement that takes the order's funding lock (`PackageSettlementsRepository.lockOrderFunding`)
   * for a sale: one round trip. The rules are read as they stood when the statement began; the lock orders the sale
   * and the capture only, never rule changes.
   */
  async activeTakingOrderFunding(tx: PaymentTx, orderId: string): Promise<CommissionRuleRow[]> {
    const rows = await tx.$queryRawUnsafe<(CommissionRuleRow | { id: null })[]>(
      `WITH funding AS MATERIALIZED (SELECT ${ORDER_FUNDING_LOCK})
       SELECT r.id, r.vendor_id::text AS "vendorId", r.category_slug AS "categorySlug", r.rate_bps AS "rateBps",
              r.minimum_poisha AS "minimumPoisha", r.active, r.created_by AS "createdBy", r.created_at AS "createdAt",
              r.deactivated_by AS "deactivatedBy", r.deactivated_at AS "deactivatedAt"
         FROM funding LEFT JOIN ${this.table('commission_rules')} r ON r.active
        ORDER BY r.created_at`,
      orderId,
    );
    return rows.filter((row): row is CommissionRuleRow => row.id !== null);
  }

  list(includeInactive: boolean): Promise<CommissionRuleRow[]> {
    return this.prisma.commissionRule.findMany({
      where: includeInactive ? {} : { active: true },
      orderBy: [{ active: 'desc' }, { createdAt: 'asc' }],
    });
  }

  find(db: PaymentTx | PaymentPrismaClient, id: string): Promise<CommissionRuleRow | null> {
    return db.commissionRule.findUnique({ where: { id } });
  }

  /** Holds the scope (vendor × category) until the transaction ends: changes of one scope queue. */
  async lockScope(tx: PaymentTx, vendorId: string | null, categorySlug: string | null): Promise<void> {
    await tx.$executeRawUnsafe(
      `SELECT pg_advisory_xact_lock(hashtext('payment.commission-scope'), hashtext($1))`,
      `${vendorId ?? ''}|${categorySlug ?? ''}`,
    );
  }

  /** Deactivates the active rule of the new rule's scope, if any, and inserts the new one. */
  async replaceInScope(tx: PaymentTx, rule: NewCommissionRule, at: Date): Promise<CommissionRuleRow> {
    await tx.commissionRule.updateMany({
      where: { active: true, vendorId: rule.vendorId, categorySlug: rule.categorySlug },
      data: { active: false, deactivatedAt: at, deactivatedBy: rule.createdBy },
    });
    return tx.commissionRule.create({
      data: { ...rule, minimumPoisha: BigInt(rule.minimumPoisha), createdAt: at },
    });
  }

  /** False when the rule was not active (any more). */
  async deactivate(tx: PaymentTx, id: string, by: string, at: Date): Promise<boolean> {
    const moved = await tx.commissionRule.updateMany({
      where: { id, active: true },
      data: { active: false, deactivatedAt: at, deactivatedBy: by },
    });
    return moved.count > 0;
  }
}
