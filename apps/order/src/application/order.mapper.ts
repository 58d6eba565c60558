import {
  OrderPage,
  OrderSummaryView,
  OrderView,
  VendorPackagePage,
  VendorPackageView,
} from '@getit/contracts';
import {
  OrderRow,
  OrderSummaryRow,
  PackageRow,
  PagePosition,
  VendorPackageRow,
} from '../infrastructure/order-queries.repository';

type Address = OrderView['address'];

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

function toPackageView(row: PackageRow): OrderView['packages'][number] {
  return {
    id: row.id,
    vendorId: row.vendorId,
    status: row.status as OrderView['packages'][number]['status'],
    originDistrict: row.originDistrict,
    weightGrams: row.weightGrams,
    subtotalPoisha: row.subtotalPoisha,
    deliveryChargePoisha: row.deliveryChargePoisha,
    totalPoisha: row.totalPoisha,
    codAmountPoisha: row.codAmountPoisha,
    lines: row.lines.map((l) => ({ ...l, categorySlug: l.categorySlug ?? null })),
    returned:
      row.returnReceivedAt && row.returnedItems
        ? {
            receivedAt: new Date(row.returnReceivedAt).toISOString(),
            returnedGoodsPoisha: Number(row.returnedGoodsPoisha ?? 0),
            items: row.returnedItems,
          }
        : null,
  };
}

export function toOrderView(row: OrderRow): OrderView {
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    status: row.status as OrderView['status'],
    shopperId: row.shopperId,
    phone: row.phone,
    address: row.address as Address,
    paymentMethod: row.paymentMethod as OrderView['paymentMethod'],
    currency: 'BDT',
    itemsTotalPoisha: row.itemsTotalPoisha,
    deliveryTotalPoisha: row.deliveryTotalPoisha,
    totalPoisha: row.totalPoisha,
    placedAt: iso(row.placedAt)!,
    confirmedAt: iso(row.confirmedAt),
    completedAt: iso(row.completedAt),
    cancelledAt: iso(row.cancelledAt),
    cancellation: row.cancelReason
      ? {
          reason: row.cancelReason as NonNullable<OrderView['cancellation']>['reason'],
          by: row.cancelledBy,
          note: row.cancelNote,
          failedStep: row.failedStep,
          shortages: row.shortages,
        }
      : null,
    packages: row.packages.map(toPackageView),
  };
}

export function toOrderSummary(row: OrderSummaryRow): OrderSummaryView {
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    status: row.status as OrderSummaryView['status'],
    shopperId: row.shopperId,
    phone: row.phone,
    paymentMethod: row.paymentMethod as OrderSummaryView['paymentMethod'],
    totalPoisha: row.totalPoisha,
    placedAt: iso(row.placedAt)!,
    cancelReason: row.cancelReason as OrderSummaryView['cancelReason'],
    packages: row.packages as OrderSummaryView['packages'],
  };
}

export function toVendorPackageView(row: VendorPackageRow): VendorPackageView {
  return {
    ...toPackageView(row),
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    paymentMethod: row.paymentMethod as VendorPackageView['paymentMethod'],
    deliveryAddress: row.address as Address,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

/** Cursors are opaque to clients: base64url of the last item's timestamp and id. */
export function encodeCursor(position: PagePosition): string {
  return Buffer.from(`${new Date(position.at).toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): PagePosition | null | 'invalid' {
  if (cursor === undefined) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) return 'invalid';
  return { at: date, id };
}

export function orderPage(rows: OrderSummaryRow[], limit: number): OrderPage {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toOrderSummary),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.placedAt, id: last.id }) : null,
  };
}

export function vendorPackagePage(rows: VendorPackageRow[], limit: number): VendorPackagePage {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toVendorPackageView),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
