-- Up Migration
-- Facets, filters and sorts for the Postgres index (the embedded mode's engine, ADR 0017).
ALTER TABLE search_documents
  ADD COLUMN shop_name     text,
  ADD COLUMN description   text,
  ADD COLUMN category_slug text,
  ADD COLUMN attributes    jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN in_stock      boolean NOT NULL DEFAULT true,
  ADD COLUMN created_at    timestamptz(3) NOT NULL DEFAULT now();

-- Down Migration
ALTER TABLE search_documents
  DROP COLUMN shop_name, DROP COLUMN description, DROP COLUMN category_slug, DROP COLUMN attributes,
  DROP COLUMN in_stock, DROP COLUMN created_at;
