import { ConflictException, FieldError, ValidationException } from '@getit/errors';
import type { ShipmentStatus } from './shipment-status';

/** A line of the package as sold (from order.placed.v1). */
export interface SoldLine {
  lineId: string;
  variantId: string;
  sku: string;
  title: string;
  quantity: number;
  unitPricePoisha: number;
}

/** What the vendor says came back: omitted for a whole return means every line. */
export type ReceivedItems = readonly { lineId: string; quantity: number }[] | undefined;

export interface ReturnReceiptDecision {
  shipmentStatus: 'returned' | 'partially_delivered';
  items: SoldLine[];
  returnedGoodsPoisha: number;
}

/** The statuses at which a parcel (or what the shopper did not take) is back with the vendor. */
export function awaitsReturnReceipt(
  status: string | null | undefined,
): status is 'returned' | 'partially_delivered' {
  return status === 'returned' || status === 'partially_delivered';
}

/**
 * The vendor confirms a parcel came back. Only after the courier reported it returned or partially delivered;
 * a partial delivery must name the lines and quantities that came back (the courier reports amounts, not items);
 * a whole return may name them (what is missing stays unrestocked) or leave them out (everything came back).
 * No line twice, none that is not in the package, never more than was sold.
 */
export function decideReturnReceipt(
  status: ShipmentStatus | 'booking',
  sold: readonly SoldLine[],
  received: ReceivedItems,
): ReturnReceiptDecision {
  if (!awaitsReturnReceipt(status))
    throw new ConflictException(
      `The courier has not returned this parcel (it is ${status}); confirm its receipt once it is returned.`,
      { extensions: { reason: 'not_returned', status } },
    );
  if (sold.length === 0)
    throw new ConflictException('The lines of this package are not known to shipping; ask support.', {
      extensions: { reason: 'lines_unknown' },
    });
  if (!received) {
    if (status === 'partially_delivered')
      throw new ValidationException('Name the lines and quantities that came back.', [
        { field: 'items', reason: 'is required for a partial delivery' },
      ]);
    return summed(
      status,
      sold.map((line) => ({ ...line })),
    );
  }
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const items: SoldLine[] = [];
  received.forEach((item, i) => {
    const line = sold.find((l) => l.lineId === item.lineId);
    if (!line) problems.push({ field: `items.${i}.lineId`, reason: 'is not a line of this package' });
    else if (seen.has(item.lineId)) problems.push({ field: `items.${i}.lineId`, reason: 'is named twice' });
    else if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > line.quantity)
      problems.push({ field: `items.${i}.quantity`, reason: `must be from 1 to ${line.quantity}` });
    else items.push({ ...line, quantity: item.quantity });
    seen.add(item.lineId);
  });
  if (problems.length > 0)
    throw new ValidationException('The returned items do not match the package.', problems);
  return summed(status, items);
}

function summed(status: 'returned' | 'partially_delivered', items: SoldLine[]): ReturnReceiptDecision {
  return {
    shipmentStatus: status,
    items,
    returnedGoodsPoisha: items.reduce((sum, item) => sum + item.quantity * item.unitPricePoisha, 0),
  };
}
