import { SqlClient } from '@getit/database';
import { OrderTables } from './order-tables';

export interface OrderLineRow {
  id: string;
  productId: string;
  variantId: string;
  sku: string;
  title: string;
  categorySlug: string | null;
  quantity: number;
  unitPricePoisha: number;
  lineTotalPoisha: number;
}

export interface PackageRow {
  id: string;
  vendorId: string;
  status: string;
  originDistrict: string;
  weightGrams: number;
  subtotalPoisha: number;
  deliveryChargePoisha: number;
  totalPoisha: number;
  codAmountPoisha: number | null;
  lines: OrderLineRow[];
  /** Set once the vendor confirmed the package came back (returns to origin). */
  returnReceivedAt: Date | string | null;
  returnedItems: { lineId: string; quantity: number }[] | null;
  returnedGoodsPoisha: number | null;
}

export interface OrderRow {
  id: string;
  orderNumber: string;
  status: string;
  shopperId: string | null;
  phone: string;
  address: Record<string, string>;
  paymentMethod: string;
  currency: string;
  itemsTotalPoisha: number;
  deliveryTotalPoisha: number;
  totalPoisha: number;
  placedAt: Date;
  confirmedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  cancelledBy: string | null;
  cancelNote: string | null;
  failedStep: string | null;
  shortages: { variantId: string; requested: number; available: number }[] | null;
  packages: PackageRow[];
}

export interface OrderSummaryRow {
  id: string;
  orderNumber: string;
  status: string;
  shopperId: string | null;
  phone: string;
  paymentMethod: string;
  totalPoisha: number;
  placedAt: Date;
  cancelReason: string | null;
  packages: { id: string; vendorId: string; status: string }[];
}

export interface VendorPackageRow extends PackageRow {
  orderId: string;
  orderNumber: string;
  paymentMethod: string;
  address: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
}

/** Keyset position: newest first, ties broken by id. */
export interface PagePosition {
  at: Date;
  id: string;
}

export interface OrderFilter {
  shopperId?: string;
  status?: string;
  vendorId?: string;
  orderNumberPrefix?: string;
  phone?: string;
  from?: Date;
  to?: Date;
}

const LINES_JSON = (packageAlias: string, lines: string) => `coalesce((
  SELECT json_agg(json_build_object(
    'id', l.id, 'productId', l.product_id, 'variantId', l.variant_id, 'sku', l.sku, 'title', l.title,
    'categorySlug', l.category_slug, 'quantity', l.quantity, 'unitPricePoisha', l.unit_price_poisha,
    'lineTotalPoisha', l.line_total_poisha) ORDER BY l.position)
  FROM ${lines} l WHERE l.package_id = ${packageAlias}.id), '[]'::json)`;

const PACKAGE_COLUMNS = (alias: string) => `${alias}.id::text AS id, ${alias}.vendor_id::text AS "vendorId",
  ${alias}.status, ${alias}.origin_district AS "originDistrict", ${alias}.weight_grams AS "weightGrams",
  ${alias}.subtotal_poisha::float8 AS "subtotalPoisha",
  ${alias}.delivery_charge_poisha::float8 AS "deliveryChargePoisha", ${alias}.total_poisha::float8 AS "totalPoisha",
  ${alias}.cod_amount_poisha::float8 AS "codAmountPoisha", ${alias}.return_received_at AS "returnReceivedAt",
  ${alias}.returned_items AS "returnedItems", ${alias}.returned_goods_poisha::float8 AS "returnedGoodsPoisha"`;

/**
 * The select list of an `OrderRow`: the order as `o` (a row of the orders table), its packages from `packagesFrom`
 * (a FROM clause naming rows of the packages table `p`), and their lines.
 */
export function orderRowColumns(tables: OrderTables, packagesFrom: string): string {
  return `o.id::text AS id, o.order_number AS "orderNumber", o.status, o.shopper_id::text AS "shopperId",
            o.phone, o.address, o.payment_method AS "paymentMethod", o.currency,
            o.items_total_poisha::float8 AS "itemsTotalPoisha",
            o.delivery_total_poisha::float8 AS "deliveryTotalPoisha", o.total_poisha::float8 AS "totalPoisha",
            o.placed_at AS "placedAt", o.confirmed_at AS "confirmedAt", o.completed_at AS "completedAt",
            o.cancelled_at AS "cancelledAt", o.cancel_reason AS "cancelReason", o.cancelled_by AS "cancelledBy",
            o.cancel_note AS "cancelNote", o.failed_step AS "failedStep", o.shortages,
            coalesce((SELECT json_agg(json_build_object(
                'id', p.id, 'vendorId', p.vendor_id, 'status', p.status, 'originDistrict', p.origin_district,
                'weightGrams', p.weight_grams, 'subtotalPoisha', p.subtotal_poisha,
                'deliveryChargePoisha', p.delivery_charge_poisha, 'totalPoisha', p.total_poisha,
                'codAmountPoisha', p.cod_amount_poisha, 'returnReceivedAt', p.return_received_at,
                'returnedItems', p.returned_items, 'returnedGoodsPoisha', p.returned_goods_poisha,
                'lines', ${LINES_JSON('p', tables.lines)})
                ORDER BY p.vendor_id, p.id)
               FROM ${packagesFrom}), '[]'::json) AS packages`;
}

/** An `OrderRow` as JSON (`row_to_json` of its select list): its times are strings. */
export type OrderRowJson = Omit<OrderRow, 'placedAt' | 'confirmedAt' | 'completedAt' | 'cancelledAt'> & {
  placedAt: string;
  confirmedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
};

