import { SearchFacets, SearchHit } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { IndexPage, SearchIndex } from '../application/search-index.port';
import { SearchDocument } from '../domain/search-document';
import { IndexQuery, PRICE_BUCKETS, queryWords, SearchFilters, titleInScriptOf } from '../domain/search-request';
import { searchText } from '../domain/search-text';
import { SynonymExpander } from '../domain/synonyms';
import { SearchPrismaClient } from './search-prisma';

interface HitRow {
  product_id: string;
  vendor_id: string;
  slug: string;
  title_en: string | null;
  title_bn: string | null;
  brand: string | null;
  category_path: string[];
  price_poisha: string;
  image_url: string | null;
  in_stock: boolean;
}
interface Where {
  sql: string[];
  params: unknown[];
}

const TSV = `to_tsvector('simple', search_text)`;

/**
 * The search index in Postgres (the embedded mode; ADR 0017 lists what it cannot do). Words match as prefixes,
 * synonyms are expanded at query time, facets are GROUP BY counts each leaving out its own filter. Writes are
 * version-guarded and join the event handler's transaction.
 */
export class PostgresSearchIndex implements SearchIndex<SqlClient> {
  readonly engine = 'postgres' as const;
  readonly capabilities = { typoTolerance: false, bengaliAnalysis: false };

  constructor(
    private readonly prisma: SearchPrismaClient,
    private readonly table: string,
    private readonly synonyms: SynonymExpander,
  ) {}

