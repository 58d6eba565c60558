import { CartLineView, CartView } from '@getit/contracts';
import { multiplyPoisha } from '../domain';
import { CartLineRow, LoadedCart } from '../infrastructure/carts.repository';

/** Whether a line can be checked out at all: the catalog sells it, its vendor trades and ships from a district. */
export function isPurchasable(line: CartLineRow): boolean {
  return (
    line.listed === true && line.vendorActive === true && line.pricePoisha !== null && line.district !== null
  );
}

/**
 * A cart as the shopper sees it: lines grouped by vendor (in the order the vendors first appear), each with
 * today's price next to the one the shopper last saw, and stock. Totals count only lines that can be ordered.
 */
export function toCartView(loaded: LoadedCart): CartView {
  const vendors = new Map<string, CartView['vendors'][number]>();
  let itemsTotalPoisha = 0;
  let priceChanged = false;
  for (const row of loaded.lines) {
    if (!row.vendorId) continue; // never announced by the catalog: nothing to show
    const purchasable = isPurchasable(row);
    const unitPricePoisha = purchasable ? row.pricePoisha : null;
    const lineTotalPoisha = multiplyPoisha(unitPricePoisha ?? row.seenPricePoisha, row.quantity);
    const changed = unitPricePoisha !== null && unitPricePoisha !== row.seenPricePoisha;
    const line: CartLineView = {
      variantId: row.variantId,
      productId: row.productId,
      sku: row.sku ?? '',
      title: row.title ?? '',
      quantity: row.quantity,
      unitPricePoisha,
      seenPricePoisha: row.seenPricePoisha,
      priceChanged: changed,
      lineTotalPoisha,
      available: row.available,
      outOfStock: row.available < row.quantity,
      purchasable,
      weightGrams: row.weightGrams ?? 0,
    };
    const group = vendors.get(row.vendorId) ?? {
      vendorId: row.vendorId,
      shopName: row.shopName,
      lines: [],
      subtotalPoisha: 0,
    };
    group.lines.push(line);
    if (purchasable) {
      group.subtotalPoisha += lineTotalPoisha;
      itemsTotalPoisha += lineTotalPoisha;
    }
    priceChanged ||= changed;
    vendors.set(row.vendorId, group);
  }
  const { cart } = loaded;
  return {
    id: cart.id,
    shopperId: cart.shopperId,
    status: cart.expired && cart.status === 'active' ? 'expired' : cart.status,
    currency: 'BDT',
    vendors: [...vendors.values()],
    itemsTotalPoisha,
    priceChanged,
    expiresAt: new Date(cart.expiresAt).toISOString(),
    orderId: cart.orderId,
  };
}
