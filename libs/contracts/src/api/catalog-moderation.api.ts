import { z } from 'zod';
import { productStatusSchema } from './catalog.api';

/** GET /admin/products/moderation: products waiting for review, oldest submission first. */
export const moderationQueueQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(300).optional(),
    vendorId: z.uuid().optional(),
  })
  .strict();
export type ModerationQueueQuery = z.infer<typeof moderationQueueQuery>;

export const approveProductRequest = z
  .object({ note: z.string().trim().min(1).max(1_000).optional() })
  .strict();
export type ApproveProductRequest = z.infer<typeof approveProductRequest>;

/** Rejecting needs a reason the vendor will read. */
export const rejectProductRequest = z.object({ reason: z.string().trim().min(3).max(1_000) }).strict();
export type RejectProductRequest = z.infer<typeof rejectProductRequest>;

/** POST /admin/products/approvals: approve a batch (e.g. a vendor's reviewed import) in one transaction. */
export const bulkApproveRequest = z
  .object({
    productIds: z
      .array(z.uuid())
      .min(1)
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'must not repeat a product' }),
    note: z.string().trim().min(1).max(1_000).optional(),
  })
  .strict();
export type BulkApproveRequest = z.infer<typeof bulkApproveRequest>;

export const bulkApproveResult = z.object({
  items: z.array(z.object({ productId: z.uuid(), status: productStatusSchema, version: z.number().int() })),
});
export type BulkApproveResult = z.infer<typeof bulkApproveResult>;

/**
 * POST /vendors/:vendorId/products/imports with a `text/csv` body: one row per variant, rows sharing a `handle`
 * form one product. All rows are imported in one transaction, or none is (the problem lists every bad row).
 */
export const importProductsQuery = z
  .object({
    submitForReview: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
  })
  .strict();
export type ImportProductsQuery = z.infer<typeof importProductsQuery>;

export const importResult = z.object({
  products: z.number().int(),
  variants: z.number().int(),
  status: productStatusSchema,
  items: z.array(
    z.object({ handle: z.string(), productId: z.uuid(), slug: z.string(), line: z.number().int() }),
  ),
});
export type ImportResult = z.infer<typeof importResult>;

/** The problem's `rows` extension when an import is refused: every bad cell, by CSV line (the header is line 1). */
export const importRowError = z.object({ line: z.number().int(), column: z.string(), reason: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;
