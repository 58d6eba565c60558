-- Up Migration
-- The outbox and inbox every service keeps in its own schema, defined once here and applied by the service
-- runtime after the service's own migrations, with its own record table (messaging_migrations); see ADR 0015.
-- IF NOT EXISTS: services created before the library owned these tables made them in their first migration,
-- identically, so on their databases this migration only records itself.

-- Transactional outbox: events written in the same transaction as the state change; a relay publishes them.
CREATE TABLE IF NOT EXISTS outbox (
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
CREATE INDEX IF NOT EXISTS outbox_unpublished_idx ON outbox (seq) WHERE published_at IS NULL;

-- Inbox: ids of events this service's consumers already applied, written in the consumer's own transaction.
CREATE TABLE IF NOT EXISTS inbox (
  consumer_group text NOT NULL,
  event_id       uuid NOT NULL,
  processed_at   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer_group, event_id)
);

-- Down Migration
DROP TABLE IF EXISTS inbox;
DROP TABLE IF EXISTS outbox;
