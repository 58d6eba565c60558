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
DROP TABLE products;
