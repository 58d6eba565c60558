-- Up Migration

-- The double-entry ledger (src/domain/ledger/README.md). A posting is one balanced journal entry; its id is the
-- deterministic id the posting rules build from business ids (`package_delivered:<packageId>`), so a retried event
-- inserts nothing. Postings and entries are append-only: a mistake is corrected by a reversal posting.
CREATE TABLE ledger_postings (
  id          text PRIMARY KEY CHECK (id <> ''),
  seq         bigserial NOT NULL UNIQUE,
  kind        text NOT NULL CHECK (kind IN ('payment_captured', 'provider_settled', 'cod_collected', 'cod_remitted',
                'package_delivered', 'refund_before_delivery', 'refund_after_delivery', 'refund_paid',
                'payout_initiated', 'payout_settled', 'reversal')),
  reference   jsonb NOT NULL CHECK (jsonb_typeof(reference) = 'object' AND reference <> '{}'::jsonb),
  occurred_at timestamptz(3) NOT NULL,
  -- A posting is reversed at most once, and only a reversal names one.
  reverses    text UNIQUE REFERENCES ledger_postings (id),
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT ledger_postings_reversal_names_original CHECK ((kind = 'reversal') = (reverses IS NOT NULL))
);
CREATE INDEX ledger_postings_kind_occurred_at_idx ON ledger_postings (kind, occurred_at);

CREATE TABLE ledger_entries (
  posting_id    text NOT NULL REFERENCES ledger_postings (id),
  line_no       integer NOT NULL CHECK (line_no >= 0),
  -- `escrow`, `vendor_payable:<vendorId>`, `cod_receivable:<courier>`, … (ledger-account.ts)
  account       text NOT NULL CHECK (account ~ '^[a-z_]+(:[^\s:]+)?$'),
  side          text NOT NULL CHECK (side IN ('debit', 'credit')),
  amount_poisha bigint NOT NULL CHECK (amount_poisha > 0),
  PRIMARY KEY (posting_id, line_no)
);
CREATE INDEX ledger_entries_account_idx ON ledger_entries (account);

-- Every posting balances: checked at commit (deferred), once per posting touched by the transaction, so a posting
-- and its entries can be inserted in any order. A posting without entries fails too.
CREATE FUNCTION ledger_assert_posting_balanced() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  -- The posting's id is in the column the trigger names: `id` on postings, `posting_id` on entries.
  target   text := to_jsonb(NEW) ->> TG_ARGV[0];
  debits   numeric;
  credits  numeric;
BEGIN
  SELECT coalesce(sum(amount_poisha) FILTER (WHERE side = 'debit'), 0),
         coalesce(sum(amount_poisha) FILTER (WHERE side = 'credit'), 0)
    INTO debits, credits
    FROM ledger_entries WHERE posting_id = target;
  IF debits = 0 OR debits <> credits THEN
    RAISE EXCEPTION 'ledger posting % is unbalanced: debits % poisha, credits % poisha', target, debits, credits
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_postings_balanced AFTER INSERT ON ledger_postings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_assert_posting_balanced('id');
CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_assert_posting_balanced('posting_id');

-- A posting is sealed when its transaction commits: entries join only a posting inserted by their own transaction.
CREATE FUNCTION ledger_assert_posting_open() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM ledger_postings WHERE id = NEW.posting_id AND xmin = pg_current_xact_id()::xid) THEN
    RAISE EXCEPTION 'ledger posting % is sealed: entries are added with the posting, in its transaction',
      NEW.posting_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_entries_posting_open BEFORE INSERT ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_assert_posting_open();

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks. Corrections are reversals.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused (post a reversal instead)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_postings_no_truncate BEFORE TRUNCATE ON ledger_postings
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- Commission rules: a rate with a minimum per order line, for one vendor, one category, one vendor in one
-- category, or the marketplace. At most one active rule per scope; a new rule for a scope deactivates the old one,
-- which stays for the record. Sold lines keep the terms frozen on them (package_sales), whatever happens here.
CREATE TABLE commission_rules (
  id             text PRIMARY KEY,
  vendor_id      uuid,
  category_slug  text,
  rate_bps       integer NOT NULL CHECK (rate_bps BETWEEN 0 AND 10000),
  minimum_poisha bigint NOT NULL DEFAULT 0 CHECK (minimum_poisha >= 0),
  active         boolean NOT NULL DEFAULT true,
  created_by     text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  deactivated_by text,
  deactivated_at timestamptz(3),
  CONSTRAINT commission_rules_deactivation_stamped CHECK (active = (deactivated_at IS NULL))
);
CREATE UNIQUE INDEX commission_rules_one_active_per_scope ON commission_rules
  (coalesce(vendor_id::text, ''), coalesce(category_slug, '')) WHERE active;
