-- Up Migration

-- The marketplace's delivery price list. One row per marketplace (today only 'getit'); `version` counts edits so a
-- quote can say which prices it used.
CREATE TABLE rate_cards (
  marketplace          text PRIMARY KEY,
  version              integer NOT NULL DEFAULT 1 CHECK (version > 0),
  cod_fee_basis_points integer NOT NULL CHECK (cod_fee_basis_points BETWEEN 0 AND 10000),
  updated_by           text,
  updated_at           timestamptz(3) NOT NULL DEFAULT now()
);

-- Prices of one zone on a card, in poisha: the three weight slabs and each kilogram beyond 2 kg.
CREATE TABLE rate_card_zones (
  marketplace           text NOT NULL REFERENCES rate_cards (marketplace),
  zone                  text NOT NULL CHECK (zone IN ('same_city', 'suburb', 'outside_dhaka')),
  up_to_500g_poisha     bigint NOT NULL CHECK (up_to_500g_poisha >= 0),
  up_to_1kg_poisha      bigint NOT NULL CHECK (up_to_1kg_poisha >= up_to_500g_poisha),
  up_to_2kg_poisha      bigint NOT NULL CHECK (up_to_2kg_poisha >= up_to_1kg_poisha),
  per_extra_kg_poisha   bigint NOT NULL CHECK (per_extra_kg_poisha >= 0),
  PRIMARY KEY (marketplace, zone)
);

-- Seeded from Pathao's published card (bangladesh-reference §5): inside the city 70/80/90 +15 per extra kg,
-- Dhaka ↔ suburbs 80/100/120 +25, outside Dhaka 120/140/160 +25; cash on delivery 1%.
INSERT INTO rate_cards (marketplace, version, cod_fee_basis_points) VALUES ('getit', 1, 100);
INSERT INTO rate_card_zones
  (marketplace, zone, up_to_500g_poisha, up_to_1kg_poisha, up_to_2kg_poisha, per_extra_kg_poisha)
VALUES
  ('getit', 'same_city', 7000, 8000, 9000, 1500),
  ('getit', 'suburb', 8000, 10000, 12000, 2500),
  ('getit', 'outside_dhaka', 12000, 14000, 16000, 2500);

-- Down Migration
DROP TABLE rate_card_zones;
DROP TABLE rate_cards;
