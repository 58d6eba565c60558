import { randomUUID } from 'node:crypto';
import {
  CommissionRuleList,
  CommissionRulesQuery,
  CommissionRuleView,
  CreateCommissionRuleRequest,
} from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { ConflictException, NotFoundException } from '@getit/errors';
import { AuditRecorder, UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  commissionRuleScope,
  CommissionSchedule,
  createCommissionRule,
  createCommissionSchedule,
  requireFinance,
} from '../../domain';
import { CommissionRulesRepository } from '../../infrastructure/ledger/commission-rules.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';
import { toCommissionRule, toCommissionRuleView } from './ledger.mapper';

/**
 * The commission rules finance maintains (a rate with a minimum per line, per vendor and/or category, and the
 * marketplace default) and the schedule in force, which `order.placed.v1` freezes onto every sold line.
 */
export class CommissionRulesService {
  constructor(
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly rules: CommissionRulesRepository,
    private readonly vatRateBps: number,
    private readonly audit: AuditRecorder,
  ) {}

  async list(ctx: RequestContext, query: CommissionRulesQuery): Promise<CommissionRuleList> {
    requireFinance(ctx, 'read commission rules');
    const rows = await this.rules.list(query.includeInactive === 'true');
    return { items: rows.map(toCommissionRuleView), vatRateBps: this.vatRateBps };
  }

  /**
   * A new rule for its scope; the scope's active rule (if any) is deactivated. Sold lines keep their terms.
   * Concurrent changes of one scope queue on the scope's lock, so each replaces the one before it and exactly one
   * rule stays active.
   */
  async create(ctx: RequestContext, request: CreateCommissionRuleRequest): Promise<CommissionRuleView> {
    const id = randomUUID();
    const details = {
      vendorId: request.vendorId ?? null,
      categorySlug: request.categorySlug ?? null,
      rateBps: request.rateBps,
      minimumPoisha: request.minimumPoisha ?? 0,
    };
    const target = {
      action: 'payment.commission-rule.create',
      targetType: 'commission-rule',
      targetId: id,
      details,
    };
    return this.audit.attempt(ctx, target, async () => {
      const by = requireFinance(ctx, 'change commission rules');
      const rule = createCommissionRule({ id, ...details });
      const row = await this.raced(() =>
        this.unitOfWork.run(ctx, async ({ tx }) => {
          await this.rules.lockScope(tx, rule.vendorId, rule.categorySlug);
          const created = await this.rules.replaceInScope(tx, { ...rule, createdBy: by }, new Date());
          await this.audit.record(tx, ctx, target);
          return created;
        }),
      );
      return toCommissionRuleView(row);
    });
  }

  /** Deactivates a rule; lines of its scope fall back to the next rule. The marketplace default stays. */
  async deactivate(ctx: RequestContext, ruleId: string): Promise<CommissionRuleView> {
    const target = {
      action: 'payment.commission-rule.deactivate',
      targetType: 'commission-rule',
      targetId: ruleId,
    };
    return this.audit.attempt(ctx, target, async () => {
      const by = requireFinance(ctx, 'change commission rules');
      return this.unitOfWork.run(ctx, async ({ tx }) => {
        const found = await this.rules.find(tx, ruleId);
        if (!found)
          throw new NotFoundException(`No commission rule ${ruleId}.`, { extensions: { field: 'ruleId' } });
        await this.rules.lockScope(tx, found.vendorId, found.categorySlug);
        const row = (await this.rules.find(tx, ruleId))!;
        if (commissionRuleScope(row) === 'marketplace' && row.active)
          throw new ConflictException(
            'The marketplace default cannot be deactivated; post a new marketplace rule to change it.',
            { extensions: { ruleId } },
          );
        if (row.active && (await this.rules.deactivate(tx, ruleId, by, new Date())))
          await this.audit.record(tx, ctx, target);
        return toCommissionRuleView((await this.rules.find(tx, ruleId))!);
      });
    });
  }

  /**
   * The rules in force right now with the configured VAT rate, in the caller's transaction, read in the statement
   * that takes the order's funding lock (a sale's first step, `PackageSalesService.recordSale`).
   */
  async scheduleTakingOrderFunding(tx: PaymentTx, orderId: string): Promise<CommissionSchedule> {
    return createCommissionSchedule(
      (await this.rules.activeTakingOrderFunding(tx, orderId)).map(toCommissionRule),
      this.vatRateBps,
    );
  }

  /** A scope's unique active rule, should two writers still meet there: 409, nothing written. */
  private async raced<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'commission_rules_one_active_per_scope'))
        throw new ConflictException(
          'Another change to this commission scope was saved just now; reload it.',
          {
            cause: error,
          },
        );
      throw error;
    }
  }
}
