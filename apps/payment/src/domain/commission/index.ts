export { basisPointsOf, proportionOf, BASIS_POINTS_PER_WHOLE } from './poisha-rounding';
export {
  COMMISSION_RULE_PRECEDENCE,
  DEFAULT_VAT_ON_COMMISSION_BPS,
  commissionRuleFor,
  commissionRuleScope,
  createCommissionRule,
  createCommissionSchedule,
  freezeCommission,
} from './commission-rule';
export type {
  CommissionRule,
  CommissionRuleScope,
  CommissionSchedule,
  FrozenCommission,
} from './commission-rule';
export {
  commissionForLine,
  commissionForLines,
  retainedShares,
  sharesOfRefund,
} from './commission-calculator';
export type { CommissionTotals, GoodsShares, LineCommission } from './commission-calculator';
