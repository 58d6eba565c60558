import {
  AdjustStockRequest,
  BulkStockCountRequest,
  BulkStockCountResult,
  ListMovementsQuery,
  ListStockQuery,
  MovementPage,
  SetLowStockThresholdRequest,
  SetStockRequest,
  StockChangeResult,
  StockPage,
  VariantStockView,
} from '@getit/contracts';
import { ForbiddenException, NotFoundException, ValidationException } from '@getit/errors';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { applyStockChange, StockChange } from '../domain/stock-count.rules';
import { assertVendorAccess } from '../domain/vendor-access.policy';
import { withDeltas } from '../domain/warehouse-stock';
import { InventoryTx, StockMovementRow } from '../infrastructure/inventory-prisma';
import { MovementsRepository } from '../infrastructure/movements.repository';
import { LockedItem, StockRepository } from '../infrastructure/stock.repository';
import { WarehousesRepository } from '../infrastructure/warehouses.repository';
import { toMovementView, toVariantStockView } from './inventory.mapper';
import { StockEventsRecorder } from './stock-events.recorder';

interface StockTarget {
  vendorId: string;
  warehouseId: string;
  variantId: string;
}

/** The vendor's view of its stock: counts, adjustments, thresholds and the audit trail. */
export class StockService {
  constructor(
    private readonly stock: StockRepository,
    private readonly warehouses: WarehousesRepository,
    private readonly movements: MovementsRepository,
    private readonly events: StockEventsRecorder,
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
  ) {}

  /** A stock count: on hand in this warehouse is now exactly `onHand`. Counting the same again changes nothing. */
  count(ctx: RequestContext, target: StockTarget, input: SetStockRequest): Promise<StockChangeResult> {
    return this.change(ctx, target, { kind: 'count', onHand: input.onHand }, input);
  }

  adjust(ctx: RequestContext, target: StockTarget, input: AdjustStockRequest): Promise<StockChangeResult> {
    return this.change(ctx, target, { kind: 'adjust', delta: input.delta, reason: input.reason }, input);
  }

  async setLowStockThreshold(
    ctx: RequestContext,
    vendorId: string,
    variantId: string,
    input: SetLowStockThresholdRequest,
  ): Promise<VariantStockView> {
    assertVendorAccess(ctx, vendorId, 'change-stock');
    await this.unitOfWork.run(ctx, async (work) => {
      const { tx } = work;
      const item = await this.lockOwnItem(tx, vendorId, variantId);
      if (!item) throw variantNotStocked(variantId);
      await this.stock.updateItem(tx, variantId, { lowStockThreshold: input.threshold });
      const levels = await this.stock.lockLevels(tx, [variantId]);
      const updated = { ...item, lowStockThreshold: input.threshold };
      await this.events.record(work, ctx, [updated], levels, levels);
    });
    return this.get(ctx, vendorId, variantId);
  }

  async get(ctx: RequestContext, vendorId: string, variantId: string): Promise<VariantStockView> {
    assertVendorAccess(ctx, vendorId, 'read');
    const item = await this.stock.findVariant(vendorId, variantId);
    if (!item) throw variantNotStocked(variantId);
    return toVariantStockView(item);
  }

  async list(ctx: RequestContext, vendorId: string, query: ListStockQuery): Promise<StockPage> {
    assertVendorAccess(ctx, vendorId, 'read');
    const rows = await this.stock.listVariants(vendorId, {
      limit: query.limit + 1,
      after: query.cursor,
      warehouseId: query.warehouseId,
      lowOnly: query.lowOnly,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toVariantStockView),
      nextCursor: rows.length > query.limit ? page[page.length - 1]!.variantId : null,
    };
  }

