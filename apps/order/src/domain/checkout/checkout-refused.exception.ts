import { DomainException, ErrorCode, FieldError } from '@getit/errors';
import { PriceChange } from './price-change.rule';
import { LineShortage } from './stock-check.rule';

/** Why a checkout (or a cart change) was refused although the request itself was well-formed. */
export type CheckoutRefusal =
  | 'price_changed'
  | 'total_changed'
  | 'out_of_stock'
  | 'not_on_sale'
  | 'cart_closed'
  | 'idempotency_key_reused';

/**
 * 409: the cart cannot be ordered as it stands. `reason` says why for clients (problem+json extension); field
 * errors name the cart lines (`lines.<i>.<field>`) the shopper has to look at.
 */
export class CheckoutRefusedException extends DomainException {
  constructor(
    readonly reason: CheckoutRefusal,
    detail: string,
    fieldErrors: readonly FieldError[] = [],
    extensions: Record<string, unknown> = {},
  ) {
    super(ErrorCode.CONFLICT, detail, { fieldErrors, extensions: { reason, ...extensions } });
  }

  /** Prices moved since the shopper last saw them: they are shown the new ones and confirm again. */
  static priceChanged(changes: readonly (PriceChange & { index: number })[]): CheckoutRefusedException {
    return new CheckoutRefusedException(
      'price_changed',
      changes.length === 1
        ? `The price of ${changes[0]!.title} changed since you last saw it; please review and confirm again.`
        : `The prices of ${changes.length} items changed since you last saw them; please review and confirm again.`,
      changes.map((c) => ({
        field: `lines.${c.index}.unitPricePoisha`,
        reason: `was ${c.oldUnitPricePoisha} poisha, now ${c.newUnitPricePoisha}`,
      })),
      {
        changes: changes.map((c) => ({
          line: c.index,
          variantId: c.variantId,
          sku: c.sku,
          title: c.title,
          wasPoisha: c.oldUnitPricePoisha,
          nowPoisha: c.newUnitPricePoisha,
          lineDeltaPoisha: c.lineDeltaPoisha,
        })),
      },
    );
  }

  static totalChanged(expectedTotalPoisha: number, totalPoisha: number): CheckoutRefusedException {
    return new CheckoutRefusedException(
      'total_changed',
      'The order total is not the one you were shown; please review it and confirm again.',
      [{ field: 'expectedTotalPoisha', reason: `the total is now ${totalPoisha} poisha` }],
      { expectedTotalPoisha, totalPoisha },
    );
  }

  static outOfStock(shortages: readonly LineShortage[]): CheckoutRefusedException {
    return new CheckoutRefusedException(
      'out_of_stock',
      shortages.length === 1
        ? `Only ${shortages[0]!.available} left of an item in your cart; please change its quantity.`
        : `${shortages.length} items in your cart have less stock than you asked for.`,
      shortages.map((s) => ({ field: `lines.${s.index}.quantity`, reason: `only ${s.available} left` })),
      {
        shortages: shortages.map(({ variantId, requested, available }) => ({
          variantId,
          requested,
          available,
        })),
      },
    );
  }

  static notOnSale(lines: readonly { index: number; variantId: string }[]): CheckoutRefusedException {
    return new CheckoutRefusedException(
      'not_on_sale',
      'Some items in your cart are no longer sold; remove them to continue.',
      lines.map((l) => ({ field: `lines.${l.index}.variantId`, reason: 'is no longer on sale' })),
      { variantIds: lines.map((l) => l.variantId) },
    );
  }
}
