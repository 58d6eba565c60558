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

-- Transactional outbox: events written in the same transaction as the state change; a relay publishes them.
CREATE TABLE outbox (
  seq          bigserial PRIMARY KEY,
  id           uuid NOT NULL UNIQUE,
  topic        text NOT NULL,
  key          text NOT NULL,
  type         text NOT NULL,
  envelope     jsonb NOT NULL,
  headers      jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  published_at timestamptz(3)
);
CREATE INDEX outbox_unpublished_idx ON outbox (seq) WHERE published_at IS NULL;

-- Inbox: ids of events this service's consumers already applied, written in the consumer's own transaction.
CREATE TABLE inbox (
  consumer_group text NOT NULL,
  event_id       uuid NOT NULL,
  processed_at   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer_group, event_id)
);

-- Down Migration
DROP TABLE inbox;
DROP TABLE outbox;
DROP TABLE search_documents;
