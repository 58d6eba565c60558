import { PaymentPrismaClient, PaymentTx } from '../payment-prisma';
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
  constructor(private readonly prisma: PaymentPrismaClient) {}

  active(db: PaymentTx | PaymentPrismaClient): Promise<CommissionRuleRow[]> {
    return db.commissionRule.findMany({ where: { active: true }, orderBy: { createdAt: 'asc' } });
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