  async movementsOf(
    ctx: RequestContext,
    vendorId: string,
    variantId: string,
    query: ListMovementsQuery,
  ): Promise<MovementPage> {
    assertVendorAccess(ctx, vendorId, 'read');
    const before = query.cursor === undefined ? undefined : BigInt(query.cursor);
    const rows = await this.movements.list(vendorId, variantId, query.limit + 1, before);
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(toMovementView),
      nextCursor: rows.length > query.limit ? page[page.length - 1]!.seq.toString() : null,
    };
  }

  /**
   * A stock take of many variants in one warehouse, in one transaction: every count applies or none does. Variants
   * are locked in id order, like every other writer, so a big count never deadlocks with checkouts.
   */
  async countMany(
    ctx: RequestContext,
    target: { vendorId: string; warehouseId: string },
    input: BulkStockCountRequest,
  ): Promise<BulkStockCountResult> {
    const actorId = assertVendorAccess(ctx, target.vendorId, 'change-stock');
    const counts = [...input.counts].sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
    const changed = await this.unitOfWork.run(ctx, async (work) => {
      await this.lockWarehouse(work.tx, target.vendorId, target.warehouseId);
      let written = 0;
      for (const count of counts) {
        const movement = await this.applyChange(
          work,
          ctx,
          actorId,
          { ...target, variantId: count.variantId },
          { kind: 'count', onHand: count.onHand },
          { sku: count.sku, note: input.note },
        );
        if (movement) written += 1;
      }
      return written;
    });
    return { changed, unchanged: counts.length - changed };
  }

  private async change(
    ctx: RequestContext,
    target: StockTarget,
    change: StockChange,
    input: { sku?: string; note?: string },
  ): Promise<StockChangeResult> {
    const actorId = assertVendorAccess(ctx, target.vendorId, 'change-stock');
    const movement = await this.unitOfWork.run(ctx, async (work) => {
      await this.lockWarehouse(work.tx, target.vendorId, target.warehouseId);
      return this.applyChange(work, ctx, actorId, target, change, input);
    });
    return {
      movement: movement ? toMovementView(movement) : null,
      stock: await this.get(ctx, target.vendorId, target.variantId),
    };
  }

  /**
   * Inside the caller's transaction, which holds the warehouse lock: lock the variant (registering it on its first
   * count), lock its levels, apply the rule, write the level, the audit entry and the events. Null when the count
   * changed nothing.
   */
  private async applyChange(
    work: WorkScope<InventoryTx>,
    ctx: RequestContext,
    actorId: string,
    target: StockTarget,
    change: StockChange,
    input: { sku?: string; note?: string },
  ): Promise<StockMovementRow | null> {
    const { tx } = work;
    const { vendorId, warehouseId, variantId } = target;
    let item = await this.lockOwnItem(tx, vendorId, variantId);
    if (!item) {
      if (!input.sku) {
        throw new ValidationException(
          'The first stock of a variant the catalog has not announced needs its SKU.',
          [{ field: 'sku', reason: 'is required the first time a variant is stocked' }],
        );
      }
      await this.stock.createItem(tx, { variantId, vendorId, sku: input.sku });
      item = (await this.lockOwnItem(tx, vendorId, variantId))!;
    } else if (input.sku && input.sku !== item.sku) {
      await this.stock.updateItem(tx, variantId, { sku: input.sku });
      item = { ...item, sku: input.sku };
    }
    const levels = await this.stock.lockLevels(tx, [variantId]);
    const level = levels.find((l) => l.warehouseId === warehouseId) ?? { onHand: 0, reserved: 0 };
    const { onHand, delta } = applyStockChange(level, change);
    if (delta === 0) return null;
    await this.stock.setOnHand(tx, variantId, warehouseId, onHand);
    const after = withDeltas(levels, [{ variantId, warehouseId, onHand: delta, reserved: 0 }]);
    const written = await this.movements.insert(tx, {
      vendorId,
      warehouseId,
      variantId,
      delta,
      reason: change.kind === 'count' ? 'count' : change.reason,
      note: input.note,
      onHandAfter: onHand,
      reservedAfter: level.reserved,
      actorId,
      correlationId: ctx.correlationId,
    });
    await this.events.record(work, ctx, [item], levels, after);
    return written;
  }

  /** Share-locks the warehouse so it cannot be archived while stock goes into it. */
  private async lockWarehouse(tx: InventoryTx, vendorId: string, warehouseId: string): Promise<void> {
    if (!(await this.warehouses.lockActive(tx, vendorId, warehouseId, 'share'))) {
      throw new NotFoundException(`This vendor has no warehouse ${warehouseId}.`, {
        extensions: { field: 'warehouseId' },
      });
    }
  }

  /** Locks the variant's item; refuses when another vendor stocks it. */
  private async lockOwnItem(
    tx: InventoryTx,
    vendorId: string,
    variantId: string,
  ): Promise<LockedItem | undefined> {
    const [item] = await this.stock.lockItems(tx, [variantId]);
    if (item && item.vendorId !== vendorId) {
      throw new ForbiddenException(`Variant ${variantId} is stocked by another vendor.`, {
        extensions: { field: 'variantId' },
      });
    }
    return item;
  }
}

function variantNotStocked(variantId: string): NotFoundException {
  return new NotFoundException(
    `This vendor does not stock variant ${variantId} yet; count its stock first.`,
    {
      extensions: { field: 'variantId' },
    },
  );
}
