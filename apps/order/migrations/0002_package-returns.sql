-- Up Migration

-- Returns to origin (shipping.return-received.v1): the vendor confirmed that a returned or partially delivered
-- package came back, with which lines and how many ([{lineId, quantity}]) and the value of those goods. Set once.
ALTER TABLE order_packages
  ADD COLUMN return_received_at    timestamptz(3),
  ADD COLUMN returned_items        jsonb CHECK (returned_items IS NULL OR jsonb_typeof(returned_items) = 'array'),
  ADD COLUMN returned_goods_poisha bigint CHECK (returned_goods_poisha >= 0),
  ADD CONSTRAINT order_packages_return_recorded_whole CHECK (
    (return_received_at IS NULL) = (returned_items IS NULL) AND (returned_items IS NULL) = (returned_goods_poisha IS NULL));

-- Down Migration
ALTER TABLE order_packages
  DROP CONSTRAINT order_packages_return_recorded_whole,
  DROP COLUMN returned_goods_poisha,
  DROP COLUMN returned_items,
  DROP COLUMN return_received_at;