-- The marketplace default every line falls back to: 10%, at least ৳20 per line.
INSERT INTO commission_rules (id, rate_bps, minimum_poisha, created_by)
  VALUES ('marketplace-default', 1000, 2000, 'migration:0003_ledger');

-- One vendor package as sold (order.placed.v1): its lines with the commission frozen at that moment, and its
-- delivery charge. Written once, never changed.
CREATE TABLE package_sales (
  package_id             uuid PRIMARY KEY,
  order_id               uuid NOT NULL,
  order_number           text NOT NULL,
  vendor_id              uuid NOT NULL,
  payment_method         text NOT NULL CHECK (payment_method IN ('cod', 'bkash', 'nagad', 'sslcommerz')),
  -- [{lineId, categorySlug, totalPoisha, commission: {ruleId, rateBps, minimumPoisha, vatRateBps},
  --   commissionPoisha, vatPoisha}]
  lines                  jsonb NOT NULL CHECK (jsonb_typeof(lines) = 'array'),
  goods_poisha           bigint NOT NULL CHECK (goods_poisha >= 0),
  commission_poisha      bigint NOT NULL CHECK (commission_poisha >= 0),
  vat_poisha             bigint NOT NULL CHECK (vat_poisha >= 0),
  delivery_charge_poisha bigint NOT NULL CHECK (delivery_charge_poisha >= 0),
  sold_at                timestamptz(3) NOT NULL,
  created_at             timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT package_sales_commission_within_goods CHECK (commission_poisha + vat_poisha <= goods_poisha)
);
CREATE INDEX package_sales_order_id_idx ON package_sales (order_id);
CREATE TRIGGER package_sales_append_only BEFORE UPDATE OR DELETE ON package_sales
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Where each sold package's money stands (PackageSettlement): awaiting_funds → in_escrow → delivered, or refunded.
-- `delivery_reported_at` / `cancelled_at` remember what the order service said while the money was not there yet
-- (events on two topics can arrive in either order); the capture then finishes the job.
CREATE TABLE package_settlements (
  package_id               uuid PRIMARY KEY REFERENCES package_sales (package_id),
  order_id                 uuid NOT NULL,
  vendor_id                uuid NOT NULL,
  payment_method           text NOT NULL,
  payment_id               uuid,
  stage                    text NOT NULL DEFAULT 'awaiting_funds'
                             CHECK (stage IN ('awaiting_funds', 'in_escrow', 'delivered', 'refunded')),
  funded_poisha            bigint NOT NULL DEFAULT 0 CHECK (funded_poisha >= 0),
  refunded_goods_poisha    bigint NOT NULL DEFAULT 0 CHECK (refunded_goods_poisha >= 0),
  refunded_delivery_poisha bigint NOT NULL DEFAULT 0 CHECK (refunded_delivery_poisha >= 0),
  courier                  text,
  delivered_at             timestamptz(3),
  delivery_reported_at     timestamptz(3),
  cancelled_at             timestamptz(3),
  version                  integer NOT NULL DEFAULT 0,
  updated_at               timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX package_settlements_order_id_idx ON package_settlements (order_id);

-- Online captures (payment.captured.v1) as received; applied to the ledger once the packages' sale is known.
CREATE TABLE ledger_captures (
  payment_id    uuid PRIMARY KEY,
  order_id      uuid NOT NULL,
  method        text NOT NULL,
  amount_poisha bigint NOT NULL CHECK (amount_poisha > 0),
  provider_ref  text NOT NULL,
  -- [{packageId, vendorId, amountPoisha}]
  packages      jsonb NOT NULL,
  captured_at   timestamptz(3) NOT NULL,
  applied_at    timestamptz(3)
);
CREATE INDEX ledger_captures_order_id_idx ON ledger_captures (order_id);

-- Refunds of one package each. `pending`: owed and being paid through the provider (retried with backoff);
-- `manual_pending`: finance pays it by hand (Nagad, cash on delivery, a provider that refused); `completed`: paid.
CREATE TABLE refunds (
  id              uuid PRIMARY KEY,
  order_id        uuid NOT NULL,
  package_id      uuid NOT NULL REFERENCES package_sales (package_id),
  vendor_id       uuid NOT NULL,
  payment_id      uuid,
  method          text NOT NULL,
  amount_poisha   bigint NOT NULL CHECK (amount_poisha > 0),
  goods_poisha    bigint NOT NULL CHECK (goods_poisha >= 0),
  delivery_poisha bigint NOT NULL CHECK (delivery_poisha >= 0),
  timing          text NOT NULL CHECK (timing IN ('before_delivery', 'after_delivery')),
  reason          text NOT NULL,
  trigger         text NOT NULL,
  manual          boolean NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'manual_pending', 'completed')),
  deadline_at     timestamptz(3) NOT NULL,
  provider_ref    text,
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
  last_error      text,
  requested_by    text NOT NULL,
  note            text,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  completed_at    timestamptz(3),
  completed_by    text,
  CONSTRAINT refunds_split_adds_up CHECK (goods_poisha + delivery_poisha = amount_poisha),
  CONSTRAINT refunds_completion_stamped CHECK ((status = 'completed') = (completed_at IS NOT NULL))
);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);
CREATE INDEX refunds_package_id_idx ON refunds (package_id);
CREATE INDEX refunds_due_idx ON refunds (next_attempt_at) WHERE status = 'pending';
CREATE INDEX refunds_manual_idx ON refunds (created_at) WHERE status = 'manual_pending';