/** The `OrderRow` a JSON one stands for, its times as dates, as a query answers them. */
export function orderRowFromJson(json: OrderRowJson): OrderRow {
  const at = (value: string | null) => (value === null ? null : new Date(value));
  return {
    ...json,
    placedAt: new Date(json.placedAt),
    confirmedAt: at(json.confirmedAt),
    completedAt: at(json.completedAt),
    cancelledAt: at(json.cancelledAt),
  };
}

/** Read-side queries: an order with packages and lines in one query, and keyset-paginated lists. */
export class OrderQueriesRepository {
  constructor(private readonly tables: OrderTables) {}

  async findOrder(db: SqlClient, orderId: string): Promise<OrderRow | null> {
    const { orders, packages } = this.tables;
    const [row] = await db.$queryRawUnsafe<OrderRow[]>(
      `SELECT ${orderRowColumns(this.tables, `${packages} p WHERE p.order_id = o.id`)}
         FROM ${orders} o WHERE o.id = $1::uuid`,
      orderId,
    );
    return row ?? null;
  }

  /** Orders newest first; `limit + 1` rows are read so the caller knows whether another page follows. */
  listOrders(
    db: SqlClient,
    filter: OrderFilter,
    after: PagePosition | null,
    limit: number,
  ): Promise<OrderSummaryRow[]> {
    const { orders, packages } = this.tables;
    const where: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown, cast = '') => {
      values.push(value);
      return `$${values.length}${cast}`;
    };
    if (filter.shopperId) where.push(`o.shopper_id = ${param(filter.shopperId, '::uuid')}`);
    if (filter.status) where.push(`o.status = ${param(filter.status)}`);
    if (filter.from) where.push(`o.placed_at >= ${param(filter.from, '::timestamptz')}`);
    if (filter.to) where.push(`o.placed_at < ${param(filter.to, '::timestamptz')}`);
    if (filter.vendorId)
      where.push(
        `EXISTS (SELECT 1 FROM ${packages} v WHERE v.order_id = o.id AND v.vendor_id = ${param(filter.vendorId, '::uuid')})`,
      );
    const search: string[] = [];
    if (filter.orderNumberPrefix)
      search.push(`o.order_number LIKE ${param(`${escapeLike(filter.orderNumberPrefix)}%`)}`);
    if (filter.phone) search.push(`o.phone = ${param(filter.phone)}`);
    if (search.length > 0) where.push(`(${search.join(' OR ')})`);
    if (after)
      where.push(`(o.placed_at, o.id) < (${param(after.at, '::timestamptz')}, ${param(after.id, '::uuid')})`);
    return db.$queryRawUnsafe<OrderSummaryRow[]>(
      `SELECT o.id::text AS id, o.order_number AS "orderNumber", o.status, o.shopper_id::text AS "shopperId",
              o.phone, o.payment_method AS "paymentMethod", o.total_poisha::float8 AS "totalPoisha",
              o.placed_at AS "placedAt", o.cancel_reason AS "cancelReason",
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'vendorId', p.vendor_id, 'status', p.status)
                                        ORDER BY p.vendor_id, p.id)
                          FROM ${packages} p WHERE p.order_id = o.id), '[]'::json) AS packages
         FROM ${orders} o
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.placed_at DESC, o.id DESC
        LIMIT ${param(limit + 1, '::int')}`,
      ...values,
    );
  }

  /** A vendor's packages, newest first; pending ones (checkout still running) only when asked for by status. */
  listVendorPackages(
    db: SqlClient,
    vendorId: string,
    status: string | undefined,
    after: PagePosition | null,
    limit: number,
  ): Promise<VendorPackageRow[]> {
    const { orders, packages, lines } = this.tables;
    return db.$queryRawUnsafe<VendorPackageRow[]>(
      `SELECT ${PACKAGE_COLUMNS('p')}, ${LINES_JSON('p', lines)} AS lines,
              p.order_id::text AS "orderId", o.order_number AS "orderNumber", o.payment_method AS "paymentMethod",
              o.address, p.created_at AS "createdAt", p.updated_at AS "updatedAt"
         FROM ${packages} p JOIN ${orders} o ON o.id = p.order_id
        WHERE p.vendor_id = $1::uuid
          AND (CASE WHEN $2::text IS NULL THEN p.status <> 'pending' ELSE p.status = $2::text END)
          AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $5::int`,
      vendorId,
      status ?? null,
      after?.at ?? null,
      after?.id ?? null,
      limit + 1,
    );
  }

  async findVendorPackage(
    db: SqlClient,
    vendorId: string,
    packageId: string,
  ): Promise<VendorPackageRow | null> {
    const { orders, packages, lines } = this.tables;
    const [row] = await db.$queryRawUnsafe<VendorPackageRow[]>(
      `SELECT ${PACKAGE_COLUMNS('p')}, ${LINES_JSON('p', lines)} AS lines,
              p.order_id::text AS "orderId", o.order_number AS "orderNumber", o.payment_method AS "paymentMethod",
              o.address, p.created_at AS "createdAt", p.updated_at AS "updatedAt"
         FROM ${packages} p JOIN ${orders} o ON o.id = p.order_id
        WHERE p.vendor_id = $1::uuid AND p.id = $2::uuid`,
      vendorId,
      packageId,
    );
    return row ?? null;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
