import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
/** Stock is counted in whole units: JSON numbers only, never fractions. */
const units = (min: number) => z.number().int().min(min).max(1_000_000);
const sku = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'must be 1–64 letters, digits, ".", "_", "/" or "-"');

/** Local `01XXXXXXXXX` or international `+8801XXXXXXXXX` mobile numbers (stored in the international form). */
export const BANGLADESH_MOBILE = /^(?:\+?880|0)1[3-9]\d{8}$/;

// ---- path parameters --------------------------------------------------------------------------------------

export const vendorPath = z.object({ vendorId: z.uuid() });
export const warehousePath = vendorPath.extend({ warehouseId: z.uuid() });
export const variantPath = vendorPath.extend({ variantId: z.uuid() });
export const warehouseVariantPath = warehousePath.extend({ variantId: z.uuid() });
export const reservationPath = z.object({ reservationId: z.uuid() });

// ---- warehouses (vendor API) ------------------------------------------------------------------------------

/** A pickup address; `district` must be one of Bangladesh's 64 (old spellings such as Chittagong accepted). */
export const warehouseAddress = z
  .object({
    line1: text(200),
    line2: text(200).optional(),
    /** Thana or upazila. */
    area: text(100).optional(),
    district: text(50),
    postcode: z
      .string()
      .regex(/^\d{4}$/, 'must be four digits')
      .optional(),
  })
  .strict();

export const createWarehouseRequest = z
  .object({
    /** Short and unique per vendor among its active warehouses, e.g. `DHK-1`; stored upper-case. */
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, 'must be 1–32 letters, digits or hyphens')
      .transform((code) => code.toUpperCase()),
    name: text(120),
    address: warehouseAddress,
    contactPhone: z
      .string()
      .regex(BANGLADESH_MOBILE, 'must be a Bangladesh mobile number, e.g. 01712345678')
      .optional(),
  })
  .strict();
export type CreateWarehouseRequest = z.infer<typeof createWarehouseRequest>;

export const updateWarehouseRequest = createWarehouseRequest
  .omit({ code: true })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'must change at least one field' });
export type UpdateWarehouseRequest = z.infer<typeof updateWarehouseRequest>;

export const warehouseView = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  code: z.string(),
  name: z.string(),
  address: z.object({
    line1: z.string(),
    line2: z.string().optional(),
    area: z.string().optional(),
    district: z.string(),
    division: z.string(),
    postcode: z.string().optional(),
  }),
  contactPhone: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WarehouseView = z.infer<typeof warehouseView>;

export const warehouseList = z.object({ items: z.array(warehouseView) });
export type WarehouseList = z.infer<typeof warehouseList>;

// ---- stock (vendor API) -----------------------------------------------------------------------------------

/** Why on-hand stock changed by hand. received/returned add, damaged/lost remove, correction goes either way. */
export const ADJUSTMENT_REASONS = ['received', 'returned', 'damaged', 'lost', 'correction'] as const;
/**
 * Every reason in the audit trail: adjustments, a stock count (`count`), confirmed orders, and units of a confirmed
 * order put back on hand because the order (`order_cancelled`) or one vendor's package (`package_cancelled`) was
 * cancelled before handover.
 */
export const MOVEMENT_REASONS = [
  ...ADJUSTMENT_REASONS,
  'count',
  'reservation_committed',
  'order_cancelled',
  'package_cancelled',
  'package_returned',
] as const;
export type MovementReason = (typeof MOVEMENT_REASONS)[number];

/** PUT …/warehouses/:warehouseId/stock/:variantId: a stock count; the first one for a variant needs its SKU. */
export const setStockRequest = z
  .object({
    sku: sku.optional(),
    onHand: units(0),
    note: text(500).optional(),
  })
  .strict();
export type SetStockRequest = z.infer<typeof setStockRequest>;

/**
 * PUT …/warehouses/:warehouseId/stock: a stock take of many variants in one warehouse, all or nothing. A variant the
 * catalog has announced needs no SKU; any other needs one on its first count.
 */
export const bulkStockCountRequest = z
  .object({
    counts: z
      .array(z.object({ variantId: z.uuid(), sku: sku.optional(), onHand: units(0) }).strict())
      .min(1)
      .max(500),
    note: text(500).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.counts.forEach((count, index) => {
      if (seen.has(count.variantId))
        ctx.addIssue({ code: 'custom', path: ['counts', index, 'variantId'], message: 'appears twice' });
      seen.add(count.variantId);
    });
  });
export type BulkStockCountRequest = z.infer<typeof bulkStockCountRequest>;

export const bulkStockCountResult = z.object({
  /** Variants whose on hand changed (one audit entry each); the rest already had that count. */
  changed: z.number().int(),
  unchanged: z.number().int(),
});
export type BulkStockCountResult = z.infer<typeof bulkStockCountResult>;

/** POST …/warehouses/:warehouseId/stock/:variantId/adjustments */
export const adjustStockRequest = z
  .object({
    sku: sku.optional(),
    delta: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((delta) => delta !== 0, 'must not be 0'),
    reason: z.enum(ADJUSTMENT_REASONS),
    note: text(500).optional(),
  })
  .strict();
