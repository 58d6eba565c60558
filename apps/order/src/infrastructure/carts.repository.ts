import { SqlClient } from '@getit/database';
import { OrderTables } from './order-tables';

export type CartStatus = 'active' | 'merged' | 'checked_out' | 'expired';

export interface CartHeader {
  id: string;
  shopperId: string | null;
  status: CartStatus;
  orderId: string | null;
  expiresAt: Date;
  /** Computed by the database clock, so every replica agrees. */
  expired: boolean;
}

/** A cart line with what the read models know of its variant today (null when the catalog never announced it). */
export interface CartLineRow {
  variantId: string;
  quantity: number;
  seenPricePoisha: number;
  productId: string | null;
  vendorId: string | null;
  sku: string | null;
  title: string | null;
  pricePoisha: number | null;
  weightGrams: number | null;
  categorySlug: string | null;
  listed: boolean | null;
  available: number;
  shopName: string | null;
  district: string | null;
  vendorActive: boolean | null;
}

export interface LoadedCart {
  cart: CartHeader;
  lines: CartLineRow[];
}

/** One variant as a cart line would see it, read with its cart in one round trip. */
export interface VariantForCart {
  cart: CartHeader;
  variant: {
    vendorId: string;
    pricePoisha: number;
    listed: boolean;
    vendorActive: boolean;
    available: number;
  } | null;
  currentQuantity: number;
}

const CART_COLUMNS = `c.id::text AS "id", c.shopper_id::text AS "shopperId", c.status, c.order_id::text AS "orderId",
  c.expires_at AS "expiresAt", (c.expires_at <= now()) AS "expired"`;

/** A cart line (alias l) with its variant (v), stock (s) and vendor (d), as `CartLineRow`. */
const LINE_JSON = `json_build_object(
  'variantId', l.variant_id, 'quantity', l.quantity, 'seenPricePoisha', l.seen_price_poisha,
  'productId', v.product_id, 'vendorId', v.vendor_id, 'sku', v.sku, 'title', v.title,
  'pricePoisha', v.price_poisha, 'weightGrams', v.weight_grams, 'categorySlug', v.category_slug,
  'listed', v.listed, 'available', coalesce(s.available, 0), 'shopName', d.shop_name,
  'district', d.district, 'vendorActive', d.active)`;

/** What `setLineReturning` answers: the cart after the write, or as found when the write was refused. */
export interface SetLineOutcome extends LoadedCart {
  /** The variant as the line's checks see it (null when the catalog never announced it). */
  variant: VariantForCart['variant'];
  /** Whether the line was written (the cart is open to the caller, and the variant is on sale with the stock). */
  written: boolean;
  /**
   * Whether `lines` can be trusted: false when another transaction changed the cart after this statement's
   * snapshot was taken (it waited for the cart's lock), so the other lines must be read again.
   */
  fresh: boolean;
}

/**
 * Carts and their lines. Reads join the read models (variant, stock, vendor) so a cart view or a checkout is one
 * query; writes are single statements that also push the cart's expiry back.
 */
export class CartsRepository {
  constructor(private readonly tables: OrderTables) {}

