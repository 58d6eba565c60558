-- Up Migration

-- Returns to origin (ADR 0018): a partially delivered cash-on-delivery parcel back with its vendor reverses the cash
-- the courier never collected (`cod_uncollected_reversed:<packageId>`, return-posting.rules.ts).
ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_kind_check;
ALTER TABLE ledger_postings ADD CONSTRAINT ledger_postings_kind_check CHECK (kind IN ('payment_captured',
  'provider_settled', 'cod_collected', 'cod_remitted', 'cod_uncollected_reversed', 'package_delivered',
  'refund_before_delivery', 'refund_after_delivery', 'refund_paid', 'payout_initiated', 'payout_settled', 'reversal'));

-- Down Migration
ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_kind_check;
ALTER TABLE ledger_postings ADD CONSTRAINT ledger_postings_kind_check CHECK (kind IN ('payment_captured',
  'provider_settled', 'cod_collected', 'cod_remitted', 'package_delivered', 'refund_before_delivery',
  'refund_after_delivery', 'refund_paid', 'payout_initiated', 'payout_settled', 'reversal'));
