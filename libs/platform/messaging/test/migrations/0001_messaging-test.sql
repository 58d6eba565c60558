-- Up Migration
CREATE TABLE applied_events (
  id         bigserial PRIMARY KEY,
  event_id   uuid NOT NULL,
  product_id uuid NOT NULL,
  version    integer NOT NULL,
  applied_at timestamptz(3) NOT NULL DEFAULT now()
);

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
DROP TABLE applied_events;
