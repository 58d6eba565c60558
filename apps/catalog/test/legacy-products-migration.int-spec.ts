import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@getit/database';
import { createTestDatabase, TestDatabase } from '@getit/testing';

const migrations = join(__dirname, '..', 'migrations');

/** Products listed before variants and categories existed survive 0002 as one-variant products. */
describe('migration 0002 on a catalog that already has products', () => {
  let db: TestDatabase;
  const firstOnly = mkdtempSync(join(tmpdir(), 'catalog-0001-'));
  beforeAll(async () => {
    db = await createTestDatabase('catalog_legacy');
    copyFileSync(join(migrations, '0001_catalog-init.sql'), join(firstOnly, '0001_catalog-init.sql'));
    await runMigrations({ databaseUrl: db.url, migrationsDir: firstOnly });
  });
  afterAll(async () => {
    rmSync(firstOnly, { recursive: true, force: true });
    await db?.drop();
  });

  it('gives each old product a variant with its price, its image with alt text, and keeps it off sale until its shop opens', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO products (id, vendor_id, slug, title_en, category_path, price_poisha, compare_at_poisha, image_url)
         VALUES ('6a1f1d0e-1b4e-4c55-9a43-2f4f8f0d2c01', 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22', 'old-saree',
                 'Old Saree', '{fashion,sarees}', 125000, 140000, 'https://cdn.getit.com.bd/p/old.jpg')`,
      );
      await runMigrations({ databaseUrl: db.url, migrationsDir: migrations });
      const [product] = (
        await client.query(`SELECT status, listed, images, max_price_poisha::int AS max FROM products`)
      ).rows;
      expect(product).toEqual({
        status: 'published',
        listed: false,
        images: [{ url: 'https://cdn.getit.com.bd/p/old.jpg', alt: { en: 'Old Saree' } }],
        max: 125000,
      });
      const variants = (
        await client.query(
          `SELECT sku, price_poisha::int AS price, compare_at_poisha::int AS compare FROM product_variants`,
        )
      ).rows;
      expect(variants).toEqual([{ sku: 'SKU-6A1F1D0E1B4E', price: 125000, compare: 140000 }]);
    } finally {
      await client.end();
    }
  });
});
