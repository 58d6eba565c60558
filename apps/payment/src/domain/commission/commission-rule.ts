import { FieldError, ValidationException } from '@getit/errors';
import { isPoisha } from '@getit/contracts';
import { BASIS_POINTS_PER_WHOLE } from './poisha-rounding';

/** VAT on the marketplace's commission: 15% since the FY2025-26 budget; configurable because it has changed before. */
export const DEFAULT_VAT_ON_COMMISSION_BPS = 1_500;

/**
 * A commission rule: a percentage (in basis points, 1,000 = 10%) with a minimum per order line. A rule applies to
 * one vendor, one category, one vendor in one category, or (neither set) the whole marketplace.
 */
export interface CommissionRule {
  id: string;
  vendorId: string | null;
  categorySlug: string | null;
  rateBps: number;
  minimumPoisha: number;
}

export type CommissionRuleScope = 'vendor_category' | 'vendor' | 'category' | 'marketplace';

/** The most specific scope first: the order in which rules are tried. */
export const COMMISSION_RULE_PRECEDENCE: readonly CommissionRuleScope[] = [
  'vendor_category',
  'vendor',
  'category',
  'marketplace',
];

/** The rule set in force: validated once so a lookup can never be ambiguous or come back empty. */
export interface CommissionSchedule {
  readonly rules: readonly CommissionRule[];
  readonly vatRateBps: number;
}

/**
 * The commission terms copied onto an order line when it is sold. Later rule changes never touch a sold line:
 * delivery and refunds use exactly these numbers.
 */
export interface FrozenCommission {
  ruleId: string;
  rateBps: number;
  minimumPoisha: number;
  vatRateBps: number;
}

export function commissionRuleScope(
  rule: Pick<CommissionRule, 'vendorId' | 'categorySlug'>,
): CommissionRuleScope {
  if (rule.vendorId !== null) return rule.categorySlug !== null ? 'vendor_category' : 'vendor';
  return rule.categorySlug !== null ? 'category' : 'marketplace';
}

export function createCommissionRule(input: {
  id: string;
  vendorId?: string | null;
  categorySlug?: string | null;
  rateBps: number;
  minimumPoisha?: number;
}): CommissionRule {
  const rule: CommissionRule = {
    id: input.id.trim(),
    vendorId: blankToNull(input.vendorId),
    categorySlug: blankToNull(input.categorySlug),
    rateBps: input.rateBps,
    minimumPoisha: input.minimumPoisha ?? 0,
  };
  const problems: FieldError[] = [];
  if (!rule.id) problems.push({ field: 'id', reason: 'must not be empty' });
  if (!isBasisPoints(rule.rateBps))
    problems.push({ field: 'rateBps', reason: 'must be a whole number of basis points from 0 to 10000' });
  if (!isPoisha(rule.minimumPoisha))
    problems.push({ field: 'minimumPoisha', reason: 'must be a whole number of poisha, at least 0' });
  if (problems.length > 0) throw new ValidationException('The commission rule is invalid.', problems);
  return rule;
}

/**
 * Validates a rule set: exactly one marketplace default, at most one rule per vendor, category or vendor+category,
 * unique ids, and a VAT rate from 0 to 100%.
 */
export function createCommissionSchedule(
  rules: readonly CommissionRule[],
  vatRateBps: number = DEFAULT_VAT_ON_COMMISSION_BPS,
): CommissionSchedule {
  const problems: FieldError[] = [];
  if (!isBasisPoints(vatRateBps))
    problems.push({ field: 'vatRateBps', reason: 'must be a whole number of basis points from 0 to 10000' });
  const ids = new Set<string>();
  const scopes = new Map<string, string>();
  rules.forEach((rule, i) => {
    if (ids.has(rule.id)) problems.push({ field: `rules.${i}.id`, reason: `duplicates rule ${rule.id}` });
    ids.add(rule.id);
    const key = scopeKey(rule);
    const clash = scopes.get(key);
    if (clash !== undefined)
      problems.push({
        field: `rules.${i}`,
        reason: `applies to the same ${commissionRuleScope(rule)} as ${clash}`,
      });
    else scopes.set(key, rule.id);
  });
  if (!rules.some((rule) => commissionRuleScope(rule) === 'marketplace'))
    problems.push({ field: 'rules', reason: 'needs one marketplace default (no vendor, no category)' });
  if (problems.length > 0) throw new ValidationException('The commission schedule is invalid.', problems);
  return { rules: [...rules], vatRateBps };
}

/** The rule for a line: vendor+category, else vendor, else category, else the marketplace default. */
export function commissionRuleFor(
  schedule: CommissionSchedule,
  line: { vendorId: string; categorySlug?: string | null },
): CommissionRule {
  const categorySlug = line.categorySlug ?? null;
  const wanted: Record<CommissionRuleScope, string | null> = {
    vendor_category: categorySlug === null ? null : scopeKey({ vendorId: line.vendorId, categorySlug }),
    vendor: scopeKey({ vendorId: line.vendorId, categorySlug: null }),
    category: categorySlug === null ? null : scopeKey({ vendorId: null, categorySlug }),
    marketplace: scopeKey({ vendorId: null, categorySlug: null }),
  };
  for (const scope of COMMISSION_RULE_PRECEDENCE) {
    const key = wanted[scope];
    const rule = key === null ? undefined : schedule.rules.find((r) => scopeKey(r) === key);
    if (rule) return rule;
  }
  throw new RangeError('a validated schedule always has a marketplace default');
}

/** Chooses the rule for a line and copies its terms with the schedule's VAT rate, to be stored on the line. */
export function freezeCommission(
  schedule: CommissionSchedule,
  line: { vendorId: string; categorySlug?: string | null },
): FrozenCommission {
  const rule = commissionRuleFor(schedule, line);
  return {
    ruleId: rule.id,
    rateBps: rule.rateBps,
    minimumPoisha: rule.minimumPoisha,
    vatRateBps: schedule.vatRateBps,
  };
}

function scopeKey(rule: Pick<CommissionRule, 'vendorId' | 'categorySlug'>): string {
  return JSON.stringify([rule.vendorId, rule.categorySlug]);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function isBasisPoints(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= BASIS_POINTS_PER_WHOLE;
}
