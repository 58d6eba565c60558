-- Up Migration

-- The lines of each package as order.placed.v1 sold them: what a vendor can say came back from a courier.
CREATE TABLE package_lines (
  package_id        uuid NOT NULL,
  line_id           uuid NOT NULL,
  variant_id        uuid NOT NULL,
  sku               text NOT NULL,
  title             text NOT NULL,
  quantity          integer NOT NULL CHECK (quantity > 0),
  unit_price_poisha bigint NOT NULL CHECK (unit_price_poisha >= 0),
  PRIMARY KEY (package_id, line_id)
);

-- The vendor's confirmation that a returned or partially delivered parcel came back, with what it held. One per
-- package (its primary key): a second confirmation finds it and publishes nothing.
CREATE TABLE return_receipts (
  package_id            uuid PRIMARY KEY,
  receipt_id            uuid NOT NULL UNIQUE,
  shipment_id           uuid NOT NULL,
  shipment_status       text NOT NULL CHECK (shipment_status IN ('returned', 'partially_delivered')),
  -- [{lineId, variantId, sku, title, quantity, unitPricePoisha}]
  items                 jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  returned_goods_poisha bigint NOT NULL CHECK (returned_goods_poisha >= 0),
  received_by           text NOT NULL,
  received_at           timestamptz(3) NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE return_receipts;
DROP TABLE package_lines;
