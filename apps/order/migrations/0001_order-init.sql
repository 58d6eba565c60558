-- Up Migration

-- ---- read models, fed by other services' events (never written by the API) -----------------------------------

-- A catalog product's newest version: the version guard for its variants (events may arrive out of order).
CREATE TABLE catalog_products (
  product_id uuid PRIMARY KEY,
  vendor_id  uuid NOT NULL,
  version    integer NOT NULL,
  removed    boolean NOT NULL DEFAULT false,
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

-- What a cart and checkout need of each sellable variant: price, weight, title, whose it is, whether it is on sale.
CREATE TABLE catalog_variants (
  variant_id    uuid PRIMARY KEY,
  product_id    uuid NOT NULL,
  vendor_id     uuid NOT NULL,
  sku           text NOT NULL,
  title         text NOT NULL,
  price_poisha  bigint NOT NULL CHECK (price_poisha >= 0),
  weight_grams  integer NOT NULL CHECK (weight_grams >= 0),
  category_slug text,
  listed        boolean NOT NULL,
  updated_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX catalog_variants_product_id_idx ON catalog_variants (product_id);

-- Available-to-sell per variant as inventory last announced it; a stock event may precede the catalog's.
CREATE TABLE variant_stock (
  variant_id uuid PRIMARY KEY,
  vendor_id  uuid NOT NULL,
  available  integer NOT NULL CHECK (available >= 0),
  version    integer NOT NULL,
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

-- Vendors approved by auth: the pickup district prices delivery; a suspended vendor's lines cannot be checked out.
CREATE TABLE vendors (
  vendor_id  uuid PRIMARY KEY,
  shop_name  text NOT NULL,
  district   text,
  active     boolean NOT NULL,
  version    bigint NOT NULL, -- auth's decision version: large (may be a timestamp)
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

-- ---- carts ----------------------------------------------------------------------------------------------------

-- A guest cart is addressed by its unguessable id; a signed-in shopper has at most one active cart.
CREATE TABLE carts (
  id          uuid PRIMARY KEY,
  shopper_id  uuid,
  status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'checked_out', 'expired')),
  order_id    uuid,
  expires_at  timestamptz(3) NOT NULL,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  updated_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX carts_one_active_per_shopper_key ON carts (shopper_id) WHERE status = 'active';

-- One line per variant; the price the shopper last saw is kept so checkout can tell them when it changed.
CREATE TABLE cart_lines (
  cart_id          uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
  variant_id       uuid NOT NULL,
  quantity         integer NOT NULL CHECK (quantity > 0),
  seen_price_poisha bigint NOT NULL CHECK (seen_price_poisha >= 0),
  added_at         timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (cart_id, variant_id)
);

-- ---- orders ---------------------------------------------------------------------------------------------------

CREATE TABLE orders (
  id                   uuid PRIMARY KEY,
  order_number         text NOT NULL UNIQUE,
  shopper_id           uuid,
  cart_id              uuid NOT NULL,
  phone                text NOT NULL CHECK (phone ~ '^\+8801[3-9][0-9]{8}$'),
  address              jsonb NOT NULL,
  destination_district text NOT NULL,
  payment_method       text NOT NULL,
  currency             text NOT NULL DEFAULT 'BDT',
  items_total_poisha   bigint NOT NULL CHECK (items_total_poisha >= 0),
  delivery_total_poisha bigint NOT NULL CHECK (delivery_total_poisha >= 0),
  total_poisha         bigint NOT NULL CHECK (total_poisha = items_total_poisha + delivery_total_poisha),
  status               text NOT NULL DEFAULT 'pending_payment'
                       CHECK (status IN ('pending_payment', 'confirmed', 'completed', 'cancelled')),
  cancel_reason        text,
  cancel_note          text,
  cancelled_by         text,
  failed_step          text,
  shortages            jsonb,
  correlation_id       text NOT NULL,
  placed_at            timestamptz(3) NOT NULL DEFAULT now(),
  confirmed_at         timestamptz(3),
  completed_at         timestamptz(3),
  cancelled_at         timestamptz(3),
  updated_at           timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT orders_cancel_reason_when_cancelled CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX orders_shopper_id_placed_at_id_idx ON orders (shopper_id, placed_at DESC, id DESC);
CREATE INDEX orders_placed_at_id_idx ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_phone_idx ON orders (phone);
-- Guest orders waiting for auth.phone-verified.v1 to attach them to an account.
CREATE INDEX orders_guest_phone_idx ON orders (phone) WHERE shopper_id IS NULL;

-- One package per vendor: its own lines, delivery charge, status. `pending` until the checkout saga confirms.
CREATE TABLE order_packages (
  id                     uuid PRIMARY KEY,
  order_id               uuid NOT NULL REFERENCES orders (id),
  vendor_id              uuid NOT NULL,
  status                 text NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'confirmed', 'packed', 'handed_to_courier', 'delivered',
                                           'returned', 'cancelled')),
  origin_district        text NOT NULL,
  weight_grams           integer NOT NULL,
  subtotal_poisha        bigint NOT NULL CHECK (subtotal_poisha >= 0),
  delivery_charge_poisha bigint NOT NULL CHECK (delivery_charge_poisha >= 0),
  total_poisha           bigint NOT NULL CHECK (total_poisha = subtotal_poisha + delivery_charge_poisha),
  cod_amount_poisha      bigint,
  created_at             timestamptz(3) NOT NULL DEFAULT now(),
  updated_at             timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX order_packages_order_id_idx ON order_packages (order_id);
CREATE INDEX order_packages_vendor_id_created_at_id_idx ON order_packages (vendor_id, created_at DESC, id DESC);

-- The lines as sold: price, title and category frozen at checkout.
CREATE TABLE order_lines (
  id                 uuid PRIMARY KEY,
  order_id           uuid NOT NULL REFERENCES orders (id),
  package_id         uuid NOT NULL REFERENCES order_packages (id),
  position           integer NOT NULL,
  product_id         uuid NOT NULL,
  variant_id         uuid NOT NULL,
  sku                text NOT NULL,
  title              text NOT NULL,
  category_slug      text,
  quantity           integer NOT NULL CHECK (quantity > 0),
  unit_price_poisha  bigint NOT NULL CHECK (unit_price_poisha >= 0),
  line_total_poisha  bigint NOT NULL CHECK (line_total_poisha = unit_price_poisha * quantity),
  weight_grams       integer NOT NULL
);
CREATE INDEX order_lines_order_id_idx ON order_lines (order_id);
CREATE INDEX order_lines_package_id_idx ON order_lines (package_id);

-- Place-order idempotency: one order per (scope, key); scope is the shopper's id, or `guest` for guest checkouts.
CREATE TABLE idempotency_keys (
  scope      text NOT NULL,
  key        text NOT NULL,
  cart_id    uuid NOT NULL,
  order_id   uuid NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

-- The checkout saga's state, one row per order: everything a restarted replica needs to carry on.
CREATE TABLE checkout_sagas (
  order_id       uuid PRIMARY KEY REFERENCES orders (id),
  status         text NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')),
  step           text CHECK (step IN ('reserve_stock', 'take_payment', 'confirm_order')),
  reservation_id uuid,
  payment_id     uuid,
  cancel_reason  text,
  undone_late    text[] NOT NULL DEFAULT '{}',
  -- When the awaited step gives up; null once the saga ended.
  deadline_at    timestamptz(3),
  started_at     timestamptz(3) NOT NULL DEFAULT now(),
  finished_at    timestamptz(3),
  updated_at     timestamptz(3) NOT NULL DEFAULT now()
);
-- What the timeout sweeper scans: only running sagas.
CREATE INDEX checkout_sagas_running_deadline_idx ON checkout_sagas (deadline_at) WHERE status = 'running';

-- The outbox and inbox are the messaging library's: libs/platform/messaging/migrations, applied after these
-- (ADR 0015). Databases migrated before that got them from this file; the library's migration adopts them.

-- Down Migration
DROP TABLE checkout_sagas;
DROP TABLE idempotency_keys;
DROP TABLE order_lines;
DROP TABLE order_packages;
DROP TABLE orders;
DROP TABLE cart_lines;
DROP TABLE carts;
DROP TABLE vendors;
DROP TABLE variant_stock;
DROP TABLE catalog_variants;
DROP TABLE catalog_products;
