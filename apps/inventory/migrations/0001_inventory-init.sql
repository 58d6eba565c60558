-- Up Migration

-- A vendor's pickup address. Archived, never deleted: the audit trail keeps pointing at it.
CREATE TABLE warehouses (
  id             uuid PRIMARY KEY,
  vendor_id      uuid NOT NULL,
  code           text NOT NULL,
  name           text NOT NULL,
  address_line1  text NOT NULL,
  address_line2  text,
  area           text,
  district       text NOT NULL,
  division       text NOT NULL,
  postcode       text CHECK (postcode ~ '^\d{4}$'),
  contact_phone  text,
  archived_at    timestamptz(3),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX warehouses_vendor_id_idx ON warehouses (vendor_id);
-- A code names one active warehouse per vendor; an archived warehouse frees its code.
CREATE UNIQUE INDEX warehouses_vendor_id_code_active_key ON warehouses (vendor_id, code) WHERE archived_at IS NULL;

-- One row per catalog variant this service stocks. Its row lock is the per-variant mutex: every write to the
-- variant's stock locks it first (in variant-id order), so levels, version and the low-stock flag move together.
CREATE TABLE inventory_items (
  variant_id          uuid PRIMARY KEY,
  vendor_id           uuid NOT NULL,
  sku                 text NOT NULL,
  low_stock_threshold integer CHECK (low_stock_threshold >= 0),
  low_stock           boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 0,
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  updated_at          timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX inventory_items_vendor_id_variant_id_idx ON inventory_items (vendor_id, variant_id);

-- Units of a variant in a warehouse. The checks are the last line of defence: whatever the code does, stock is
-- never negative and never more reserved than on hand.
CREATE TABLE stock_levels (
  variant_id   uuid NOT NULL REFERENCES inventory_items (variant_id),
  warehouse_id uuid NOT NULL REFERENCES warehouses (id),
  on_hand      integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  reserved     integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  updated_at   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (variant_id, warehouse_id),
  CONSTRAINT stock_levels_reserved_within_on_hand CHECK (reserved <= on_hand)
);
CREATE INDEX stock_levels_warehouse_id_idx ON stock_levels (warehouse_id);

-- The audit trail of on-hand stock: who changed what, when, by how much, why, and what was left.
CREATE TABLE stock_movements (
  seq            bigserial PRIMARY KEY,
  vendor_id      uuid NOT NULL,
  warehouse_id   uuid NOT NULL REFERENCES warehouses (id),
  variant_id     uuid NOT NULL,
  delta          integer NOT NULL,
  reason         text NOT NULL,
  note           text,
  on_hand_after  integer NOT NULL,
  reserved_after integer NOT NULL,
  actor_id       text NOT NULL,
  reservation_id uuid,
  correlation_id text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX stock_movements_variant_id_seq_idx ON stock_movements (variant_id, seq);

-- Units held for a checkout until committed (order confirmed), released (cancelled) or expired.
CREATE TABLE reservations (
  id              uuid PRIMARY KEY,
  reservation_key text NOT NULL UNIQUE,
  status          text NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'committed', 'released', 'expired')),
  expires_at      timestamptz(3) NOT NULL,
  correlation_id  text NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  committed_at    timestamptz(3),
  released_at     timestamptz(3)
);
-- What the expiry sweeper scans: only the active holds.
CREATE INDEX reservations_active_expiry_idx ON reservations (expires_at) WHERE status = 'active';

CREATE TABLE reservation_allocations (
  reservation_id uuid NOT NULL REFERENCES reservations (id),
  variant_id     uuid NOT NULL,
  warehouse_id   uuid NOT NULL,
  vendor_id      uuid NOT NULL,
  quantity       integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (reservation_id, variant_id, warehouse_id)
);

-- The outbox and inbox are the messaging library's: libs/platform/messaging/migrations, applied after these
-- (ADR 0015). Databases migrated before that got them from this file; the library's migration adopts them.

-- Down Migration
DROP TABLE reservation_allocations;
DROP TABLE reservations;
DROP TABLE stock_movements;
DROP TABLE stock_levels;
DROP TABLE inventory_items;
DROP TABLE warehouses;
