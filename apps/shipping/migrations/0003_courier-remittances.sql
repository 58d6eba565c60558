-- Up Migration

-- Courier payouts already passed on to payment as shipping.cod-remittance-received.v1 (Steadfast's /payments read
-- by the poller), so a payout read again is never published twice.
CREATE TABLE courier_remittances (
  courier        text NOT NULL CHECK (courier IN ('pathao', 'steadfast', 'redx')),
  remittance_id  text NOT NULL,
  total_poisha   bigint NOT NULL CHECK (total_poisha >= 0),
  received_at    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (courier, remittance_id)
);

-- Down Migration
DROP TABLE courier_remittances;
