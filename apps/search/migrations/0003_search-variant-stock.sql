-- Up Migration
-- Stock per variant from inventory.stock-changed.v1, and which product each variant belongs to (from catalog's
-- product events): a product is in stock when any of its variants is (unknown counts as in stock).
CREATE TABLE search_variant_stock (
  variant_id    uuid PRIMARY KEY,
  product_id    uuid,
  available     integer,
  stock_version integer NOT NULL DEFAULT 0
);
CREATE INDEX search_variant_stock_product_id_idx ON search_variant_stock (product_id);

-- Down Migration
DROP TABLE search_variant_stock;