-- How each vendor wants to be paid (auth.vendor-approved.v1); vendors not listed are paid by bank transfer.
CREATE TABLE vendor_payout_methods (
  vendor_id     uuid PRIMARY KEY,
  payout_method text NOT NULL CHECK (payout_method IN ('bkash', 'nagad', 'bank')),
  version       integer NOT NULL,
  updated_at    timestamptz(3) NOT NULL DEFAULT now()
);

-- Payouts to vendors, one per vendor per run. There is no bank integration yet: a payout is settled as soon as it
-- is sent (see application/payouts.service.ts).
CREATE TABLE payouts (
  id            uuid PRIMARY KEY,
  run_id        uuid NOT NULL,
  vendor_id     uuid NOT NULL,
  amount_poisha bigint NOT NULL CHECK (amount_poisha > 0),
  method        text NOT NULL CHECK (method IN ('bkash', 'nagad', 'bank')),
  status        text NOT NULL CHECK (status IN ('initiated', 'settled')),
  initiated_at  timestamptz(3) NOT NULL,
  settled_at    timestamptz(3),
  CONSTRAINT payouts_settlement_stamped CHECK ((status = 'settled') = (settled_at IS NOT NULL))
);
CREATE INDEX payouts_vendor_id_initiated_at_idx ON payouts (vendor_id, initiated_at);
CREATE INDEX payouts_run_id_idx ON payouts (run_id);

-- Down Migration
DROP TABLE payouts;
DROP TABLE vendor_payout_methods;
DROP TABLE refunds;
DROP TABLE ledger_captures;
DROP TABLE package_settlements;
DROP TABLE package_sales;
DROP TABLE commission_rules;
DROP TABLE ledger_entries;
DROP TABLE ledger_postings;
DROP FUNCTION ledger_refuse_change();
DROP FUNCTION ledger_assert_posting_open();
DROP FUNCTION ledger_assert_posting_balanced();
