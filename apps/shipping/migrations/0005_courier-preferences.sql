-- Up Migration

-- A vendor's courier choices (ADR 0018): a named courier or, with no courier, the marketplace's choice; whether
-- packing books at once or waits for the vendor to book (singly with a chosen courier, or the whole queue); and the
-- warehouse parcels are picked up from. No row is the marketplace's choice, booked on packing, from the hub.
CREATE TABLE vendor_courier_preferences (
  vendor_id             uuid PRIMARY KEY,
  courier               text CHECK (courier IN ('pathao', 'steadfast', 'redx')),
  book_on_packing       boolean NOT NULL DEFAULT true,
  pickup_warehouse_id   uuid,
  updated_by            text,
  updated_at            timestamptz(3) NOT NULL DEFAULT now()
);

-- A vendor warehouse as a pickup point: the address couriers collect from (copied from the vendor's warehouse when
-- the vendor registers it; inventory owns the warehouse itself).
CREATE TABLE pickup_points (
  warehouse_id   uuid PRIMARY KEY,
  vendor_id      uuid NOT NULL,
  name           text NOT NULL CHECK (length(name) BETWEEN 3 AND 60),
  contact_phone  text NOT NULL CHECK (contact_phone ~ '^01[3-9][0-9]{8}$'),
  address        text NOT NULL CHECK (length(address) BETWEEN 15 AND 120),
  area           text,
  district       text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX pickup_points_vendor_idx ON pickup_points (vendor_id);

-- The courier's own id of each pickup point (Pathao store_id, RedX pickup store id; Steadfast has no stores), made at
-- the courier the first time it is needed and kept: one per warehouse and courier.
CREATE TABLE courier_stores (
  warehouse_id   uuid NOT NULL REFERENCES pickup_points (warehouse_id),
  courier        text NOT NULL CHECK (courier IN ('pathao', 'steadfast', 'redx')),
  store_id       text NOT NULL,
  registered_at  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (warehouse_id, courier)
);

-- When the vendor packed the package: with book_on_packing off it waits, packed and without a shipment, in the
-- vendor's booking queue.
ALTER TABLE packages_to_ship ADD COLUMN packed_at timestamptz(3);
CREATE INDEX packages_to_ship_vendor_packed_idx ON packages_to_ship (vendor_id, packed_at) WHERE packed_at IS NOT NULL;

-- Where the courier picks the parcel up: the warehouse and the courier's store id (none: the marketplace's hub).
ALTER TABLE shipments ADD COLUMN pickup_warehouse_id uuid;
ALTER TABLE shipments ADD COLUMN pickup_store_id text;

-- Down Migration
ALTER TABLE shipments DROP COLUMN pickup_store_id;
ALTER TABLE shipments DROP COLUMN pickup_warehouse_id;
DROP INDEX packages_to_ship_vendor_packed_idx;
ALTER TABLE packages_to_ship DROP COLUMN packed_at;
DROP TABLE courier_stores;
DROP TABLE pickup_points;
DROP TABLE vendor_courier_preferences;
