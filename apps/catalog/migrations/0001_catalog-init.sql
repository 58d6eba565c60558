-- Up Migration
CREATE TABLE products (
  id                uuid PRIMARY KEY,
  vendor_id         uuid NOT NULL,
  slug              text NOT NULL UNIQUE,
  title_en          text NOT NULL,
  title_bn          text,
  description_en    text,
  description_bn    text,
  brand             text,
  category_path     text[] NOT NULL DEFAULT '{}',
  price_poisha      bigint NOT NULL CHECK (price_poisha >= 0),
  compare_at_poisha bigint CHECK (compare_at_poisha >= 0),
  currency          char(3) NOT NULL DEFAULT 'BDT',
  image_url         text,
  status            text NOT NULL DEFAULT 'published',
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX products_vendor_id_idx ON products (vendor_id);
CREATE INDEX products_created_at_id_idx ON products (created_at DESC, id);

-- The outbox and inbox are the messaging library's: libs/platform/messaging/migrations, applied after these
-- (ADR 0015). Databases migrated before that got them from this file; the library's migration adopts them.

-- Down Migration
DROP TABLE products;
