import { z } from 'zod';
import { poishaSchema } from '../money.schema';
import { courierName } from './shipping-events.v1';

/** One consignment of a courier's remittance, as the courier accounts for it. */
export const codRemittanceLine = z.object({
  /** The courier's consignment id (Pathao consignment_id, Steadfast consignment_id, RedX tracking id). */
  consignmentId: z.string().min(1).max(100),
  /** Our package, when shipping could match the consignment to its booking. */
  packageId: z.uuid().optional(),
  /** Cash paid to us for this consignment, after the courier kept its fees. */
  remittedPoisha: poishaSchema,
  /** The delivery fee the courier deducted. */
  deliveryFeePoisha: poishaSchema,
  /** The courier's cash-on-delivery charge it deducted. */
  codChargePoisha: poishaSchema,
});

/**
 * A courier paid cash-on-delivery money into our bank: one batch (Pathao `paid` webhook with its invoice id,
 * Steadfast `/payments/{id}`, RedX payment), net of each consignment's delivery fee and COD charge. Published by
 * shipping on `shipping.cod-remittances`, keyed by `<courier>:<remittanceId>`; payment reconciles each line.
 */
export const shippingCodRemittanceReceivedV1 = z
  .object({
    courier: courierName,
    /** The courier's invoice or payment id; unique per courier. */
    remittanceId: z.string().min(1).max(100),
    /** What reached the bank: the sum of the lines' remittedPoisha. */
    totalRemittedPoisha: poishaSchema,
    paidAt: z.iso.datetime({ offset: true }),
    consignments: z.array(codRemittanceLine).min(1).max(5000),
  })
  .refine((r) => r.consignments.reduce((sum, c) => sum + c.remittedPoisha, 0) === r.totalRemittedPoisha, {
    path: ['totalRemittedPoisha'],
    message: 'must equal the sum of the consignments remittedPoisha',
  });