  /**
   * The cart with its lines. With `lock`, the cart row is locked first in a statement of its own, and the lines
   * are read after the lock is held: a writer that changed the lines while this one waited (a merge, a line
   * edit) is then seen. Locking in the reading statement itself would return the lines as they were when it
   * started waiting, and a merge would write back a stale cart.
   */
  async load(db: SqlClient, cartId: string, lock = false): Promise<LoadedCart | null> {
    const { carts, cartLines, variants, stock, vendors } = this.tables;
    if (lock) {
      const locked = await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id::text AS id FROM ${carts} WHERE id = $1::uuid FOR UPDATE`,
        cartId,
      );
      if (locked.length === 0) return null;
    }
    const rows = await db.$queryRawUnsafe<(CartHeader & { line: CartLineRow | null })[]>(
      `SELECT ${CART_COLUMNS},
              CASE WHEN l.variant_id IS NULL THEN NULL ELSE ${LINE_JSON} END AS "line"
         FROM ${carts} c
         LEFT JOIN ${cartLines} l ON l.cart_id = c.id
         LEFT JOIN ${variants} v ON v.variant_id = l.variant_id
         LEFT JOIN ${stock} s ON s.variant_id = l.variant_id
         LEFT JOIN ${vendors} d ON d.vendor_id = v.vendor_id
        WHERE c.id = $1::uuid
        ORDER BY l.added_at, l.variant_id`,
      cartId,
    );
    const first = rows[0];
    if (!first) return null;
    const { line: _line, ...cart } = first;
    return { cart, lines: rows.flatMap((row) => (row.line ? [row.line] : [])) };
  }

  async variantForCart(db: SqlClient, cartId: string, variantId: string): Promise<VariantForCart | null> {
    const { carts, cartLines, variants, stock, vendors } = this.tables;
    const [row] = await db.$queryRawUnsafe<
      (CartHeader & { variant: VariantForCart['variant']; currentQuantity: number })[]
    >(
      `SELECT ${CART_COLUMNS},
              CASE WHEN v.variant_id IS NULL THEN NULL ELSE json_build_object(
                'vendorId', v.vendor_id, 'pricePoisha', v.price_poisha, 'listed', v.listed,
                'vendorActive', coalesce(d.active, false), 'available', coalesce(s.available, 0)) END AS "variant",
              coalesce(l.quantity, 0) AS "currentQuantity"
         FROM ${carts} c
         LEFT JOIN ${variants} v ON v.variant_id = $2::uuid
         LEFT JOIN ${stock} s ON s.variant_id = $2::uuid
         LEFT JOIN ${vendors} d ON d.vendor_id = v.vendor_id
         LEFT JOIN ${cartLines} l ON l.cart_id = c.id AND l.variant_id = $2::uuid
        WHERE c.id = $1::uuid`,
      cartId,
      variantId,
    );
    if (!row) return null;
    const { variant, currentQuantity, ...cart } = row;
    return { cart, variant, currentQuantity };
  }

  async activeCartOf(db: SqlClient, shopperId: string): Promise<string | null> {
    const [row] = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM ${this.tables.carts}
        WHERE shopper_id = $1::uuid AND status = 'active' AND expires_at > now()`,
      shopperId,
    );
    return row?.id ?? null;
  }

  /**
   * Creates a cart and returns it as written (a new cart has no lines). A shopper's stale active cart (past its
   * expiry) is closed first; a concurrent creation for the same shopper wins and this one returns null (the
   * partial unique index allows one active cart).
   */
  async create(
    db: SqlClient,
    cart: { id: string; shopperId: string | null; ttlMs: number },
  ): Promise<CartHeader | null> {
    const { carts } = this.tables;
    if (cart.shopperId)
      await db.$executeRawUnsafe(
        `UPDATE ${carts} SET status = 'expired', updated_at = now()
          WHERE shopper_id = $1::uuid AND status = 'active' AND expires_at <= now()`,
        cart.shopperId,
      );
    const [inserted] = await db.$queryRawUnsafe<CartHeader[]>(
      `INSERT INTO ${carts} AS c (id, shopper_id, expires_at)
       VALUES ($1::uuid, $2::uuid, now() + $3::bigint * interval '1 millisecond')
       ON CONFLICT (shopper_id) WHERE status = 'active' DO NOTHING
       RETURNING ${CART_COLUMNS}`,
      cart.id,
      cart.shopperId,
      cart.ttlMs,
    );
    return inserted ?? null;
  }

