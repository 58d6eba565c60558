-- Up Migration

-- Returned parcels whose units went back on hand when the vendor confirmed receipt (shipping.return-received.v1).
-- One row per package: a redelivered event, or a second confirmation, restocks nothing more.
CREATE TABLE return_restocks (
  package_id     uuid PRIMARY KEY,
  receipt_id     uuid NOT NULL UNIQUE,
  reservation_id uuid NOT NULL REFERENCES reservations (id),
  vendor_id      uuid NOT NULL,
  units          integer NOT NULL CHECK (units >= 0),
  correlation_id text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX return_restocks_reservation_idx ON return_restocks (reservation_id);

-- Down Migration
DROP TABLE return_restocks;
