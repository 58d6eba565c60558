-- Up Migration
CREATE TABLE search_documents (
  product_id    uuid PRIMARY KEY,
  vendor_id     uuid NOT NULL,
  slug          text NOT NULL,
  title_en      text NOT NULL,
  title_bn      text,
  brand         text,
  category_path text[] NOT NULL DEFAULT '{}',
  price_poisha  bigint NOT NULL,
  image_url     text,
  search_text   text NOT NULL,
  version       integer NOT NULL,
  updated_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX search_documents_vendor_id_idx ON search_documents (vendor_id);
-- 'simple' keeps Bangla words intact (Postgres has no Bangla stemmer); prefix queries give autocomplete.
CREATE INDEX search_documents_fts_idx ON search_documents USING gin (to_tsvector('simple', search_text));

-- The outbox and inbox are the messaging library's: libs/platform/messaging/migrations, applied after these
-- (ADR 0015). Databases migrated before that got them from this file; the library's migration adopts them.

-- Down Migration
DROP TABLE search_documents;