  async upsert(tx: SqlClient, doc: SearchDocument): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.table} AS d (product_id, vendor_id, slug, title_en, title_bn, brand, category_path,
              price_poisha, image_url, search_text, version, updated_at, shop_name, description, category_slug,
              attributes, in_stock, created_at)
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::text[], $8::bigint, $9, $10, $11, now(), $12, $13, $14,
               $15::jsonb, $16, $17::timestamptz)
       ON CONFLICT (product_id) DO UPDATE SET
         vendor_id = EXCLUDED.vendor_id, slug = EXCLUDED.slug, title_en = EXCLUDED.title_en,
         title_bn = EXCLUDED.title_bn, brand = EXCLUDED.brand, category_path = EXCLUDED.category_path,
         price_poisha = EXCLUDED.price_poisha, image_url = EXCLUDED.image_url, search_text = EXCLUDED.search_text,
         version = EXCLUDED.version, updated_at = now(), shop_name = EXCLUDED.shop_name,
         description = EXCLUDED.description, category_slug = EXCLUDED.category_slug,
         attributes = EXCLUDED.attributes, in_stock = EXCLUDED.in_stock
       WHERE d.version < EXCLUDED.version`,
      doc.productId,
      doc.vendorId,
      doc.slug,
      doc.title.en ?? null,
      doc.title.bn ?? null,
      doc.brand ?? null,
      doc.categoryPath,
      doc.pricePoisha,
      doc.imageUrl ?? null,
      searchText(doc),
      doc.version,
      doc.shopName ?? null,
      doc.description ?? null,
      doc.categorySlug ?? null,
      JSON.stringify(doc.attributes),
      doc.inStock,
      doc.createdAt,
    );
  }

  async remove(tx: SqlClient, productId: string, version: number): Promise<void> {
    await tx.$executeRawUnsafe(`DELETE FROM ${this.table} WHERE product_id = $1::uuid AND version <= $2`, productId, version);
  }

  async setStock(tx: SqlClient, productId: string, inStock: boolean): Promise<void> {
    await tx.$executeRawUnsafe(`UPDATE ${this.table} SET in_stock = $2 WHERE product_id = $1::uuid`, productId, inStock);
  }

  async search(query: IndexQuery): Promise<IndexPage> {
    const tsquery = this.tsquery(query.text, query.mode === 'any' ? ' | ' : ' & ');
    if (!tsquery) return { items: [], total: 0, facets: emptyFacets() };
    const all = whereFor(tsquery, query.filters);
    const order =
      query.sort === 'price-asc'
        ? 'price_poisha ASC'
        : query.sort === 'price-desc'
          ? 'price_poisha DESC'
          : query.sort === 'newest'
            ? 'created_at DESC'
            : `ts_rank(${TSV}, to_tsquery('simple', $1)) DESC`;
    const rows = await this.prisma.$queryRawUnsafe<(HitRow & { total: string })[]>(
      `SELECT product_id::text, vendor_id::text, slug, title_en, title_bn, brand, category_path, price_poisha::text,
              image_url, in_stock, count(*) OVER ()::text AS total
         FROM ${this.table} WHERE ${all.sql.join(' AND ')}
        ORDER BY in_stock DESC, ${order}, product_id
        LIMIT ${Number(query.limit)} OFFSET ${Number(query.offset)}`,
      ...all.params,
    );
    const total = rows[0] ? Number(rows[0].total) : await this.count(all);
    return { items: rows.map(toHit), total, facets: await this.facets(tsquery, query.filters) };
  }

  async suggest(prefix: string, limit: number): Promise<{ suggestions: string[]; products: SearchHit[] }> {
    const page = await this.search({ text: prefix, filters: {}, sort: 'relevance', mode: 'all', limit, offset: 0 });
    const suggestions = [...new Set(page.items.map((hit) => titleInScriptOf(prefix, hit.title)))];
    return { suggestions, products: page.items };
  }

  /** No edit-distance matching here (ADR 0017). */
  async correct(): Promise<string | undefined> {
    return undefined;
  }

  async ready(): Promise<boolean> {
    return true; // the database's own readiness check covers it
  }

  private tsquery(text: string, join: string): string | undefined {
    const words = queryWords(text);
    if (!words.length) return undefined;
    return words
      .map((word) => `(${this.synonyms.expand(word).map((w) => `${queryWords(w).join(' <-> ')}:*`).join(' | ')})`)
      .join(join);
  }

  private async count(where: Where): Promise<number> {
    const [row] = await this.prisma.$queryRawUnsafe<{ n: string }[]>(
      `SELECT count(*)::text AS n FROM ${this.table} WHERE ${where.sql.join(' AND ')}`,
      ...where.params,
    );
    return Number(row?.n ?? 0);
  }

  private async facets(tsquery: string, filters: SearchFilters): Promise<SearchFacets> {
    const without = (...keys: (keyof SearchFilters)[]) =>
      whereFor(tsquery, { ...filters, ...Object.fromEntries(keys.map((key) => [key, undefined])) });
    const grouped = async (key: keyof SearchFilters, column: string, from = '') => {
      const where = without(key);
      const rows = await this.prisma.$queryRawUnsafe<{ value: string; n: string }[]>(
        `SELECT ${column} AS value, count(*)::text AS n FROM ${this.table}${from}
          WHERE ${where.sql.join(' AND ')} AND ${column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
        ...where.params,
      );
      return rows.map((row) => ({ value: String(row.value), count: Number(row.n) }));
    };
    const priceWhere = without('priceMin', 'priceMax');
    const counts = PRICE_BUCKETS.map(
      (b, i) =>
        `count(*) FILTER (WHERE price_poisha >= ${b.from}${b.to !== undefined ? ` AND price_poisha < ${b.to}` : ''})::text AS b${i}`,
    );
    const [priceRow] = await this.prisma.$queryRawUnsafe<Record<string, string>[]>(
      `SELECT ${counts.join(', ')} FROM ${this.table} WHERE ${priceWhere.sql.join(' AND ')}`,
      ...priceWhere.params,
    );
    const attrWhere = without('attributes');
    const attrRows = await this.prisma.$queryRawUnsafe<{ name: string; value: string; n: string }[]>(
      `SELECT a.key AS name, a.value AS value, count(*)::text AS n
         FROM ${this.table}, jsonb_each_text(attributes) a
        WHERE ${attrWhere.sql.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
      ...attrWhere.params,
    );
    const attributes: SearchFacets['attributes'] = {};
    for (const row of attrRows) (attributes[row.name] ??= []).push({ value: row.value, count: Number(row.n) });
    return {
      category: await grouped('category', 'c.value', ', unnest(category_path) AS c(value)'),
      brand: await grouped('brand', 'brand'),
      vendor: await grouped('vendor', 'vendor_id::text'),
      price: PRICE_BUCKETS.map((b, i) => ({
        from: b.from,
        ...(b.to !== undefined ? { to: b.to } : {}),
        count: Number(priceRow?.[`b${i}`] ?? 0),
      })),
      inStock: await grouped('inStock', 'in_stock::text'),
      attributes,
    };
  }
}

/** The WHERE clauses and their parameters ($1 is always the tsquery). */
function whereFor(tsquery: string, filters: SearchFilters): Where {
  const sql = [`${TSV} @@ to_tsquery('simple', $1)`];
  const params: unknown[] = [tsquery];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filters.category) sql.push(`${param(filters.category)} = ANY(category_path)`);
  if (filters.brand?.length) sql.push(`brand = ANY(${param(filters.brand)}::text[])`);
  if (filters.vendor?.length) sql.push(`vendor_id::text = ANY(${param(filters.vendor)}::text[])`);
  if (filters.priceMin !== undefined) sql.push(`price_poisha >= ${param(filters.priceMin)}::bigint`);
  if (filters.priceMax !== undefined) sql.push(`price_poisha < ${param(filters.priceMax)}::bigint`);
  if (filters.inStock !== undefined) sql.push(`in_stock = ${param(filters.inStock)}`);
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    sql.push(`attributes ->> ${param(name)} = ANY(${param(values)}::text[])`);
  }
  return { sql, params };
}

function toHit(row: HitRow): SearchHit {
  return {
    productId: row.product_id,
    vendorId: row.vendor_id,
    slug: row.slug,
    title: { ...(row.title_en ? { en: row.title_en } : {}), ...(row.title_bn ? { bn: row.title_bn } : {}) },
    ...(row.brand ? { brand: row.brand } : {}),
    categoryPath: row.category_path,
    price: { amountPoisha: Number(row.price_poisha), currency: 'BDT' },
    ...(row.image_url ? { imageUrl: row.image_url } : {}),
    inStock: row.in_stock,
  };
}

function emptyFacets(): SearchFacets {
  return { category: [], brand: [], vendor: [], price: [], inStock: [], attributes: {} };
}
