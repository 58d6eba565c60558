-- Up Migration
-- What a test handler writes, so a test can count how often an event was applied. The outbox and inbox come from
-- the library's own migrations (libs/platform/messaging/migrations), applied after these as in every service.
CREATE TABLE applied_events (
  id         bigserial PRIMARY KEY,
  event_id   uuid NOT NULL,
  product_id uuid NOT NULL,
  version    integer NOT NULL,
  applied_at timestamptz(3) NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE applied_events;
