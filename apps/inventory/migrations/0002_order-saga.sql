-- Up Migration

-- Reservations the checkout saga asked for (order.placed.v1) that could not be made, and the shortages it was
-- told (inventory.reservation-failed.v1). The key is the order id: an order refused once is never reserved later
-- by a repeated order.placed.v1, so the saga never hears both "failed" and "reserved" for one order.
CREATE TABLE reservation_refusals (
  reservation_key text PRIMARY KEY,
  shortages       jsonb NOT NULL,
  correlation_id  text NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);

-- The vendor parts of committed reservations whose units went back on hand because the order or that vendor's
-- package was cancelled before handover. One row per reservation and vendor: each part is restocked once, whichever
-- cancellation comes first.
CREATE TABLE reservation_restocks (
  reservation_id uuid NOT NULL REFERENCES reservations (id),
  vendor_id      uuid NOT NULL,
  reason         text NOT NULL CHECK (reason IN ('order_cancelled', 'package_cancelled')),
  correlation_id text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (reservation_id, vendor_id)
);

-- Down Migration
DROP TABLE reservation_restocks;
DROP TABLE reservation_refusals;
