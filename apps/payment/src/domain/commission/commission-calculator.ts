import { FieldError, ValidationException } from '@getit/errors';
import { isPoisha } from '@getit/contracts';
import { FrozenCommission } from './commission-rule';
import { BASIS_POINTS_PER_WHOLE, basisPointsOf, proportionOf } from './poisha-rounding';

export interface LineCommission {
  commissionPoisha: number;
  vatPoisha: number;
}

/** A package's goods and the commission and VAT frozen on its lines at sale. */
export interface CommissionTotals {
  goodsPoisha: number;
  commissionPoisha: number;
  vatPoisha: number;
}

/** How an amount of goods divides between the platform (commission, VAT on it) and the vendor. */
export interface GoodsShares {
  goodsPoisha: number;
  commissionPoisha: number;
  vatPoisha: number;
  vendorPoisha: number;
}

/**
 * Commission on one line: `rateBps` of the line total, at least `minimumPoisha`, then VAT at `vatRateBps` on the
 * commission, each rounded half up. The minimum never takes commission plus VAT above the line total: on a ৳15 line
 * with a ৳20 minimum the commission is lowered until commission + VAT fit in ৳15, so the vendor is never owed a
 * negative amount.
 */
export function commissionForLine(lineTotalPoisha: number, frozen: FrozenCommission): LineCommission {
  assertLine(lineTotalPoisha, frozen);
  const wanted = Math.max(basisPointsOf(lineTotalPoisha, frozen.rateBps), frozen.minimumPoisha);
  const commissionPoisha = Math.min(wanted, largestCommissionWithin(lineTotalPoisha, frozen.vatRateBps));
  return { commissionPoisha, vatPoisha: basisPointsOf(commissionPoisha, frozen.vatRateBps) };
}

/** Sums the per-line commission and VAT of a package's lines (each line rounded on its own, as invoiced). */
export function commissionForLines(
  lines: readonly { totalPoisha: number; commission: FrozenCommission }[],
): CommissionTotals {
  return lines.reduce<CommissionTotals>(
    (sum, line) => {
      const { commissionPoisha, vatPoisha } = commissionForLine(line.totalPoisha, line.commission);
      return {
        goodsPoisha: sum.goodsPoisha + line.totalPoisha,
        commissionPoisha: sum.commissionPoisha + commissionPoisha,
        vatPoisha: sum.vatPoisha + vatPoisha,
      };
    },
    { goodsPoisha: 0, commissionPoisha: 0, vatPoisha: 0 },
  );
}

/**
 * What is left of a package's goods, commission, VAT and vendor share once `refundedGoodsPoisha` of its goods have
 * been refunded. Refunds take commission and VAT back **pro rata**, cumulatively from the package totals, in two
 * steps so every share only ever shrinks and the shares always add up to the remaining goods:
 *   platform refunded = (commission + VAT) × refunded / goods, half up;
 *   commission refunded = commission × platform refunded / (commission + VAT), half up; VAT refunded = the rest;
 *   vendor refunded = refunded − platform refunded.
 * Refunding everything leaves exactly zero of each; refunding in parts never drifts from refunding at once.
 */
export function retainedShares(totals: CommissionTotals, refundedGoodsPoisha: number): GoodsShares {
  assertTotals(totals);
  if (!isPoisha(refundedGoodsPoisha) || refundedGoodsPoisha > totals.goodsPoisha)
    throw new RangeError('refundedGoodsPoisha must be whole poisha, at most the goods total');
  const platform = totals.commissionPoisha + totals.vatPoisha;
  const platformRefunded =
    totals.goodsPoisha === 0 ? 0 : proportionOf(platform, refundedGoodsPoisha, totals.goodsPoisha);
  const commissionRefunded =
    platform === 0 ? 0 : proportionOf(totals.commissionPoisha, platformRefunded, platform);
  const goodsPoisha = totals.goodsPoisha - refundedGoodsPoisha;
  const commissionPoisha = totals.commissionPoisha - commissionRefunded;
  const vatPoisha = totals.vatPoisha - (platformRefunded - commissionRefunded);
  return {
    goodsPoisha,
    commissionPoisha,
    vatPoisha,
    vendorPoisha: goodsPoisha - commissionPoisha - vatPoisha,
  };
}

/** The shares a refund of `refundPoisha` goods takes back, after `alreadyRefundedPoisha` had been refunded. */
export function sharesOfRefund(
  totals: CommissionTotals,
  alreadyRefundedPoisha: number,
  refundPoisha: number,
): GoodsShares {
  const before = retainedShares(totals, alreadyRefundedPoisha);
  const after = retainedShares(totals, alreadyRefundedPoisha + refundPoisha);
  return {
    goodsPoisha: before.goodsPoisha - after.goodsPoisha,
    commissionPoisha: before.commissionPoisha - after.commissionPoisha,
    vatPoisha: before.vatPoisha - after.vatPoisha,
    vendorPoisha: before.vendorPoisha - after.vendorPoisha,
  };
}

/** The largest commission c with c + VAT(c) ≤ the line total (VAT(c) only grows with c, so a short walk finds it). */
function largestCommissionWithin(lineTotalPoisha: number, vatRateBps: number): number {
  const fits = (c: number) => c + basisPointsOf(c, vatRateBps) <= lineTotalPoisha;
  const whole = BigInt(BASIS_POINTS_PER_WHOLE);
  let c = Number((BigInt(lineTotalPoisha) * whole) / (whole + BigInt(vatRateBps)));
  while (c > 0 && !fits(c)) c -= 1;
  while (fits(c + 1)) c += 1;
  return c;
}

function assertLine(lineTotalPoisha: number, frozen: FrozenCommission): void {
  const problems: FieldError[] = [];
  if (!isPoisha(lineTotalPoisha))
    problems.push({ field: 'totalPoisha', reason: 'must be whole poisha, ≥ 0' });
  for (const field of ['rateBps', 'vatRateBps'] as const)
    if (!isPoisha(frozen[field]) || frozen[field] > BASIS_POINTS_PER_WHOLE)
      problems.push({ field: `commission.${field}`, reason: 'must be whole basis points from 0 to 10000' });
  if (!isPoisha(frozen.minimumPoisha))
    problems.push({ field: 'commission.minimumPoisha', reason: 'must be whole poisha, ≥ 0' });
  if (problems.length > 0)
    throw new ValidationException('The frozen commission cannot be applied.', problems);
}

function assertTotals(totals: CommissionTotals): void {
  const { goodsPoisha, commissionPoisha, vatPoisha } = totals;
  if (
    ![goodsPoisha, commissionPoisha, vatPoisha].every(isPoisha) ||
    commissionPoisha + vatPoisha > goodsPoisha
  )
    throw new RangeError('commission and VAT must be whole poisha and together at most the goods total');
}
