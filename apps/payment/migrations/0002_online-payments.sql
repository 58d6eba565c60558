-- Up Migration

-- Online payments (bKash, Nagad, SSLCommerz): the shopper finishes on the provider's page, so an intent waits in
-- requires_action with where to send the shopper (redirect_url) until a verified callback captures it, a failure
-- callback fails it, or expires_at passes (the sweeper asks the provider once more, then expires it).
--   provider_ref        the provider's id of the payment, which callbacks carry: bKash paymentID, Nagad
--                       paymentReferenceId, SSLCommerz tran_id
--   provider_reference  what we sent as our own reference and the server-to-server check must echo: bKash
--                       merchantInvoiceNumber, Nagad orderId, SSLCommerz tran_id
--   provider_txn_id     the provider's id of the money movement, needed for refunds: bKash trxID, Nagad
--                       issuerPaymentRefNo, SSLCommerz bank_tran_id
ALTER TABLE payment_intents
  ADD COLUMN provider_reference text,
  ADD COLUMN provider_txn_id    text,
  ADD COLUMN redirect_url       text,
  ADD COLUMN expires_at         timestamptz(3),
  ADD CONSTRAINT payment_intents_online_waits_with_expiry
    CHECK (method = 'cod' OR status <> 'requires_action' OR expires_at IS NOT NULL);

-- A callback names the provider's payment id: one intent per provider payment.
CREATE UNIQUE INDEX payment_intents_method_provider_ref_idx
  ON payment_intents (method, provider_ref) WHERE provider_ref IS NOT NULL;

-- The expiry sweeper's queue: online intents still waiting for the shopper, by when they give up.
CREATE INDEX payment_intents_awaiting_expiry_idx
  ON payment_intents (expires_at) WHERE status = 'requires_action' AND method <> 'cod';

-- Down Migration
DROP INDEX payment_intents_awaiting_expiry_idx;
DROP INDEX payment_intents_method_provider_ref_idx;
ALTER TABLE payment_intents
  DROP CONSTRAINT payment_intents_online_waits_with_expiry,
  DROP COLUMN expires_at,
  DROP COLUMN redirect_url,
  DROP COLUMN provider_txn_id,
  DROP COLUMN provider_reference;
