import { z } from 'zod';

// The payment service's cash-on-delivery reconciliation queue (finance admins): remittance lines that did not match
// what the courier collected, and partial deliveries' uncollected cash. Amounts are integer poisha.

const signedPoisha = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

export const COD_RECONCILIATION_KINDS = [
  'short',
  'missing',
  'over',
  'unknown',
  'duplicate',
  'uncollected',
] as const;
export const COD_RECONCILIATION_STATUSES = ['open', 'resolved'] as const;

/** GET /admin/cod/reconciliation?status=open|resolved (default open). */
export const codReconciliationQuery = z
  .object({
    status: z.enum(COD_RECONCILIATION_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();
export type CodReconciliationQuery = z.infer<typeof codReconciliationQuery>;

export const codReconciliationItemPath = z.object({ itemId: z.uuid() });

/** POST /admin/cod/reconciliation/:itemId/resolve: what finance did about the difference. */
export const resolveCodReconciliationRequest = z
  .object({ resolution: z.string().trim().min(3).max(500) })
  .strict();
export type ResolveCodReconciliationRequest = z.infer<typeof resolveCodReconciliationRequest>;

export const codReconciliationItemView = z.object({
  id: z.uuid(),
  /** short, missing (listed, nothing paid), over, unknown consignment, duplicate (already settled), uncollected (partial delivery). */
  kind: z.enum(COD_RECONCILIATION_KINDS),
  courier: z.string(),
  remittanceId: z.string().nullable(),
  consignmentId: z.string(),
  packageId: z.string().nullable(),
  vendorId: z.string().nullable(),
  /** What the courier collected (the package total for uncollected). */
  expectedPoisha: z.number().int(),
  /** What the courier accounted for: cash remitted + its fees (what it collected, for uncollected). */
  settledPoisha: z.number().int(),
  /** expected − settled: positive when the courier owes more. */
  differencePoisha: signedPoisha,
  status: z.enum(COD_RECONCILIATION_STATUSES),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type CodReconciliationItemView = z.infer<typeof codReconciliationItemView>;

export const codReconciliationList = z.object({
  items: z.array(codReconciliationItemView),
  /** The sum of the listed items' differences. */
  totalDifferencePoisha: signedPoisha,
});
export type CodReconciliationList = z.infer<typeof codReconciliationList>;
