import { FieldError, ValidationException } from '@getit/errors';
import { isPoisha } from '@getit/contracts';
import { CURRENCY, Currency, addPoisha, multiplyPoisha } from '../money/poisha';

export const MAX_QUANTITY_PER_LINE = 100;

export interface CartLine {
  vendorId: string;
  productId: string;
  variantId: string;
  sku: string;
  title: string;
  unitPricePoisha: number;
  quantity: number;
  weightGrams: number;
}

export interface OrderLine extends CartLine {
  lineTotalPoisha: number;
}

export interface PackageDraft {
  vendorId: string;
  lines: OrderLine[];
  itemsSubtotalPoisha: number;
  deliveryChargePoisha: number;
  totalPoisha: number;
  weightGrams: number;
}

export interface OrderDraft {
  currency: Currency;
  packages: PackageDraft[];
  itemsTotalPoisha: number;
  deliveryTotalPoisha: number;
  grandTotalPoisha: number;
}

/**
 * Splits a cart into one package per vendor. Packages are ordered by vendor id (code-unit order, not locale), lines
 * keep their cart order inside a package. Every input problem is reported at once as a ValidationException with
 * `lines.<i>.<field>` / `deliveryCharges.<vendorId>` field errors. Delivery charges are per vendor and must cover
 * every vendor in the cart; charges for vendors not in the cart are ignored.
 */
export function splitOrder(
  lines: readonly CartLine[],
  deliveryCharges: ReadonlyMap<string, number>,
): OrderDraft {
  const problems = cartProblems(lines, deliveryCharges);
  if (problems.length > 0) throw new ValidationException('The cart cannot become an order.', problems);

  const byVendor = new Map<string, CartLine[]>();
  for (const line of lines) byVendor.set(line.vendorId, [...(byVendor.get(line.vendorId) ?? []), line]);
  const vendorIds = [...byVendor.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const packages = vendorIds.map((vendorId): PackageDraft => {
    const orderLines = byVendor
      .get(vendorId)!
      .map((line) => ({ ...line, lineTotalPoisha: multiplyPoisha(line.unitPricePoisha, line.quantity) }));
    const itemsSubtotalPoisha = addPoisha(...orderLines.map((l) => l.lineTotalPoisha));
    const deliveryChargePoisha = deliveryCharges.get(vendorId)!;
    return {
      vendorId,
      lines: orderLines,
      itemsSubtotalPoisha,
      deliveryChargePoisha,
      totalPoisha: addPoisha(itemsSubtotalPoisha, deliveryChargePoisha),
      weightGrams: orderLines.reduce((sum, l) => sum + l.weightGrams * l.quantity, 0),
    };
  });

  const draft: OrderDraft = {
    currency: CURRENCY,
    packages,
    itemsTotalPoisha: addPoisha(...packages.map((p) => p.itemsSubtotalPoisha)),
    deliveryTotalPoisha: addPoisha(...packages.map((p) => p.deliveryChargePoisha)),
    grandTotalPoisha: addPoisha(...packages.map((p) => p.totalPoisha)),
  };
  assertTotalsAddUp(draft);
  return draft;
}

/** The invariants every order draft keeps; exported so a stored order can be re-checked the same way. */
export function assertTotalsAddUp(draft: OrderDraft): void {
  for (const pkg of draft.packages) {
    if (pkg.itemsSubtotalPoisha !== addPoisha(...pkg.lines.map((l) => l.lineTotalPoisha)))
      throw new Error(`package ${pkg.vendorId}: subtotal is not the sum of its lines`);
    if (pkg.totalPoisha !== pkg.itemsSubtotalPoisha + pkg.deliveryChargePoisha)
      throw new Error(`package ${pkg.vendorId}: total is not subtotal plus delivery`);
  }
  if (draft.grandTotalPoisha !== addPoisha(...draft.packages.map((p) => p.totalPoisha)))
    throw new Error('grand total is not the sum of the package totals');
  if (draft.grandTotalPoisha !== draft.itemsTotalPoisha + draft.deliveryTotalPoisha)
    throw new Error('grand total is not items plus delivery');
}

function cartProblems(
  lines: readonly CartLine[],
  deliveryCharges: ReadonlyMap<string, number>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (lines.length === 0) problems.push({ field: 'lines', reason: 'the cart is empty' });
  const seenVariants = new Set<string>();
  lines.forEach((line, i) => {
    const at = (field: string, reason: string) => problems.push({ field: `lines.${i}.${field}`, reason });
    for (const key of ['vendorId', 'productId', 'variantId', 'sku', 'title'] as const)
      if (typeof line[key] !== 'string' || line[key].trim() === '') at(key, 'is required');
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY_PER_LINE)
      at('quantity', `must be a whole number from 1 to ${MAX_QUANTITY_PER_LINE}`);
    if (!isPoisha(line.unitPricePoisha))
      at('unitPricePoisha', 'must be a whole, non-negative number of poisha');
    if (!Number.isSafeInteger(line.weightGrams) || line.weightGrams < 0)
      at('weightGrams', 'must be a whole, non-negative number of grams');
    if (seenVariants.has(line.variantId)) at('variantId', 'appears twice in the cart');
    seenVariants.add(line.variantId);
  });
  const vendors = [...new Set(lines.map((l) => l.vendorId))].sort();
  for (const vendorId of vendors) {
    const charge = deliveryCharges.get(vendorId);
    if (charge === undefined) problems.push({ field: `deliveryCharges.${vendorId}`, reason: 'is missing' });
    else if (!isPoisha(charge))
      problems.push({
        field: `deliveryCharges.${vendorId}`,
        reason: 'must be a whole, non-negative number of poisha',
      });
  }
  return problems;
}
