import { randomUUID } from 'node:crypto';
import type {
  CreateProductRequest,
  ListVendorProductsQuery,
  ManagedProductPage,
  ProductView,
  UpdateProductRequest,
} from '@getit/contracts';
import {
  ConflictException,
  FieldError,
  NotFoundException,
  ForbiddenException,
  ValidationException,
} from '@getit/errors';
import type { RequestContext } from '@getit/service-kit';
import { decodeCursor, encodeCursor } from '../domain/listing/listing-cursor';
import {
  editNeedsReview,
  nextStatus,
  ProductAction,
  ProductStatus,
} from '../domain/products/product-lifecycle';
import { banglaSlug, productSlug, uniqueSlug } from '../domain/products/product-slug';
import { CatalogTx } from '../infrastructure/catalog-prisma';
import { ProductReadsRepository } from '../infrastructure/product-reads.repository';
import {
  NewVariantRow,
  ProductChanges,
  ProductWritesRepository,
} from '../infrastructure/product-writes.repository';
import { ShopsRepository } from '../infrastructure/shops.repository';
import { requireVendor } from '../domain/catalog-access.policy';
import { CatalogWriter } from './catalog-writer';
import { CategoryCatalog } from './category-catalog';
import { draftProduct, DraftVariant, ProductDraft, ProductInput } from './product-draft';
import { productRemoved, productUpserted } from './product-events';
import { toManagedCard, toProductView } from './product.mapper';
import { ProductRecord } from './product.record';

export interface VendorProductsDeps {
  writer: CatalogWriter;
  writes: ProductWritesRepository;
  reads: ProductReadsRepository;
  shops: ShopsRepository;
  categories: CategoryCatalog;
}

function invalid(errors: FieldError[]): ValidationException {
  return new ValidationException('The product breaks the catalog rules; nothing was saved.', errors);
}

/** The product as an input again, so an update can be merged over it and checked whole. */
function asInput(p: ProductRecord): ProductInput {
  return {
    slug: p.slug,
    title: { ...(p.titleEn ? { en: p.titleEn } : {}), ...(p.titleBn ? { bn: p.titleBn } : {}) },
    description: {
      ...(p.descriptionEn ? { en: p.descriptionEn } : {}),
      ...(p.descriptionBn ? { bn: p.descriptionBn } : {}),
    },
    brand: p.brand ?? undefined,
    categorySlug: p.categorySlug ?? '',
    attributes: p.attributes,
    images: p.images,
    variants: p.variants.map((v) => ({
      sku: v.sku,
      options: v.options,
      price: {
        amountPoisha: v.pricePoisha,
        ...(v.compareAtPoisha !== null ? { compareAtPoisha: v.compareAtPoisha } : {}),
      },
      weightGrams: v.weightGrams,
    })),
  };
}

/** Equality of JSON values regardless of key order (jsonb stores object keys in its own order). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function variantChange(before: ProductRecord, after: DraftVariant[]): 'none' | 'prices-only' | 'structure' {
  const shape = (vs: { sku: string; options: unknown }[]) => vs.map((v) => [v.sku, v.options]);
  if (!same(shape(before.variants), shape(after))) return 'structure';
  const money = (vs: { pricePoisha: number; compareAtPoisha: number | null; weightGrams: number }[]) =>
    vs.map((v) => [v.pricePoisha, v.compareAtPoisha, v.weightGrams]);
  return same(money(before.variants), money(after)) ? 'none' : 'prices-only';
}

/** A vendor's own catalog: create, read, change and retire its products. Never another vendor's. */
export class VendorProductsService {
  constructor(private readonly deps: VendorProductsDeps) {}

