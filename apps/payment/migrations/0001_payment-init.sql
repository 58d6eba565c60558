-- Up Migration

-- One payment intent per order: the order service asks once (order.payment-requested.v1) and a repeated request
-- finds this row by the unique order id. Money is integer poisha in BDT.
CREATE TABLE payment_intents (
  id              uuid PRIMARY KEY,
  order_id        uuid NOT NULL UNIQUE,
  order_number    text NOT NULL,
  method          text NOT NULL CHECK (method IN ('cod', 'bkash', 'nagad', 'sslcommerz')),
  amount_poisha   bigint NOT NULL CHECK (amount_poisha > 0),
  currency        text NOT NULL DEFAULT 'BDT' CHECK (currency = 'BDT'),
  status          text NOT NULL CHECK (status IN ('requires_action', 'authorized', 'captured',
                    'partially_refunded', 'refunded', 'cancelled', 'failed', 'expired')),
  captured_poisha bigint NOT NULL DEFAULT 0,
  provider_ref    text,
  failure_reason  text,
  correlation_id  text NOT NULL,
  deadline_at     timestamptz(3) NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  authorized_at   timestamptz(3),
  captured_at     timestamptz(3),
  cancelled_at    timestamptz(3),
  failed_at       timestamptz(3),
  CONSTRAINT payment_intents_captured_within_amount CHECK (captured_poisha BETWEEN 0 AND amount_poisha),
  CONSTRAINT payment_intents_failure_has_reason CHECK (status <> 'failed' OR failure_reason IS NOT NULL)
);

-- What each vendor package of the order pays. Cash on delivery is collected package by package, as each courier
-- delivers; the intent is captured once every package is delivered or cancelled.
CREATE TABLE payment_packages (
  payment_id    uuid NOT NULL REFERENCES payment_intents (id),
  package_id    uuid NOT NULL,
  vendor_id     uuid NOT NULL,
  amount_poisha bigint NOT NULL CHECK (amount_poisha >= 0),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'collected', 'cancelled')),
  collected_at  timestamptz(3),
  cancelled_at  timestamptz(3),
  PRIMARY KEY (payment_id, package_id)
);
CREATE INDEX payment_packages_package_id_idx ON payment_packages (package_id);

-- Every status an intent went through, why, and on whose request (correlation id): the admin's audit trail.
CREATE TABLE payment_status_history (
  seq            bigserial PRIMARY KEY,
  payment_id     uuid NOT NULL REFERENCES payment_intents (id),
  from_status    text,
  to_status      text NOT NULL,
  reason         text,
  correlation_id text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX payment_status_history_payment_id_seq_idx ON payment_status_history (payment_id, seq);

-- The outbox and inbox are the messaging library's: libs/platform/messaging/migrations, applied after these
-- (ADR 0015). Databases migrated before that got them from this file; the library's migration adopts them.

-- Down Migration
DROP TABLE payment_status_history;
DROP TABLE payment_packages;
DROP TABLE payment_intents;
