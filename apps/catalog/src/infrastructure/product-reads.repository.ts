import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { ProductSort, ProductStatus } from '@getit/contracts';
import { ProductCardRecord, ProductRecord } from '../application/product.record';
import { ListingCursor } from '../domain/listing/listing-cursor';
import { CatalogTables } from './catalog-tables';
import { CARD_COLUMNS, recordColumns, toCardRecord, toProductRecord } from './product-rows';

export interface PublicListFilter {
  category?: string;
  vendorId?: string;
  minPricePoisha?: number;
  maxPricePoisha?: number;
  inStock?: boolean;
  sort: ProductSort;
  after?: ListingCursor;
  limit: number;
}

const ORDER: Record<ProductSort, { by: string; keyset: (key: string, id: string) => string; key: string }> = {
  newest: {
    by: 'p.created_at DESC, p.id DESC',
    key: 'created_at',
    keyset: (key, id) => `(p.created_at, p.id) < (${key}::timestamptz, ${id}::uuid)`,
  },
  price_asc: {
    by: 'p.price_poisha ASC, p.id ASC',
    key: 'price_poisha',
    keyset: (key, id) => `(p.price_poisha, p.id) > (${key}::bigint, ${id}::uuid)`,
  },
  price_desc: {
    by: 'p.price_poisha DESC, p.id DESC',
    key: 'price_poisha',
    keyset: (key, id) => `(p.price_poisha, p.id) < (${key}::bigint, ${id}::uuid)`,
  },
};

/** Builds parameterised SQL: `param(value)` appends a value and returns its placeholder. */
class Sql {
  readonly values: unknown[] = [];
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The catalog's read side: every list and detail a client sees is ONE query on the pg pool (variants folded in
 * with json_agg, no N+1), keyset-paginated on the partial indexes of listed products. Queries run as named
 * prepared statements, so Postgres parses and plans each shape once per connection.
 */
export class ProductReadsRepository {
  private readonly names = new Map<string, string>();
  private readonly detailSql: { byId: string; bySlug: string; anyById: string };

  constructor(
    private readonly pool: Pool,
    private readonly t: CatalogTables,
  ) {
    const detail = (where: string) =>
      `SELECT ${recordColumns(t)}, s.slug AS shop_slug, s.name AS shop_name
         FROM ${t.products} p LEFT JOIN ${t.shops} s ON s.vendor_id = p.vendor_id
        WHERE ${where}`;
    this.detailSql = {
      byId: detail('p.id = $1::uuid AND p.listed'),
      bySlug: detail('p.slug = $1 AND p.listed'),
      anyById: detail('p.id = $1::uuid'),
    };
  }

  async publicList(filter: PublicListFilter): Promise<ProductCardRecord[]> {
    const sql = new Sql();
    const where = ['p.listed'];
    if (filter.category) where.push(`p.category_path @> ARRAY[${sql.param(filter.category)}]::text[]`);
    if (filter.vendorId) where.push(`p.vendor_id = ${sql.param(filter.vendorId)}::uuid`);
    if (filter.minPricePoisha !== undefined)
      where.push(`p.price_poisha >= ${sql.param(filter.minPricePoisha)}::bigint`);
    if (filter.maxPricePoisha !== undefined)
      where.push(`p.price_poisha <= ${sql.param(filter.maxPricePoisha)}::bigint`);
    if (filter.inStock !== undefined) where.push(filter.inStock ? 'p.in_stock' : 'NOT p.in_stock');
    const order = ORDER[filter.sort];
    if (filter.after) where.push(order.keyset(sql.param(filter.after.key), sql.param(filter.after.id)));
    const text = `SELECT ${CARD_COLUMNS} FROM ${this.t.products} p WHERE ${where.join(' AND ')}
                  ORDER BY ${order.by} LIMIT ${sql.param(filter.limit)}`;
    return (await this.query(text, sql.values)).map(toCardRecord);
  }

  /** A listed product by id or slug, with its variants and shop: the public product page. */
  async publicDetail(idOrSlug: { id: string } | { slug: string }): Promise<ProductRecord | undefined> {
    const [row] =
      'id' in idOrSlug
        ? await this.query(this.detailSql.byId, [idOrSlug.id])
        : await this.query(this.detailSql.bySlug, [idOrSlug.slug]);
    return row ? toProductRecord(row) : undefined;
  }

  /** Any product by id, whatever its status: for its vendor and for moderators. */
  async findById(id: string): Promise<ProductRecord | undefined> {
    const [row] = await this.query(this.detailSql.anyById, [id]);
    return row ? toProductRecord(row) : undefined;
  }

  async vendorList(
    vendorId: string,
    filter: { status?: ProductStatus; after?: ListingCursor; limit: number },
  ): Promise<ProductCardRecord[]> {
    const sql = new Sql();
    const where = [`p.vendor_id = ${sql.param(vendorId)}::uuid`];
    if (filter.status) where.push(`p.status = ${sql.param(filter.status)}`);
    if (filter.after)
      where.push(ORDER.newest.keyset(sql.param(filter.after.key), sql.param(filter.after.id)));
    const text = `SELECT ${CARD_COLUMNS} FROM ${this.t.products} p WHERE ${where.join(' AND ')}
                  ORDER BY ${ORDER.newest.by} LIMIT ${sql.param(filter.limit)}`;
    return (await this.query(text, sql.values)).map(toCardRecord);
  }

  /** Products waiting for review, oldest submission first. */
  async reviewQueue(filter: {
    vendorId?: string;
    after?: ListingCursor;
    limit: number;
  }): Promise<ProductCardRecord[]> {
    const sql = new Sql();
    const where = [`p.status = 'pending_review'`];
    if (filter.vendorId) where.push(`p.vendor_id = ${sql.param(filter.vendorId)}::uuid`);
    if (filter.after)
      where.push(
        `(p.submitted_at, p.id) > (${sql.param(filter.after.key)}::timestamptz, ${sql.param(filter.after.id)}::uuid)`,
      );
    const text = `SELECT ${CARD_COLUMNS} FROM ${this.t.products} p WHERE ${where.join(' AND ')}
                  ORDER BY p.submitted_at, p.id LIMIT ${sql.param(filter.limit)}`;
    return (await this.query(text, sql.values)).map(toCardRecord);
  }

  /** The sort key a cursor after this card carries. */
  static cursorKey(card: ProductCardRecord, sort: ProductSort): string {
    return ORDER[sort].key === 'price_poisha' ? String(card.pricePoisha) : card.createdAt.toISOString();
  }

  private async query(text: string, values: unknown[]): Promise<QueryResultRow[]> {
    let name = this.names.get(text);
    if (!name) {
      name = `catalog_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
      this.names.set(text, name);
    }
    return (await this.pool.query({ name, text, values })).rows;
  }
}
