import { SqlClient } from '@getit/database';
import { CancellationReason, PackageStatus } from '../domain';
import { OrderTables } from './order-tables';

export interface NewOrderLine {
  id: string;
  position: number;
  productId: string;
  variantId: string;
  sku: string;
  title: string;
  categorySlug: string | null;
  quantity: number;
  unitPricePoisha: number;
  lineTotalPoisha: number;
  weightGrams: number;
}

export interface NewOrderPackage {
  id: string;
  vendorId: string;
  originDistrict: string;
  weightGrams: number;
  subtotalPoisha: number;
  deliveryChargePoisha: number;
  totalPoisha: number;
  codAmountPoisha: number | null;
  lines: NewOrderLine[];
}

export interface NewOrder {
  id: string;
  orderNumber: string;
  shopperId: string | null;
  cartId: string;
  phone: string;
  address: Record<string, string>;
  destinationDistrict: string;
  paymentMethod: string;
  itemsTotalPoisha: number;
  deliveryTotalPoisha: number;
  totalPoisha: number;
  correlationId: string;
  placedAt: Date;
  packages: NewOrderPackage[];
  /** The checkout saga's first step and when it gives up. */
  sagaDeadlineAt: Date;
}

/** An order and its packages as locked for a change (orders before packages, always). */
export interface LockedOrder {
  id: string;
  orderNumber: string;
  shopperId: string | null;
  status: 'pending_payment' | 'confirmed' | 'completed' | 'cancelled';
  totalPoisha: number;
  reservationId: string | null;
  paymentId: string | null;
  packages: { id: string; vendorId: string; status: PackageStatus; totalPoisha: number }[];
}

export interface OrderCancellation {
  reason: CancellationReason;
  by: string;
  note?: string;
  failedStep?: string;
  shortages?: unknown;
}

/**
 * Order writes. Placing an order is one statement (the idempotency key, the cart checked out, order, packages,
 * lines and the saga row through data-modifying CTEs), so checkout's transaction stays a handful of round trips.
 * Locks are taken orders first, then packages, by every writer.
 */
export class OrdersRepository {
  constructor(private readonly tables: OrderTables) {}

  async findIdempotent(
    db: SqlClient,
    scope: string,
    key: string,
  ): Promise<{ cartId: string; orderId: string } | null> {
    const [row] = await db.$queryRawUnsafe<{ cartId: string; orderId: string }[]>(
      `SELECT cart_id::text AS "cartId", order_id::text AS "orderId" FROM ${this.tables.idempotency}
        WHERE scope = $1 AND key = $2`,
      scope,
      key,
    );
    return row ?? null;
  }

