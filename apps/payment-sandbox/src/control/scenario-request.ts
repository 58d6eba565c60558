import { z } from 'zod';
import { PROVIDERS } from '../shared/provider';

export const SCENARIO_OUTCOMES = [
  'succeed',
  'fail',
  'cancel',
  'timeout',
  'duplicate_callback',
  'forged_callback',
  'amount_mismatch',
  'down',
] as const;

export type ScenarioOutcome = (typeof SCENARIO_OUTCOMES)[number];

/** `POST /__control/scenario`: what the next payment(s) of a provider do. */
export const scenarioRequestSchema = z
  .object({
    provider: z.enum(PROVIDERS),
    outcome: z.enum(SCENARIO_OUTCOMES),
    /** Only the payment with this merchant invoice number (bKash), orderId (Nagad) or tran_id (SSLCommerz). */
    reference: z.string().min(1).max(255).optional(),
    /** How many payments the scenario applies to (default 1); ignored for `down`. */
    count: z.number().int().min(1).max(10_000).optional(),
    /** duplicate_callback: how many times the callback / IPN is delivered (default 2). */
    deliveries: z.number().int().min(1).max(100).optional(),
    /** amount_mismatch: the amount the provider records instead (default: half the requested amount). */
    amount: z
      .string()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a decimal amount with at most two places')
      .optional(),
    /** down: answer 503 (default) or drop the connection. */
    downMode: z.enum(['http_503', 'connection_reset']).optional(),
  })
  .strict();

export type ScenarioRequest = z.input<typeof scenarioRequestSchema>;
export type DownMode = 'http_503' | 'connection_reset';
