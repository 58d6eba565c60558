import type {
  ApproveProductRequest,
  BulkApproveRequest,
  BulkApproveResult,
  ManagedProductPage,
  ModerationQueueQuery,
  ProductView,
  RejectProductRequest,
} from '@getit/contracts';
import { isUuid } from '@getit/contracts';
import { ConflictException, NotFoundException, ValidationException } from '@getit/errors';
import type { AuditRecorder, WorkScope } from '@getit/messaging';
import type { RequestContext } from '@getit/service-kit';
import { decodeCursor, encodeCursor } from '../domain/listing/listing-cursor';
import { nextStatus } from '../domain/products/product-lifecycle';
import { CatalogTx } from '../infrastructure/catalog-prisma';
import { ProductReadsRepository } from '../infrastructure/product-reads.repository';
import { ProductWritesRepository } from '../infrastructure/product-writes.repository';
import { ShopsRepository } from '../infrastructure/shops.repository';
import { Actor, requireModerator } from '../domain/catalog-access.policy';
import { CatalogWriter } from './catalog-writer';
import { productUpserted } from './product-events';
import { toManagedCard, toProductView } from './product.mapper';
import { ProductRecord } from './product.record';

/** Admins work through the review queue: approve (the product goes on sale if its shop is active) or reject. */
export class ProductModerationService {
  constructor(
    private readonly writer: CatalogWriter,
    private readonly writes: ProductWritesRepository,
    private readonly reads: ProductReadsRepository,
    private readonly shops: ShopsRepository,
    private readonly audit: AuditRecorder,
  ) {}

  async queue(ctx: RequestContext, query: ModerationQueueQuery): Promise<ManagedProductPage> {
    requireModerator(ctx);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 'queue');
    if (query.cursor !== undefined && !after)
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: 'is not a valid cursor for this list' },
      ]);
    const rows = await this.reads.reviewQueue({ vendorId: query.vendorId, after, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toManagedCard),
      nextCursor:
        rows.length > query.limit && last?.submittedAt
          ? encodeCursor({ order: 'queue', key: last.submittedAt.toISOString(), id: last.id })
          : null,
    };
  }

  async approve(ctx: RequestContext, productId: string, input: ApproveProductRequest): Promise<ProductView> {
    const target = approval(productId, input.note);
    const product = await this.audit.attempt(ctx, target, () => {
      const actor = requireModerator(ctx);
      return this.writer.run(ctx, async ({ tx, record }) => {
        const current = await this.writer.lock(tx, productId);
        const approved = await this.approveOne(ctx, tx, record, actor, current, input.note);
        record(this.audit.success(ctx, decided(target, current, approved)));
        return approved;
      });
    });
    return toProductView(product, 'owner');
  }

  /** Approves a batch in one transaction: every product must be waiting for review, or none is approved. */
  async approveMany(ctx: RequestContext, input: BulkApproveRequest): Promise<BulkApproveResult> {
    const batch = {
      action: 'catalog.product.approve-many',
      targetType: 'product-batch',
      targetId: [...input.productIds].sort()[0] ?? 'none',
      details: { productIds: input.productIds, ...(input.note ? { note: input.note } : {}) },
    };
    const approved = await this.audit.attempt(ctx, batch, () => this.approveBatch(ctx, input));
    const byId = new Map(approved.map((p) => [p.id, p]));
    return {
      items: input.productIds.map((id) => {
        const p = byId.get(id)!;
        return { productId: p.id, status: p.status, version: p.version };
      }),
    };
  }

  private approveBatch(ctx: RequestContext, input: BulkApproveRequest): Promise<ProductRecord[]> {
    const actor = requireModerator(ctx);
    return this.writer.run(ctx, async ({ tx, record }) => {
      const results: ProductRecord[] = [];
      // locked in id order, so two overlapping batches cannot deadlock
      for (const id of [...input.productIds].sort()) {
        const current = await this.writes.lock(tx, id);
        if (!current) throw new NotFoundException(`No product "${id}"; nothing was approved.`);
        if (current.status !== 'pending_review')
          throw new ConflictException(
            `Product "${id}" is ${current.status.replace('_', ' ')}; nothing was approved.`,
            {
              extensions: { productId: id, status: current.status },
            },
          );
        const approved = await this.approveOne(ctx, tx, record, actor, current, input.note);
        record(this.audit.success(ctx, decided(approval(id, input.note), current, approved)));
        results.push(approved);
      }
      return results;
    });
  }

  async reject(ctx: RequestContext, productId: string, input: RejectProductRequest): Promise<ProductView> {
    const target = {
      action: 'catalog.product.reject',
      targetType: 'product',
      targetId: productId,
      details: { reason: input.reason },
    };
    const product = await this.audit.attempt(ctx, target, () => {
      const actor = requireModerator(ctx);
      return this.writer.run(ctx, async ({ tx, record }) => {
        const current = await this.writer.lock(tx, productId);
        const status = nextStatus(current.status, 'reject');
        await this.writes.update(tx, productId, {
          status,
          listed: false,
          moderationReason: input.reason,
          moderatedBy: isUuid(actor.id) ? actor.id : null,
          moderated: true,
        });
        const rejected = await this.writer.reload(tx, productId);
        record(productUpserted(ctx, rejected));
        record(this.audit.success(ctx, decided(target, current, rejected)));
        return rejected;
      });
    });
    return toProductView(product, 'owner');
  }

  private async approveOne(
    ctx: RequestContext,
    tx: CatalogTx,
    record: WorkScope<CatalogTx>['record'],
    actor: Actor,
    current: ProductRecord,
    note: string | undefined,
  ): Promise<ProductRecord> {
    const status = nextStatus(current.status, 'approve');
    // shared lock on the shop: a suspension running now either finishes first or waits for this approval
    const shop = await this.shops.lock(tx, current.vendorId, 'share');
    await this.writes.update(tx, current.id, {
      status,
      listed: shop?.status === 'active',
      moderationReason: note ?? null,
      moderatedBy: isUuid(actor.id) ? actor.id : null,
      moderated: true,
      published: true,
    });
    const approved = await this.writer.reload(tx, current.id);
    record(productUpserted(ctx, approved));
    return approved;
  }
}

function approval(productId: string, note: string | undefined) {
  return {
    action: 'catalog.product.approve',
    targetType: 'product',
    targetId: productId,
    details: note ? { note } : {},
  };
}

/** The audit entry of a decision taken: which product of which vendor, and the status it moved between. */
function decided(
  target: { action: string; targetType: string; targetId: string; details: Record<string, unknown> },
  before: ProductRecord,
  after: ProductRecord,
) {
  return {
    ...target,
    details: {
      ...target.details,
      vendorId: before.vendorId,
      from: before.status,
      to: after.status,
      version: after.version,
    },
  };
}