  /**
   * Claims the idempotency key, checks the cart out and writes the order, its packages and lines and the saga row,
   * in one statement: `claimed` false when the key is taken (a concurrent request with the same key waits here for
   * the first to commit); `checkedOut` false when the cart was checked out (or closed) meanwhile, in which case
   * the caller must roll back the claim. The order is written only when both are true.
   */
  async place(
    tx: SqlClient,
    claim: { scope: string; key: string },
    order: NewOrder,
  ): Promise<{ claimed: boolean; checkedOut: boolean }> {
    const { orders, packages, lines, sagas, idempotency, carts } = this.tables;
    const pkgs = order.packages;
    const allLines = pkgs.flatMap((p) => p.lines.map((l) => ({ ...l, packageId: p.id })));
    const [row] = await tx.$queryRawUnsafe<{ claimed: boolean; checkedOut: boolean }[]>(
      `WITH claim AS (
         INSERT INTO ${idempotency} (scope, key, cart_id, order_id)
         VALUES ($35::text, $36::text, $4::uuid, $1::uuid)
         ON CONFLICT DO NOTHING
         RETURNING 1
       ), cart AS (
         UPDATE ${carts} SET status = 'checked_out', order_id = $1::uuid, updated_at = now()
          WHERE id = $4::uuid AND status = 'active' AND expires_at > now() AND EXISTS (SELECT 1 FROM claim)
         RETURNING 1
       ), o AS (
         INSERT INTO ${orders} (id, order_number, shopper_id, cart_id, phone, address, destination_district,
                                payment_method, items_total_poisha, delivery_total_poisha, total_poisha,
                                correlation_id, placed_at, updated_at)
         SELECT $1::uuid, $2::text, $3::uuid, $4::uuid, $5::text, $6::jsonb, $7::text, $8::text, $9::bigint,
                $10::bigint, $11::bigint, $12::text, $13::timestamptz, $13::timestamptz
          WHERE EXISTS (SELECT 1 FROM cart)
       ), p AS (
         INSERT INTO ${packages} (id, order_id, vendor_id, origin_district, weight_grams, subtotal_poisha,
                                  delivery_charge_poisha, total_poisha, cod_amount_poisha, created_at, updated_at)
         SELECT r.id, $1::uuid, r.vendor_id, r.origin, r.weight, r.subtotal, r.delivery, r.total, r.cod, $13::timestamptz, $13::timestamptz
           FROM unnest($14::uuid[], $15::uuid[], $16::text[], $17::int[], $18::bigint[], $19::bigint[],
                       $20::bigint[], $21::bigint[]) AS r(id, vendor_id, origin, weight, subtotal, delivery, total, cod)
          WHERE EXISTS (SELECT 1 FROM cart)
       ), l AS (
         INSERT INTO ${lines} (id, order_id, package_id, position, product_id, variant_id, sku, title, category_slug,
                               quantity, unit_price_poisha, line_total_poisha, weight_grams)
         SELECT r.id, $1::uuid, r.package_id, r.position, r.product_id, r.variant_id, r.sku, r.title, r.category,
                r.quantity, r.unit, r.total, r.weight
           FROM unnest($22::uuid[], $23::uuid[], $24::int[], $25::uuid[], $26::uuid[], $27::text[], $28::text[],
                       $29::text[], $30::int[], $31::bigint[], $32::bigint[], $33::int[])
                AS r(id, package_id, position, product_id, variant_id, sku, title, category, quantity, unit, total,
                     weight)
          WHERE EXISTS (SELECT 1 FROM cart)
       ), s AS (
         INSERT INTO ${sagas} (order_id, status, step, deadline_at, started_at, updated_at)
         SELECT $1::uuid, 'running', 'reserve_stock', $34::timestamptz, $13::timestamptz, $13::timestamptz
          WHERE EXISTS (SELECT 1 FROM cart)
       )
       SELECT EXISTS (SELECT 1 FROM claim) AS claimed, EXISTS (SELECT 1 FROM cart) AS "checkedOut"`,
      order.id,
      order.orderNumber,
      order.shopperId,
      order.cartId,
      order.phone,
      JSON.stringify(order.address),
      order.destinationDistrict,
      order.paymentMethod,
      order.itemsTotalPoisha,
      order.deliveryTotalPoisha,
      order.totalPoisha,
      order.correlationId,
      order.placedAt,
      pkgs.map((p) => p.id),
      pkgs.map((p) => p.vendorId),
      pkgs.map((p) => p.originDistrict),
      pkgs.map((p) => p.weightGrams),
      pkgs.map((p) => p.subtotalPoisha),
      pkgs.map((p) => p.deliveryChargePoisha),
      pkgs.map((p) => p.totalPoisha),
      pkgs.map((p) => p.codAmountPoisha),
      allLines.map((l) => l.id),
      allLines.map((l) => l.packageId),
      allLines.map((l) => l.position),
      allLines.map((l) => l.productId),
      allLines.map((l) => l.variantId),
      allLines.map((l) => l.sku),
      allLines.map((l) => l.title),
      allLines.map((l) => l.categorySlug),
      allLines.map((l) => l.quantity),
      allLines.map((l) => l.unitPricePoisha),
      allLines.map((l) => l.lineTotalPoisha),
      allLines.map((l) => l.weightGrams),
      order.sagaDeadlineAt,
      claim.scope,
      claim.key,
    );
    return row!;
  }

