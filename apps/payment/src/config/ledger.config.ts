import { z } from 'zod';
import { durationMs } from '@getit/config';

/** A whole number from `min` to `max`; blank means the default. */
function wholeNumber(defaultValue: number, min: number, max: number, rule: string) {
  return z
    .string()
    .trim()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, rule)
    .transform(Number)
    .default(defaultValue);
}

/** The escrow ledger's settings: VAT on commission, the payout policy and the background jobs' rhythm. */
export const ledgerConfig = {
  /** VAT on the marketplace's commission in basis points (1500 = 15%), frozen onto each line at sale. */
  COMMISSION_VAT_RATE_BPS: wholeNumber(1_500, 0, 10_000, 'must be whole basis points from 0 to 10000'),
  /** Days a delivery's money waits before it may be paid out (the return window); at most 10 by law. */
  PAYOUT_DELAY_DAYS: wholeNumber(
    7,
    0,
    10,
    'must be whole days from 0 to 10 (vendors are paid within 10 days)',
  ),
  /** The smallest payout; a smaller due amount waits for the next run. Default ৳500. */
  PAYOUT_MIN_POISHA: wholeNumber(50_000, 0, Number.MAX_SAFE_INTEGER, 'must be whole poisha, 0 or more'),
  /** How often the payout batch runs by itself; 0 disables the scheduler (finance runs it by hand). */
  PAYOUT_INTERVAL_MS: durationMs(24 * 3_600_000),
  /** How often pending refunds are retried through their provider (with per-refund backoff). */
  REFUND_RETRY_INTERVAL_MS: durationMs(30_000),
  /** Days after delivery by which a courier must have remitted a consignment's cash before it is queued as missing. */
  COD_REMITTANCE_DUE_DAYS: wholeNumber(7, 1, 60, 'must be whole days from 1 to 60'),
  /** How often delivered consignments past that are looked for. */
  COD_REMITTANCE_CHECK_INTERVAL_MS: durationMs(3_600_000),
};
