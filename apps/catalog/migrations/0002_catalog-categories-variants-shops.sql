-- Up Migration

-- The category tree. Rows are synced from apps/catalog/src/domain/categories/category-tree.data.ts at start-up.
CREATE TABLE categories (
  slug        text PRIMARY KEY,
  parent_slug text REFERENCES categories (slug),
  name_en     text NOT NULL,
  name_bn     text NOT NULL,
  path        text[] NOT NULL,
  position    integer NOT NULL DEFAULT 0,
  -- this category's own attribute definitions; descendants inherit them
  attributes  jsonb NOT NULL DEFAULT '[]',
  updated_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX categories_parent_slug_idx ON categories (parent_slug);

-- An approved vendor's public profile, created from auth.vendor-approved.v1.
CREATE TABLE shops (
  vendor_id        uuid PRIMARY KEY,
  slug             text NOT NULL UNIQUE,
  name             text NOT NULL,
  logo_url         text,
  description_en   text,
  description_bn   text,
  district         text NOT NULL,
  status           text NOT NULL CHECK (status IN ('active', 'suspended', 'rejected')),
  rating_average   double precision,
  rating_count     integer NOT NULL DEFAULT 0,
  -- the auth decision's version last applied: an older decision arriving late changes nothing
  decision_version bigint NOT NULL,
  approved_at      timestamptz(3),
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX shops_active_newest_idx ON shops (created_at DESC, vendor_id DESC) WHERE status = 'active';

ALTER TABLE products
  ADD COLUMN category_slug     text REFERENCES categories (slug),
  ADD COLUMN attributes        jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN images            jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN max_price_poisha  bigint,
  -- published AND the vendor's shop is active: what shoppers may see and buy
  ADD COLUMN listed            boolean NOT NULL DEFAULT false,
  -- some variant has stock, from inventory.stock-changed.v1
  ADD COLUMN in_stock          boolean NOT NULL DEFAULT false,
  ADD COLUMN moderation_reason text,
  ADD COLUMN moderated_by      uuid,
  ADD COLUMN moderated_at      timestamptz(3),
  ADD COLUMN submitted_at      timestamptz(3),
  ADD COLUMN published_at      timestamptz(3),
  ALTER COLUMN status SET DEFAULT 'draft',
  ADD CONSTRAINT products_status_check
    CHECK (status IN ('draft', 'pending_review', 'published', 'rejected', 'archived')),
  ADD CONSTRAINT products_images_max_check CHECK (jsonb_array_length(images) <= 10);

UPDATE products
   SET max_price_poisha = price_poisha,
       published_at = CASE WHEN status = 'published' THEN created_at END,
       images = CASE WHEN image_url IS NULL THEN '[]'::jsonb
                     ELSE jsonb_build_array(jsonb_build_object('url', image_url, 'alt', jsonb_build_object('en', title_en)))
                END;
ALTER TABLE products ALTER COLUMN max_price_poisha SET NOT NULL;
ALTER TABLE products DROP COLUMN image_url;

CREATE TABLE product_variants (
  id                uuid PRIMARY KEY,
  product_id        uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  vendor_id         uuid NOT NULL,
  sku               text NOT NULL,
  options           jsonb NOT NULL DEFAULT '{}',
  price_poisha      bigint NOT NULL CHECK (price_poisha > 0),
  compare_at_poisha bigint CHECK (compare_at_poisha >= price_poisha),
  weight_grams      integer NOT NULL CHECK (weight_grams > 0),
  position          integer NOT NULL DEFAULT 0,
  -- available to sell, from inventory; NULL until inventory reports the variant
  available         integer CHECK (available >= 0),
  stock_version     integer,
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX product_variants_vendor_id_sku_key ON product_variants (vendor_id, sku);
CREATE INDEX product_variants_product_id_position_idx ON product_variants (product_id, position);

-- Products listed before variants existed get one variant carrying their price.
INSERT INTO product_variants (id, product_id, vendor_id, sku, price_poisha, compare_at_poisha, weight_grams)
SELECT gen_random_uuid(), id, vendor_id, 'SKU-' || upper(substr(replace(id::text, '-', ''), 1, 12)),
       greatest(price_poisha, 1), CASE WHEN compare_at_poisha >= price_poisha THEN compare_at_poisha END, 500
  FROM products;

DROP INDEX products_vendor_id_idx;
DROP INDEX products_created_at_id_idx;
-- a vendor's own list (any status), newest first
CREATE INDEX products_vendor_id_created_at_id_idx ON products (vendor_id, created_at DESC, id DESC);
-- the public listing: one partial index per ordering, holding listed products only
CREATE INDEX products_listed_newest_idx ON products (created_at DESC, id DESC) WHERE listed;
CREATE INDEX products_listed_price_idx ON products (price_poisha, id) WHERE listed;
CREATE INDEX products_listed_category_idx ON products USING gin (category_path) WHERE listed;
-- the moderation queue, oldest submission first
CREATE INDEX products_review_queue_idx ON products (submitted_at, id) WHERE status = 'pending_review';

-- Down Migration
DROP INDEX products_review_queue_idx;
DROP INDEX products_listed_category_idx;
DROP INDEX products_listed_price_idx;
DROP INDEX products_listed_newest_idx;
DROP INDEX products_vendor_id_created_at_id_idx;
CREATE INDEX products_vendor_id_idx ON products (vendor_id);
CREATE INDEX products_created_at_id_idx ON products (created_at DESC, id);
DROP TABLE product_variants;
ALTER TABLE products ADD COLUMN image_url text;
UPDATE products SET image_url = images -> 0 ->> 'url';
ALTER TABLE products
  DROP CONSTRAINT products_images_max_check,
  DROP CONSTRAINT products_status_check,
  ALTER COLUMN status SET DEFAULT 'published',
  DROP COLUMN published_at,
  DROP COLUMN submitted_at,
  DROP COLUMN moderated_at,
  DROP COLUMN moderated_by,
  DROP COLUMN moderation_reason,
  DROP COLUMN in_stock,
  DROP COLUMN listed,
  DROP COLUMN max_price_poisha,
  DROP COLUMN images,
  DROP COLUMN attributes,
  DROP COLUMN category_slug;
DROP TABLE shops;
DROP TABLE categories;