  /** The order and all its packages, locked; the saga's payment and reservation ids come along (unlocked). */
  async lockWithPackages(tx: SqlClient, orderId: string): Promise<LockedOrder | null> {
    const { orders, packages, sagas } = this.tables;
    const [order] = await tx.$queryRawUnsafe<Omit<LockedOrder, 'packages'>[]>(
      `SELECT o.id::text AS id, o.order_number AS "orderNumber", o.shopper_id::text AS "shopperId", o.status,
              o.total_poisha::float8 AS "totalPoisha", s.reservation_id::text AS "reservationId",
              s.payment_id::text AS "paymentId"
         FROM ${orders} o LEFT JOIN ${sagas} s ON s.order_id = o.id
        WHERE o.id = $1::uuid
          FOR UPDATE OF o`,
      orderId,
    );
    if (!order) return null;
    const locked = await tx.$queryRawUnsafe<LockedOrder['packages']>(
      `SELECT id::text AS id, vendor_id::text AS "vendorId", status, total_poisha::float8 AS "totalPoisha"
         FROM ${packages} WHERE order_id = $1::uuid ORDER BY vendor_id, id FOR UPDATE`,
      orderId,
    );
    return { ...order, packages: locked };
  }

  async orderIdOfPackage(db: SqlClient, packageId: string, vendorId: string): Promise<string | null> {
    const [row] = await db.$queryRawUnsafe<{ orderId: string }[]>(
      `SELECT order_id::text AS "orderId" FROM ${this.tables.packages} WHERE id = $1::uuid AND vendor_id = $2::uuid`,
      packageId,
      vendorId,
    );
    return row?.orderId ?? null;
  }

  async setPackageStatus(tx: SqlClient, packageIds: readonly string[], status: PackageStatus): Promise<void> {
    if (packageIds.length === 0) return;
    await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.packages} SET status = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [...packageIds],
      status,
    );
  }

  /** Records the vendor's confirmation that the package came back; false when it was recorded before. */
  async recordReturn(
    tx: SqlClient,
    packageId: string,
    receipt: { receivedAt: Date; items: { lineId: string; quantity: number }[]; returnedGoodsPoisha: number },
  ): Promise<boolean> {
    const updated = await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.packages}
          SET return_received_at = $2, returned_items = $3::jsonb, returned_goods_poisha = $4, updated_at = now()
        WHERE id = $1::uuid AND return_received_at IS NULL`,
      packageId,
      receipt.receivedAt,
      JSON.stringify(receipt.items),
      receipt.returnedGoodsPoisha,
    );
    return updated === 1;
  }

  /** pending_payment → confirmed with every pending package; null when the order was not pending. */
  async confirm(tx: SqlClient, orderId: string, at: Date): Promise<boolean> {
    const { orders, packages } = this.tables;
    const rows = await tx.$queryRawUnsafe<unknown[]>(
      `WITH o AS (
         UPDATE ${orders} SET status = 'confirmed', confirmed_at = $2::timestamptz, updated_at = $2::timestamptz
          WHERE id = $1::uuid AND status = 'pending_payment'
         RETURNING id
       ), p AS (
         UPDATE ${packages} SET status = 'confirmed', updated_at = $2::timestamptz
          WHERE order_id IN (SELECT id FROM o) AND status = 'pending'
       )
       SELECT 1 FROM o`,
      orderId,
      at,
    );
    return rows.length === 1;
  }

  async complete(tx: SqlClient, orderId: string): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.orders} SET status = 'completed', completed_at = now(), updated_at = now()
        WHERE id = $1::uuid AND status = 'confirmed'`,
      orderId,
    );
  }

  /** The order cancelled with its reason; its packages that had not ended are cancelled with it. */
  async cancel(tx: SqlClient, orderId: string, cancellation: OrderCancellation, at: Date): Promise<boolean> {
    const { orders, packages } = this.tables;
    const rows = await tx.$queryRawUnsafe<unknown[]>(
      `WITH o AS (
         UPDATE ${orders}
            SET status = 'cancelled', cancel_reason = $2, cancelled_by = $3, cancel_note = $4, failed_step = $5,
                shortages = $6::jsonb, cancelled_at = $7::timestamptz, updated_at = $7::timestamptz
          WHERE id = $1::uuid AND status IN ('pending_payment', 'confirmed')
         RETURNING id
       ), p AS (
         UPDATE ${packages} SET status = 'cancelled', updated_at = $7::timestamptz
          WHERE order_id IN (SELECT id FROM o) AND status IN ('pending', 'confirmed', 'packed')
       )
       SELECT 1 FROM o`,
      orderId,
      cancellation.reason,
      cancellation.by,
      cancellation.note ?? null,
      cancellation.failedStep ?? null,
      cancellation.shortages === undefined ? null : JSON.stringify(cancellation.shortages),
      at,
    );
    return rows.length === 1;
  }
}