  async create(ctx: RequestContext, vendorId: string, input: CreateProductRequest): Promise<ProductView> {
    requireVendor(ctx, vendorId);
    const { draft, errors } = draftProduct(this.deps.categories, input);
    if (!draft) throw invalid(errors);
    const id = randomUUID();
    const status: ProductStatus = input.submitForReview ? 'pending_review' : 'draft';
    const product = await this.deps.writer.run(ctx, async ({ tx, record }) => {
      const slug = await this.newSlug(tx, draft, id);
      await this.assertUnique(tx, vendorId, slug, draft.variants, undefined);
      await this.deps.writes.insertProducts(tx, [
        {
          ...this.row(draft),
          id,
          vendorId,
          slug,
          status,
          listed: false,
          submitted: status === 'pending_review',
        },
      ]);
      await this.deps.writes.insertVariants(tx, this.variantRows(draft.variants, id, vendorId));
      const created = await this.deps.writer.reload(tx, id);
      record(productUpserted(ctx, created));
      return created;
    });
    return toProductView(product, 'owner');
  }

  async update(
    ctx: RequestContext,
    vendorId: string,
    productId: string,
    input: UpdateProductRequest,
  ): Promise<ProductView> {
    requireVendor(ctx, vendorId);
    const product = await this.deps.writer.run(ctx, async ({ tx, record }) => {
      const current = await this.deps.writer.lockOwned(tx, vendorId, productId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
        throw new ConflictException(
          `The product changed since version ${input.expectedVersion} (it is at ${current.version}); reload it.`,
          { extensions: { version: current.version } },
        );
      if (current.status === 'archived') nextStatus(current.status, 'edit'); // throws 409: archiving is final
      const before = asInput(current);
      const merged: ProductInput = {
        ...before,
        ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
        brand: input.brand === null ? undefined : (input.brand ?? before.brand),
      };
      const { draft, errors } = draftProduct(this.deps.categories, merged);
      if (!draft) throw invalid(errors);

      const changes = this.changes(current, draft);
      const variants = variantChange(current, draft.variants);
      if (Object.keys(changes).length === 0 && variants === 'none') return current;
      const status = editNeedsReview(new Set(Object.keys(changes)), variants)
        ? nextStatus(current.status, 'edit')
        : current.status;
      await this.assertUnique(
        tx,
        vendorId,
        draft.slug !== current.slug ? draft.slug : undefined,
        draft.variants,
        productId,
      );
      await this.deps.writes.update(tx, productId, {
        ...changes,
        status,
        listed: status === 'published' && current.listed,
        submitted: status === 'pending_review' && current.status !== 'pending_review' ? true : undefined,
      });
      if (variants !== 'none') {
        const existing = new Map(current.variants.map((v) => [v.sku, v.id]));
        const rows = this.variantRows(draft.variants, productId, vendorId, existing);
        await this.deps.writes.replaceVariants(
          tx,
          productId,
          rows.filter((r) => existing.has(r.sku)),
          rows.filter((r) => !existing.has(r.sku)),
        );
        await this.deps.writes.refreshInStock(tx, productId);
      }
      const updated = await this.deps.writer.reload(tx, productId);
      record(productUpserted(ctx, updated));
      return updated;
    });
    return toProductView(product, 'owner');
  }

  /** submit (to the review queue), unpublish (back to draft) or archive (final; the product leaves the catalog). */
  async transition(
    ctx: RequestContext,
    vendorId: string,
    productId: string,
    action: Extract<ProductAction, 'submit' | 'unpublish' | 'archive'>,
  ): Promise<ProductView> {
    requireVendor(ctx, vendorId);
    const product = await this.deps.writer.run(ctx, async ({ tx, record }) => {
      const current = await this.deps.writer.lockOwned(tx, vendorId, productId);
      const status = nextStatus(current.status, action);
      if (action === 'submit' && !current.categorySlug)
        throw invalid([{ field: 'categorySlug', reason: 'set a category before submitting for review' }]);
      await this.deps.writes.update(tx, productId, {
        status,
        listed: false,
        submitted: action === 'submit' || undefined,
      });
      const changed = await this.deps.writer.reload(tx, productId);
      record(action === 'archive' ? productRemoved(ctx, changed, 'archived') : productUpserted(ctx, changed));
      return changed;
    });
    return toProductView(product, 'owner');
  }

  async get(ctx: RequestContext, vendorId: string, productId: string): Promise<ProductView> {
    requireVendor(ctx, vendorId);
    const product = await this.deps.reads.findById(productId);
    if (!product) throw new NotFoundException(`No product "${productId}".`);
    if (product.vendorId !== vendorId)
      throw new ForbiddenException('This product belongs to another vendor.');
    return toProductView(product, 'owner');
  }

  async list(
    ctx: RequestContext,
    vendorId: string,
    query: ListVendorProductsQuery,
  ): Promise<ManagedProductPage> {
    requireVendor(ctx, vendorId);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 'newest');
    if (query.cursor !== undefined && !after)
      throw new ValidationException('The cursor is not one this API handed out.', [
        { field: 'cursor', reason: 'is not a valid cursor for this list' },
      ]);
    const rows = await this.deps.reads.vendorList(vendorId, {
      status: query.status,
      after,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toManagedCard),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ order: 'newest', key: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  }

  /**
   * The vendor's own slug; else from the English title with a short random suffix; else (a Bangla-only product) the
   * Banglish transliteration of the Bangla title, numbered -2, -3 … when taken. Two creates racing for the same
   * numbered slug meet the unique index: the loser gets a 409 and may simply retry.
   */
  private async newSlug(tx: CatalogTx, draft: ProductDraft, id: string): Promise<string> {
    if (draft.slug) return draft.slug;
    if (draft.titleEn) return productSlug(draft.titleEn, id.slice(0, 6));
    const base = banglaSlug(draft.titleBn ?? '');
    return uniqueSlug(base, await this.deps.writes.numberedSlugs(tx, base));
  }

  /** 409 naming every field whose slug or SKU is already taken (SKUs are unique per vendor, slugs globally). */
  private async assertUnique(
    tx: CatalogTx,
    vendorId: string,
    slug: string | undefined,
    variants: DraftVariant[],
    exceptProductId: string | undefined,
  ): Promise<void> {
    const taken = await this.deps.writes.takenSkus(
      tx,
      vendorId,
      variants.map((v) => v.sku),
      exceptProductId,
    );
    const errors: FieldError[] = variants.flatMap((v, i) =>
      taken.has(v.sku)
        ? [{ field: `variants.${i}.sku`, reason: `"${v.sku}" is already used by another of your products` }]
        : [],
    );
    if (slug && (await this.deps.writes.takenSlugs(tx, [slug], exceptProductId)).has(slug))
      errors.push({ field: 'slug', reason: `"${slug}" is already taken` });
    if (errors.length > 0)
      throw new ConflictException('A SKU or slug is already taken; nothing was saved.', {
        extensions: { errors },
      });
  }

  private row(draft: ProductDraft) {
    const { variants: _variants, slug: _slug, ...fields } = draft;
    return fields;
  }

  private variantRows(
    variants: DraftVariant[],
    productId: string,
    vendorId: string,
    existingIds: Map<string, string> = new Map(),
  ): NewVariantRow[] {
    return variants.map((v, position) => ({
      ...v,
      id: existingIds.get(v.sku) ?? randomUUID(),
      productId,
      vendorId,
      position,
    }));
  }

  /** The product fields an update changes, compared with what is stored. */
  private changes(current: ProductRecord, draft: ProductDraft): ProductChanges {
    const next = { ...this.row(draft), slug: draft.slug ?? current.slug };
    const changes: ProductChanges = {};
    for (const [field, value] of Object.entries(next) as [keyof typeof next, unknown][]) {
      if (!same(value, current[field as keyof ProductRecord]))
        (changes as Record<string, unknown>)[field] = value;
    }
    return changes;
  }
}
