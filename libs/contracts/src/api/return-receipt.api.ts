import { z } from 'zod';

/**
 * POST /api/vendors/:vendorId/packages/:packageId/return-receipt: the vendor confirms the parcel came back.
 * A whole return may leave out `items` (every line came back); a partial delivery names the lines and quantities
 * that came back.
 */
export const confirmReturnReceiptRequest = z
  .object({
    items: z
      .array(z.object({ lineId: z.uuid(), quantity: z.number().int().positive().max(100_000) }).strict())
      .min(1)
      .max(500)
      .optional(),
  })
  .strict();
export type ConfirmReturnReceiptRequest = z.infer<typeof confirmReturnReceiptRequest>;

/** A line of the package as sold: what could come back. */
export const returnableLineView = z.object({
  lineId: z.uuid(),
  variantId: z.uuid(),
  sku: z.string(),
  title: z.string(),
  quantity: z.number().int().positive(),
  unitPricePoisha: z.number().int().nonnegative(),
});

/** What the vendor confirmed came back, once. */
export const returnReceiptView = z.object({
  receiptId: z.uuid(),
  packageId: z.uuid(),
  shipmentStatus: z.enum(['returned', 'partially_delivered']),
  items: z.array(returnableLineView),
  returnedGoodsPoisha: z.number().int().nonnegative(),
  receivedBy: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
});
export type ReturnReceiptView = z.infer<typeof returnReceiptView>;

/** GET /api/vendors/:vendorId/packages/:packageId/return: whether a return waits for the vendor, and its lines. */
export const packageReturnView = z.object({
  packageId: z.uuid(),
  /** The shipment's status (booked … returned), or null before a courier was booked. */
  shipmentStatus: z.string().nullable(),
  /** True when the parcel (or part of it) is coming or came back and the vendor has not confirmed it yet. */
  awaitingReceipt: z.boolean(),
  lines: z.array(returnableLineView),
  receipt: returnReceiptView.nullable(),
});
export type PackageReturnView = z.infer<typeof packageReturnView>;
