import { randomUUID } from 'node:crypto';
import {
  CommissionRuleList,
  CommissionRulesQuery,
  CommissionRuleView,
  CreateCommissionRuleRequest,
} from '@getit/contracts';
import { ConflictException, NotFoundException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import {
  CommissionSchedule,
  commissionRuleScope,
  createCommissionRule,
  createCommissionSchedule,
} from '../../domain';
import { CommissionRulesRepository } from '../../infrastructure/ledger/commission-rules.repository';
import { PaymentPrismaClient, PaymentTx } from '../../infrastructure/payment-prisma';
import { requireFinance } from './ledger-access.policy';
import { toCommissionRule, toCommissionRuleView } from './ledger.mapper';

/**
 * The commission rules finance maintains (a rate with a minimum per line, per vendor and/or category, and the
 * marketplace default) and the schedule in force, which `order.placed.v1` freezes onto every sold line.
 */
export class CommissionRulesService {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    private readonly rules: CommissionRulesRepository,
    private readonly vatRateBps: number,
  ) {}

  async list(ctx: RequestContext, query: CommissionRulesQuery): Promise<CommissionRuleList> {
    requireFinance(ctx, 'read commission rules');
    const rows = await this.rules.list(query.includeInactive === 'true');
    return { items: rows.map(toCommissionRuleView), vatRateBps: this.vatRateBps };
  }

  /** A new rule for its scope; the scope's active rule (if any) is deactivated. Sold lines keep their terms. */
  async create(ctx: RequestContext, request: CreateCommissionRuleRequest): Promise<CommissionRuleView> {
    const by = requireFinance(ctx, 'change commission rules');
    const rule = createCommissionRule({
      id: randomUUID(),
      vendorId: request.vendorId ?? null,
      categorySlug: request.categorySlug ?? null,
      rateBps: request.rateBps,
      minimumPoisha: request.minimumPoisha ?? 0,
    });
    const row = await this.prisma.$transaction((tx) =>
      this.rules.replaceInScope(tx, { ...rule, createdBy: by }, new Date()),
    );
    return toCommissionRuleView(row);
  }

  /** Deactivates a rule; lines of its scope fall back to the next rule. The marketplace default stays. */
  async deactivate(ctx: RequestContext, ruleId: string): Promise<CommissionRuleView> {
    const by = requireFinance(ctx, 'change commission rules');
    return this.prisma.$transaction(async (tx) => {
      const row = await this.rules.find(tx, ruleId);
      if (!row)
        throw new NotFoundException(`No commission rule ${ruleId}.`, { extensions: { field: 'ruleId' } });
      if (commissionRuleScope(row) === 'marketplace' && row.active)
        throw new ConflictException(
          'The marketplace default cannot be deactivated; post a new marketplace rule to change it.',
          { extensions: { ruleId } },
        );
      if (row.active) await this.rules.deactivate(tx, ruleId, by, new Date());
      return toCommissionRuleView((await this.rules.find(tx, ruleId))!);
    });
  }

  /** The rules in force right now with the configured VAT rate, in the caller's transaction. */
  async schedule(tx: PaymentTx): Promise<CommissionSchedule> {
    return createCommissionSchedule((await this.rules.active(tx)).map(toCommissionRule), this.vatRateBps);
  }
}