  /**
   * Sets a line's quantity and the price the shopper saw with it; 0 removes the line. One statement that locks the
   * cart row before it touches a line, the order a merge takes them in: locking the line first would let a merge
   * holding the cart wait for this line while this statement waits for the cart (a deadlock, answered 409).
   */
  async setLine(
    db: SqlClient,
    cartId: string,
    line: { variantId: string; quantity: number; seenPricePoisha: number },
    ttlMs: number,
  ): Promise<void> {
    const { carts, cartLines } = this.tables;
    const lockAndTouch = (ttl: string) =>
      `c AS (SELECT id FROM ${carts} WHERE id = $1::uuid FOR UPDATE),
       t AS (UPDATE ${carts} SET expires_at = now() + ${ttl}::bigint * interval '1 millisecond', updated_at = now()
              WHERE id = (SELECT id FROM c))`;
    if (line.quantity === 0) {
      await db.$executeRawUnsafe(
        `WITH ${lockAndTouch('$3')}
         DELETE FROM ${cartLines} WHERE cart_id = (SELECT id FROM c) AND variant_id = $2::uuid`,
        cartId,
        line.variantId,
        ttlMs,
      );
      return;
    }
    await db.$executeRawUnsafe(
      `WITH ${lockAndTouch('$5')}
       INSERT INTO ${cartLines} (cart_id, variant_id, quantity, seen_price_poisha)
       SELECT c.id, $2::uuid, $3, $4 FROM c
       ON CONFLICT (cart_id, variant_id) DO UPDATE
         SET quantity = EXCLUDED.quantity, seen_price_poisha = EXCLUDED.seen_price_poisha`,
      cartId,
      line.variantId,
      line.quantity,
      line.seenPricePoisha,
      ttlMs,
    );
  }

  /**
   * Sets a line (0 removes it) when the caller may: the cart is theirs (or a guest's), unexpired and active, and for
   * a quantity above 0 the variant is listed, its vendor active and its available stock enough. One statement
   * locks the cart row (before any line, as `setLine`), writes the line and answers the cart as it now is; when
   * nothing was written it answers what refused it. `quantity` must be a whole number in range.
   */
  async setLineReturning(
    db: SqlClient,
    cartId: string,
    line: { variantId: string; quantity: number },
    callerShopperId: string | null,
    ttlMs: number,
  ): Promise<SetLineOutcome | null> {
    const { carts, cartLines, variants, stock, vendors } = this.tables;
    const [row] = await db.$queryRawUnsafe<
      (CartHeader & Pick<SetLineOutcome, 'variant' | 'written' | 'fresh' | 'lines'>)[]
    >(
      `WITH c AS (
         SELECT id, shopper_id, status, order_id, expires_at, xmin::text AS version
           FROM ${carts} WHERE id = $1::uuid FOR UPDATE
       ), sv AS (
         SELECT sv.vendor_id, sv.price_poisha, sv.listed, coalesce(sd.active, false) AS vendor_active,
                coalesce(ss.available, 0) AS available
           FROM ${variants} sv
           LEFT JOIN ${stock} ss ON ss.variant_id = sv.variant_id
           LEFT JOIN ${vendors} sd ON sd.vendor_id = sv.vendor_id
          WHERE sv.variant_id = $2::uuid
       ), ok AS (
         SELECT c.id FROM c
          WHERE c.status = 'active' AND c.expires_at > now()
            AND (c.shopper_id IS NULL OR c.shopper_id::text = $4::text)
            AND ($3::int = 0 OR EXISTS (
                  SELECT 1 FROM sv WHERE sv.listed AND sv.vendor_active AND sv.available >= $3::int))
       ), t AS (
         UPDATE ${carts} SET expires_at = now() + $5::bigint * interval '1 millisecond', updated_at = now()
          WHERE id = (SELECT id FROM ok)
         RETURNING expires_at
       ), gone AS (
         DELETE FROM ${cartLines}
          WHERE $3::int = 0 AND cart_id = (SELECT id FROM ok) AND variant_id = $2::uuid
       ), put AS (
         INSERT INTO ${cartLines} (cart_id, variant_id, quantity, seen_price_poisha)
         SELECT ok.id, $2::uuid, $3::int, coalesce((SELECT price_poisha FROM sv), 0) FROM ok WHERE $3::int > 0
         ON CONFLICT (cart_id, variant_id) DO UPDATE
           SET quantity = EXCLUDED.quantity, seen_price_poisha = EXCLUDED.seen_price_poisha
         RETURNING variant_id, quantity, seen_price_poisha, added_at
       ), l AS (
         SELECT k.variant_id, k.quantity, k.seen_price_poisha, k.added_at FROM ${cartLines} k
          WHERE k.cart_id = $1::uuid AND k.variant_id <> $2::uuid AND EXISTS (SELECT 1 FROM t)
         UNION ALL
         SELECT variant_id, quantity, seen_price_poisha, added_at FROM put
       )
       SELECT c.id::text AS "id", c.shopper_id::text AS "shopperId", c.status, c.order_id::text AS "orderId",
              coalesce(t.expires_at, c.expires_at) AS "expiresAt",
              (coalesce(t.expires_at, c.expires_at) <= now()) AS "expired",
              (t.expires_at IS NOT NULL) AS "written",
              (c.version = (SELECT xmin::text FROM ${carts} WHERE id = $1::uuid)) AS "fresh",
              (SELECT json_build_object('vendorId', sv.vendor_id, 'pricePoisha', sv.price_poisha,
                        'listed', sv.listed, 'vendorActive', sv.vendor_active, 'available', sv.available)
                 FROM sv) AS "variant",
              coalesce((SELECT json_agg(${LINE_JSON} ORDER BY l.added_at, l.variant_id)
                          FROM l
                          LEFT JOIN ${variants} v ON v.variant_id = l.variant_id
                          LEFT JOIN ${stock} s ON s.variant_id = l.variant_id
                          LEFT JOIN ${vendors} d ON d.vendor_id = v.vendor_id), '[]'::json) AS "lines"
         FROM c LEFT JOIN t ON true`,
      cartId,
      line.variantId,
      line.quantity,
      callerShopperId,
      ttlMs,
    );
    if (!row) return null;
    const { variant, written, fresh, lines, ...cart } = row;
    return { cart, variant, written, fresh, lines };
  }

