import { EventPayload, SearchHit } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { searchText } from '../domain/search-text';
import { SearchPrismaClient } from './search-prisma';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;

interface HitRow {
  product_id: string;
  vendor_id: string;
  slug: string;
  title_en: string;
  title_bn: string | null;
  brand: string | null;
  category_path: string[];
  price_poisha: string;
  image_url: string | null;
}

/** The search index in Postgres. Writes are version-guarded: an older event never overwrites a newer one. */
export class SearchDocumentsRepository {
  constructor(
    private readonly prisma: SearchPrismaClient,
    private readonly table: string,
  ) {}

  async upsert(tx: SqlClient, product: Upserted): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.table} AS d (product_id, vendor_id, slug, title_en, title_bn, brand, category_path,
                                        price_poisha, image_url, search_text, version, updated_at)
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::text[], $8::bigint, $9, $10, $11, now())
       ON CONFLICT (product_id) DO UPDATE SET
         vendor_id = EXCLUDED.vendor_id, slug = EXCLUDED.slug, title_en = EXCLUDED.title_en,
         title_bn = EXCLUDED.title_bn, brand = EXCLUDED.brand, category_path = EXCLUDED.category_path,
         price_poisha = EXCLUDED.price_poisha, image_url = EXCLUDED.image_url,
         search_text = EXCLUDED.search_text, version = EXCLUDED.version, updated_at = now()
       WHERE d.version < EXCLUDED.version`,
      product.productId,
      product.vendorId,
      product.slug,
      product.title.en,
      product.title.bn ?? null,
      product.brand ?? null,
      product.categoryPath,
      product.price.amountPoisha,
      product.imageUrl ?? null,
      searchText({
        titleEn: product.title.en,
        titleBn: product.title.bn,
        brand: product.brand,
        categoryPath: product.categoryPath,
      }),
      product.version,
    );
  }

  async remove(tx: SqlClient, productId: string, version: number): Promise<void> {
    await tx.$executeRawUnsafe(
      `DELETE FROM ${this.table} WHERE product_id = $1::uuid AND version <= $2`,
      productId,
      version,
    );
  }

  async search(tsquery: string, limit: number): Promise<SearchHit[]> {
    const rows = await this.prisma.$queryRawUnsafe<HitRow[]>(
      `SELECT product_id::text, vendor_id::text, slug, title_en, title_bn, brand, category_path,
              price_poisha::text, image_url
         FROM ${this.table}
        WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', $1)
        ORDER BY ts_rank(to_tsvector('simple', search_text), to_tsquery('simple', $1)) DESC, title_en
        LIMIT $2`,
      tsquery,
      limit,
    );
    return rows.map((row) => ({
      productId: row.product_id,
      vendorId: row.vendor_id,
      slug: row.slug,
      title: { en: row.title_en, bn: row.title_bn ?? undefined },
      brand: row.brand ?? undefined,
      categoryPath: row.category_path,
      price: { amountPoisha: Number(row.price_poisha), currency: 'BDT' },
      imageUrl: row.image_url ?? undefined,
    }));
  }
}
