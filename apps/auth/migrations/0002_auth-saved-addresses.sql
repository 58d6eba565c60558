-- Up Migration

-- A shopper's saved delivery addresses (at most 10 each, one default), checked like an order's address before they
-- are stored: phone in E.164, division and district in the reference lists' spelling, a 4-digit postcode.
CREATE TABLE saved_addresses (
  id         uuid PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label      text NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
  is_default boolean NOT NULL DEFAULT false,
  name       text NOT NULL,
  phone      text NOT NULL CHECK (phone ~ '^\+8801[3-9][0-9]{8}$'),
  division   text NOT NULL,
  district   text NOT NULL,
  area       text NOT NULL,
  postcode   text NOT NULL CHECK (postcode ~ '^[0-9]{4}$'),
  street     text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX saved_addresses_user_id_created_at_idx ON saved_addresses (user_id, created_at DESC);

-- Down Migration
DROP TABLE saved_addresses;