  /** Replaces the cart's lines with the given ones (a merge): existing lines keep their place, others are added. */
  async replaceLines(
    db: SqlClient,
    cartId: string,
    lines: readonly { variantId: string; quantity: number; seenPricePoisha: number }[],
    ttlMs: number,
  ): Promise<void> {
    const { carts, cartLines } = this.tables;
    await db.$executeRawUnsafe(
      `WITH c AS (
         UPDATE ${carts} SET expires_at = now() + $5::bigint * interval '1 millisecond', updated_at = now()
          WHERE id = $1::uuid
       ), gone AS (
         DELETE FROM ${cartLines} WHERE cart_id = $1::uuid AND variant_id <> ALL($2::uuid[])
       )
       INSERT INTO ${cartLines} (cart_id, variant_id, quantity, seen_price_poisha)
       SELECT $1::uuid, r.variant_id, r.quantity, r.seen
         FROM unnest($2::uuid[], $3::int[], $4::bigint[]) WITH ORDINALITY AS r(variant_id, quantity, seen, n)
        ORDER BY r.n
       ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = EXCLUDED.quantity`,
      cartId,
      lines.map((l) => l.variantId),
      lines.map((l) => l.quantity),
      lines.map((l) => l.seenPricePoisha),
      ttlMs,
    );
  }

  async setStatus(db: SqlClient, cartId: string, status: CartStatus): Promise<void> {
    await db.$executeRawUnsafe(
      `UPDATE ${this.tables.carts} SET status = $2, updated_at = now() WHERE id = $1::uuid`,
      cartId,
      status,
    );
  }

  /** The prices the shopper has now been shown (a checkout refused because they changed). */
  async updateSeenPrices(
    db: SqlClient,
    cartId: string,
    prices: readonly { variantId: string; pricePoisha: number }[],
  ): Promise<void> {
    if (prices.length === 0) return;
    await db.$executeRawUnsafe(
      `UPDATE ${this.tables.cartLines} l SET seen_price_poisha = r.price
         FROM unnest($2::uuid[], $3::bigint[]) AS r(variant_id, price)
        WHERE l.cart_id = $1::uuid AND l.variant_id = r.variant_id`,
      cartId,
      prices.map((p) => p.variantId),
      prices.map((p) => p.pricePoisha),
    );
  }
}
