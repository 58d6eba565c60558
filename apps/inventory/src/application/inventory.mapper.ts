import {
  EventPayload,
  MovementReason,
  ReservationStatus,
  ReservationView,
  StockMovementView,
  VariantStockView,
  WarehouseView,
} from '@getit/contracts';
import { AllocationRow, StockMovementRow, WarehouseRow } from '../infrastructure/inventory-prisma';
import { ReservationWithAllocations } from '../infrastructure/reservations.repository';
import { VariantWithLevels } from '../infrastructure/stock.repository';

const optional = <T>(value: T | null): T | undefined => value ?? undefined;

export function toWarehouseView(row: WarehouseRow): WarehouseView {
  return {
    id: row.id,
    vendorId: row.vendorId,
    code: row.code,
    name: row.name,
    address: {
      line1: row.addressLine1,
      line2: optional(row.addressLine2),
      area: optional(row.area),
      district: row.district,
      division: row.division,
      postcode: optional(row.postcode),
    },
    contactPhone: optional(row.contactPhone),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toVariantStockView(item: VariantWithLevels): VariantStockView {
  const warehouses = item.stockLevels.map((level) => ({
    warehouseId: level.warehouseId,
    warehouseCode: level.warehouse.code,
    onHand: level.onHand,
    reserved: level.reserved,
    available: level.onHand - level.reserved,
  }));
  const sum = (pick: (w: (typeof warehouses)[number]) => number) =>
    warehouses.reduce((n, w) => n + pick(w), 0);
  return {
    variantId: item.variantId,
    vendorId: item.vendorId,
    sku: item.sku,
    onHand: sum((w) => w.onHand),
    reserved: sum((w) => w.reserved),
    available: sum((w) => w.available),
    lowStockThreshold: item.lowStockThreshold,
    lowStock: item.lowStock,
    version: item.version,
    warehouses,
  };
}

export function toMovementView(row: StockMovementRow): StockMovementView {
  return {
    id: row.seq.toString(),
    warehouseId: row.warehouseId,
    variantId: row.variantId,
    delta: row.delta,
    reason: row.reason as MovementReason,
    note: optional(row.note),
    onHandAfter: row.onHandAfter,
    reservedAfter: row.reservedAfter,
    actorId: row.actorId,
    reservationId: optional(row.reservationId),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A reservation's allocations grouped into one line per variant, in variant-id order. */
export function toReservationLines(allocations: readonly AllocationRow[]): ReservationView['lines'] {
  const lines = new Map<string, ReservationView['lines'][number]>();
  for (const a of [...allocations].sort((x, y) => (x.variantId < y.variantId ? -1 : 1))) {
    const line = lines.get(a.variantId) ?? {
      variantId: a.variantId,
      vendorId: a.vendorId,
      quantity: 0,
      allocations: [],
    };
    line.quantity += a.quantity;
    line.allocations.push({ warehouseId: a.warehouseId, quantity: a.quantity });
    lines.set(a.variantId, line);
  }
  return [...lines.values()];
}

export function toReservationView(row: ReservationWithAllocations): ReservationView {
  return {
    id: row.id,
    reservationKey: row.reservationKey,
    status: row.status as ReservationStatus,
    lines: toReservationLines(row.allocations),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString(),
    releasedAt: row.releasedAt?.toISOString(),
  };
}

export function toReservationEvent(
  reservation: { id: string; reservationKey: string },
  allocations: readonly AllocationRow[],
): EventPayload<'inventory.reservation-committed.v1'> {
  return {
    reservationId: reservation.id,
    reservationKey: reservation.reservationKey,
    lines: toReservationLines(allocations),
  };
}

/** The payload of `inventory.stock-reserved.v1` for a held reservation. */
export function toStockReservedEvent(
  reservation: ReservationView,
): EventPayload<'inventory.stock-reserved.v1'> {
  return {
    reservationId: reservation.id,
    reservationKey: reservation.reservationKey,
    lines: reservation.lines,
    expiresAt: reservation.expiresAt,
  };
}
