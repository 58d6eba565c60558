-- Up Migration

-- Cash-on-delivery consignments as the shipping service reported them delivered (shipping.shipment-status-changed.v1):
-- which courier holds how much of a package's cash, and which remittance settled it.
CREATE TABLE cod_consignments (
  package_id       uuid PRIMARY KEY,
  order_id         uuid NOT NULL,
  vendor_id        uuid NOT NULL,
  courier          text NOT NULL CHECK (courier <> 'unassigned' AND courier ~ '^[a-z_]+$'),
  consignment_id   text NOT NULL CHECK (consignment_id <> ''),
  package_total_poisha bigint NOT NULL CHECK (package_total_poisha >= 0),
  collected_poisha bigint NOT NULL CHECK (collected_poisha >= 0 AND collected_poisha <= package_total_poisha),
  delivered_at     timestamptz(3) NOT NULL,
  -- what the courier accounted for (cash remitted + its fees) and the fees, summed over remittances
  settled_poisha   bigint NOT NULL DEFAULT 0 CHECK (settled_poisha >= 0),
  fees_poisha      bigint NOT NULL DEFAULT 0 CHECK (fees_poisha >= 0 AND fees_poisha <= settled_poisha),
  remittance_id    text,
  remitted_at      timestamptz(3),
  CONSTRAINT cod_consignments_courier_consignment_key UNIQUE (courier, consignment_id)
);
CREATE INDEX cod_consignments_vendor_id_idx ON cod_consignments (vendor_id);

-- Remittance lines that did not match what was collected, and partial deliveries' uncollected cash: finance's queue.
CREATE TABLE cod_reconciliation_items (
  id                uuid PRIMARY KEY,
  -- `<kind>:<courier>:<remittanceId or package>:<consignmentId>`: a redelivered event queues nothing new
  key               text NOT NULL UNIQUE,
  kind              text NOT NULL CHECK (kind IN ('short', 'missing', 'over', 'unknown', 'duplicate', 'uncollected')),
  courier           text NOT NULL,
  remittance_id     text,
  consignment_id    text NOT NULL,
  package_id        uuid,
  vendor_id         uuid,
  expected_poisha   bigint NOT NULL CHECK (expected_poisha >= 0),
  settled_poisha    bigint NOT NULL CHECK (settled_poisha >= 0),
  difference_poisha bigint NOT NULL,
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolution        text,
  resolved_by       text,
  resolved_at       timestamptz(3),
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT cod_reconciliation_items_resolution_stamped CHECK (
    (status = 'resolved') = (resolved_at IS NOT NULL AND resolved_by IS NOT NULL AND resolution IS NOT NULL))
);
CREATE INDEX cod_reconciliation_items_open_idx ON cod_reconciliation_items (created_at) WHERE status = 'open';

-- Down Migration
DROP TABLE cod_reconciliation_items;
DROP TABLE cod_consignments;