export type AdjustStockRequest = z.infer<typeof adjustStockRequest>;

/** PUT …/stock/:variantId/low-stock-threshold: alert at or below this many available; null turns alerts off. */
export const setLowStockThresholdRequest = z.object({ threshold: units(0).nullable() }).strict();
export type SetLowStockThresholdRequest = z.infer<typeof setLowStockThresholdRequest>;

export const warehouseStockView = z.object({
  warehouseId: z.uuid(),
  warehouseCode: z.string(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
});

/** One variant across the vendor's warehouses. */
export const variantStockView = z.object({
  variantId: z.uuid(),
  vendorId: z.uuid(),
  sku: z.string(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  lowStockThreshold: z.number().int().nullable(),
  lowStock: z.boolean(),
  version: z.number().int(),
  warehouses: z.array(warehouseStockView),
});
export type VariantStockView = z.infer<typeof variantStockView>;

export const stockMovementView = z.object({
  id: z.string(),
  warehouseId: z.uuid(),
  variantId: z.uuid(),
  delta: z.number().int(),
  reason: z.enum(MOVEMENT_REASONS),
  note: z.string().optional(),
  onHandAfter: z.number().int(),
  reservedAfter: z.number().int(),
  actorId: z.string(),
  reservationId: z.uuid().optional(),
  createdAt: z.string(),
});
export type StockMovementView = z.infer<typeof stockMovementView>;

/** What a stock count or adjustment did: the audit entry (null when nothing changed) and the variant after. */
export const stockChangeResult = z.object({
  movement: stockMovementView.nullable(),
  stock: variantStockView,
});
export type StockChangeResult = z.infer<typeof stockChangeResult>;

const booleanFlag = z.enum(['true', 'false']).transform((flag) => flag === 'true');

/** GET /vendors/:vendorId/stock: variants in id order, keyset-paginated. */
export const listStockQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** The last variantId of the previous page. */
    cursor: z.uuid().optional(),
    warehouseId: z.uuid().optional(),
    lowOnly: booleanFlag.optional(),
  })
  .strict();
export type ListStockQuery = z.infer<typeof listStockQuery>;

export const stockPage = z.object({ items: z.array(variantStockView), nextCursor: z.string().nullable() });
export type StockPage = z.infer<typeof stockPage>;

/** GET /vendors/:vendorId/stock/:variantId/movements: newest first. */
export const listMovementsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z
      .string()
      .regex(/^\d{1,18}$/, 'is not a cursor this API handed out')
      .optional(),
  })
  .strict();
export type ListMovementsQuery = z.infer<typeof listMovementsQuery>;

export const movementPage = z.object({
  items: z.array(stockMovementView),
  nextCursor: z.string().nullable(),
});
export type MovementPage = z.infer<typeof movementPage>;

// ---- availability (public) --------------------------------------------------------------------------------

/** GET /availability?variantIds=a,b,c — up to 100 variants in one call. */
export const availabilityQuery = z
  .object({
    variantIds: z
      .string()
      .transform((ids) => ids.split(',').map((id) => id.trim()))
      .pipe(z.array(z.uuid()).min(1).max(100)),
  })
  .strict();
export type AvailabilityQuery = z.infer<typeof availabilityQuery>;

export const availabilityView = z.object({
  items: z.array(z.object({ variantId: z.uuid(), available: z.number().int(), inStock: z.boolean() })),
});
export type AvailabilityView = z.infer<typeof availabilityView>;

// ---- reservations (internal: order service → inventory, never through the gateway) -----------------------

export const reserveStockRequest = z
  .object({
    /** Idempotency key: the same key returns the same reservation instead of reserving twice. */
    reservationKey: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'must be 1–128 letters, digits, ".", "_", ":" or "-"'),
    lines: z
      .array(z.object({ variantId: z.uuid(), quantity: units(1).max(10_000) }).strict())
      .min(1)
      .max(50),
    /** How long the units stay held without a commit. Default: the service's RESERVATION_TTL_MS. */
    ttlSeconds: z.number().int().min(1).max(86_400).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.lines.forEach((line, index) => {
      if (seen.has(line.variantId))
        ctx.addIssue({ code: 'custom', path: ['lines', index, 'variantId'], message: 'appears twice' });
      seen.add(line.variantId);
    });
  });
export type ReserveStockRequest = z.infer<typeof reserveStockRequest>;

export const RESERVATION_STATUSES = ['active', 'committed', 'released', 'expired'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const reservationView = z.object({
  id: z.uuid(),
  reservationKey: z.string(),
  status: z.enum(RESERVATION_STATUSES),
  lines: z.array(
    z.object({
      variantId: z.uuid(),
      vendorId: z.uuid(),
      quantity: z.number().int(),
      allocations: z.array(z.object({ warehouseId: z.uuid(), quantity: z.number().int() })),
    }),
  ),
  expiresAt: z.string(),
  createdAt: z.string(),
  committedAt: z.string().optional(),
  releasedAt: z.string().optional(),
});
export type ReservationView = z.infer<typeof reservationView>;
