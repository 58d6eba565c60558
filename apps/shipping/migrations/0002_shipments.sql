-- Up Migration

-- What shipping learns about each vendor package from the order service (order.placed.v1, order.confirmed.v1)
-- before the vendor packs it: enough to book a courier without calling back into order.
CREATE TABLE packages_to_ship (
  package_id            uuid PRIMARY KEY,
  order_id              uuid NOT NULL,
  order_number          text NOT NULL,
  vendor_id             uuid NOT NULL,
  shopper_id            uuid,
  -- 11 digits, 01XXXXXXXXX: what couriers take.
  recipient_phone       text NOT NULL CHECK (recipient_phone ~ '^01[3-9][0-9]{8}$'),
  recipient_name        text NOT NULL,
  recipient_address     text NOT NULL,
  destination_district  text NOT NULL,
  payment_method        text NOT NULL,
  total_poisha          bigint NOT NULL CHECK (total_poisha >= 0),
  weight_grams          integer NOT NULL CHECK (weight_grams > 0),
  paid_at               timestamptz(3),
  created_at            timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX packages_to_ship_order_idx ON packages_to_ship (order_id);

-- A package's courier consignment. One per package (a retry never books twice); `status` is 'booking' until the
-- courier answered, then the shipment machine's status. `claimed_until` keeps two bookers off one row.
CREATE TABLE shipments (
  id                   uuid PRIMARY KEY,
  package_id           uuid NOT NULL UNIQUE REFERENCES packages_to_ship (package_id),
  order_id             uuid NOT NULL,
  vendor_id            uuid NOT NULL,
  courier              text NOT NULL CHECK (courier IN ('pathao', 'steadfast', 'redx')),
  consignment_id       text,
  status               text NOT NULL CHECK (status IN ('booking', 'booked', 'picked', 'in_transit',
                         'out_for_delivery', 'delivery_failed', 'delivered', 'partially_delivered', 'returning',
                         'returned')),
  attempt              integer NOT NULL DEFAULT 0 CHECK (attempt >= 0),
  cod_amount_poisha    bigint NOT NULL CHECK (cod_amount_poisha >= 0),
  collected_poisha     bigint CHECK (collected_poisha >= 0),
  delivery_fee_poisha  bigint CHECK (delivery_fee_poisha >= 0),
  booking_attempts     integer NOT NULL DEFAULT 0,
  next_attempt_at      timestamptz(3) NOT NULL DEFAULT now(),
  claimed_until        timestamptz(3),
  last_error           text,
  handover_due_at      timestamptz(3),
  delivery_due_at      timestamptz(3),
  booked_at            timestamptz(3),
  created_at           timestamptz(3) NOT NULL DEFAULT now(),
  updated_at           timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (courier, consignment_id)
);
CREATE INDEX shipments_booking_idx ON shipments (next_attempt_at) WHERE status = 'booking';
CREATE INDEX shipments_order_idx ON shipments (order_id);

-- Every courier report as it arrived (the original payload), and what it did: applied, or why not.
CREATE TABLE courier_events (
  id              bigserial PRIMARY KEY,
  courier         text NOT NULL,
  consignment_id  text NOT NULL,
  shipment_id     uuid REFERENCES shipments (id),
  courier_status  text NOT NULL,
  mapped_status   text,
  outcome         text NOT NULL CHECK (outcome IN ('applied', 'duplicate', 'backwards', 'final', 'note',
                    'unknown_consignment')),
  message_en      text,
  message_bn      text,
  payload         jsonb NOT NULL,
  payload_sha256  text NOT NULL,
  received_at     timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (courier, payload_sha256)
);
CREATE INDEX courier_events_shipment_idx ON courier_events (shipment_id, id);

-- Down Migration
DROP TABLE courier_events;
DROP TABLE shipments;
DROP TABLE packages_to_ship;
