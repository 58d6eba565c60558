import type { TransactionalSqlClient } from '@getit/database';
import { AttributeDefinition, CategoryRecord } from '../domain/categories/attribute-definition';
import { CatalogTables } from './catalog-tables';

/** The category tree in the database: synced from the tree file, read whole into memory. */
export class CategoriesRepository {
  constructor(
    private readonly db: TransactionalSqlClient,
    private readonly t: CatalogTables,
  ) {}

  /**
   * Upserts every category of the tree in one transaction, parents before children, under an advisory lock so
   * replicas starting together do not race. Categories missing from the file stay: products may point at them.
   */
  async sync(records: readonly CategoryRecord[]): Promise<void> {
    await this.db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `${this.t.categories} sync`);
        await tx.$executeRawUnsafe(
          `INSERT INTO ${this.t.categories} AS c (slug, parent_slug, name_en, name_bn, path, position, attributes)
           SELECT x.slug, x."parentSlug", x."nameEn", x."nameBn", x.path, x.position, x.attributes
             FROM jsonb_to_recordset($1::jsonb) AS x(slug text, "parentSlug" text, "nameEn" text,
                  "nameBn" text, path text[], position integer, attributes jsonb)
           ON CONFLICT (slug) DO UPDATE SET
             parent_slug = EXCLUDED.parent_slug, name_en = EXCLUDED.name_en, name_bn = EXCLUDED.name_bn,
             path = EXCLUDED.path, position = EXCLUDED.position, attributes = EXCLUDED.attributes, updated_at = now()
           WHERE (c.parent_slug, c.name_en, c.name_bn, c.path, c.position, c.attributes)
                 IS DISTINCT FROM (EXCLUDED.parent_slug, EXCLUDED.name_en, EXCLUDED.name_bn, EXCLUDED.path,
                                   EXCLUDED.position, EXCLUDED.attributes)`,
          JSON.stringify(
            records.map((r) => ({
              slug: r.slug,
              parentSlug: r.parentSlug,
              nameEn: r.name.en,
              nameBn: r.name.bn,
              path: r.path,
              position: r.position,
              attributes: r.attributes,
            })),
          ),
        );
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  }

  async loadAll(): Promise<CategoryRecord[]> {
    const rows = await this.db.$queryRawUnsafe<
      {
        slug: string;
        parent_slug: string | null;
        name_en: string;
        name_bn: string;
        path: string[];
        position: number;
        attributes: AttributeDefinition[] | string;
      }[]
    >(`SELECT slug, parent_slug, name_en, name_bn, path, position, attributes FROM ${this.t.categories}`);
    return rows.map((row) => ({
      slug: row.slug,
      parentSlug: row.parent_slug,
      name: { en: row.name_en, bn: row.name_bn },
      path: row.path,
      position: Number(row.position),
      attributes: typeof row.attributes === 'string' ? JSON.parse(row.attributes) : row.attributes,
    }));
  }
}
