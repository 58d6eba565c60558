import type {
  EventEnvelope,
  ListShopsQuery,
  ManagedShopView,
  ShopPage,
  ShopStatus,
  ShopView,
  UpdateShopRequest,
} from '@getit/contracts';
import { NotFoundException, ValidationException } from '@getit/errors';
import type { UnitOfWork } from '@getit/messaging';
import type { RequestContext } from '@getit/service-kit';
import { CatalogTx } from '../infrastructure/catalog-prisma';
import { decodeCursor, encodeCursor } from '../domain/listing/listing-cursor';
import { ProductWritesRepository } from '../infrastructure/product-writes.repository';
import { ShopRecord, ShopsRepository } from '../infrastructure/shops.repository';
import { requireVendor, SHOP_EDITOR_ROLES } from '../domain/catalog-access.policy';
import { productRemoved, productUpserted } from './product-events';
import { PublicReadCache } from './public-read.cache';

/** A decision auth made about a vendor, as the catalog needs it. */
export interface VendorDecision {
  kind: 'approved' | 'rejected' | 'suspended' | 'reinstated';
  vendorId: string;
  shopName: string;
  slug: string;
  district?: string;
  version: number;
}

const STATUS: Record<VendorDecision['kind'], ShopStatus> = {
  approved: 'active',
  reinstated: 'active',
  suspended: 'suspended',
  rejected: 'rejected',
};

export function toShopView(shop: ShopRecord): ShopView {
  return {
    vendorId: shop.vendorId,
    slug: shop.slug,
    name: shop.name,
    logoUrl: shop.logoUrl ?? undefined,
    description: { en: shop.descriptionEn ?? undefined, bn: shop.descriptionBn ?? undefined },
    district: shop.district,
    rating: { average: shop.ratingAverage, count: shop.ratingCount },
    since: (shop.approvedAt ?? shop.createdAt).toISOString(),
  };
}

/**
 * Shops follow auth's decisions about vendors: approval opens a shop, suspension takes every product of the vendor
 * off sale (and out of search), reinstatement puts its published products back.
 */
export class ShopsService {
  constructor(
    private readonly shops: ShopsRepository,
    private readonly products: ProductWritesRepository,
    private readonly cache: PublicReadCache,
    private readonly unitOfWork: UnitOfWork<CatalogTx>,
  ) {}

  /**
   * Applies one decision and records the product events it causes; called from an event handler, it joins the
   * handler's transaction (with the inbox row), and the public read cache is emptied after commit. A decision
   * older than the one applied last changes nothing; a non-approval for a vendor never approved is ignored.
   */
  applyVendorDecision(ctx: RequestContext, decision: VendorDecision): Promise<void> {
    return this.unitOfWork.run(ctx, async ({ tx, record, afterCommit }) => {
      afterCommit(() => this.cache.invalidate());
      record(...(await this.decide(ctx, tx, decision)));
    });
  }

  private async decide(
    ctx: RequestContext,
    tx: CatalogTx,
    decision: VendorDecision,
  ): Promise<EventEnvelope[]> {
    const shop = await this.shops.lock(tx, decision.vendorId, 'update');
    if (shop && shop.decisionVersion >= decision.version) return [];
    const status = STATUS[decision.kind];
    if (!shop) {
      if (decision.kind !== 'approved') return [];
      const slug = (await this.shops.slugTaken(tx, decision.slug, decision.vendorId))
        ? `${decision.slug}-${decision.vendorId.slice(0, 6)}`
        : decision.slug;
      await this.shops.insert(tx, {
        vendorId: decision.vendorId,
        slug,
        name: decision.shopName,
        district: decision.district ?? 'Dhaka',
        status,
        decisionVersion: decision.version,
      });
    } else {
      await this.shops.applyDecision(tx, decision.vendorId, {
        status,
        version: decision.version,
        name: decision.kind === 'approved' ? decision.shopName : undefined,
        district: decision.kind === 'approved' ? decision.district : undefined,
      });
    }
    if (status === 'active') {
      const relisted = await this.products.find(tx, await this.products.relistVendor(tx, decision.vendorId));
      return relisted.map((product) => productUpserted(ctx, product));
    }
    const delisted = await this.products.delistVendor(tx, decision.vendorId);
    return delisted.map((p) =>
      productRemoved(ctx, { ...p, vendorId: decision.vendorId }, 'vendor_suspended'),
    );
  }

  async publicShop(slug: string): Promise<ShopView> {
    const shop = await this.shops.findActiveBySlug(slug);
    if (!shop) throw new NotFoundException(`No shop "${slug}".`);
    return toShopView(shop);
  }

  async publicList(query: ListShopsQuery): Promise<ShopPage> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 'shops');
    if (query.cursor !== undefined && !after)
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: 'is not a valid cursor for this list' },
      ]);
    const rows = await this.shops.listActive({ district: query.district, after, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toShopView),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ order: 'shops', key: last.createdAt.toISOString(), id: last.vendorId })
          : null,
    };
  }

  async ownShop(ctx: RequestContext, vendorId: string): Promise<ManagedShopView> {
    requireVendor(ctx, vendorId);
    const shop = await this.shops.find(vendorId);
    if (!shop)
      throw new NotFoundException('Your shop opens when the marketplace approves your vendor account.');
    return { ...toShopView(shop), status: shop.status };
  }

  async updateOwnShop(
    ctx: RequestContext,
    vendorId: string,
    input: UpdateShopRequest,
  ): Promise<ManagedShopView> {
    requireVendor(ctx, vendorId, SHOP_EDITOR_ROLES);
    if (!(await this.shops.find(vendorId)))
      throw new NotFoundException('Your shop opens when the marketplace approves your vendor account.');
    await this.shops.updateProfile(vendorId, {
      logoUrl: input.logoUrl,
      descriptionEn: input.description?.en,
      descriptionBn: input.description?.bn,
    });
    this.cache.invalidate();
    return this.ownShop(ctx, vendorId);
  }
}
