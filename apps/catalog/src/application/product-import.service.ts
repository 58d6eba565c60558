import { randomUUID } from 'node:crypto';
import { createProductRequest, ImportResult, ProductStatus } from '@getit/contracts';
import {
  ConflictException,
  DomainException,
  FieldError,
  parseOrThrow,
  ValidationException,
} from '@getit/errors';
import type { RequestContext } from '@getit/service-kit';
import { toImportCell } from '../domain/import/import-cell';
import { ImportCellError, ImportedProduct, readProductCsv } from '../domain/import/product-csv.reader';
import { ProductWritesRepository } from '../infrastructure/product-writes.repository';
import { requireVendor } from '../domain/catalog-access.policy';
import { CatalogWriter } from './catalog-writer';
import { CategoryCatalog } from './category-catalog';
import { draftProduct, ProductDraft } from './product-draft';
import { productUpserted } from './product-events';

const MAX_REPORTED = 1_000;

function rejected(kind: 'invalid' | 'conflict', cells: ImportCellError[]): DomainException {
  const rows = [...cells].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED);
  const errors: FieldError[] = rows.map((c) => ({ field: `lines.${c.line}.${c.column}`, reason: c.reason }));
  const detail = `${cells.length} problem${cells.length === 1 ? '' : 's'} in the file; nothing was imported.`;
  const extensions = { rows, rowErrorCount: cells.length };
  return kind === 'conflict'
    ? new ConflictException(detail, { extensions: { ...extensions, errors } })
    : new ValidationException(detail, errors, { extensions });
}

/**
 * A vendor's bulk import from CSV. Every row is checked (schema, category attributes, SKUs unique in the file and
 * against the vendor's catalog, handles free as slugs) before anything is written; then all products, variants and
 * their events go in one transaction. Either the whole file is imported or nothing is.
 */
export class ProductImportService {
  constructor(
    private readonly writer: CatalogWriter,
    private readonly writes: ProductWritesRepository,
    private readonly categories: CategoryCatalog,
    private readonly maxRows: number,
  ) {}

  async import(
    ctx: RequestContext,
    vendorId: string,
    csv: string,
    options: { submitForReview: boolean },
  ): Promise<ImportResult> {
    requireVendor(ctx, vendorId);
    const { products, errors } = readProductCsv(csv, { maxRows: this.maxRows });
    const cells = [...errors];
    // a cell the reader already faulted (e.g. a price that is not an amount) is reported once, not again by the schema
    const faulted = new Set(errors.map((cell) => `${cell.line}:${cell.column}`));
    const drafts: { product: ImportedProduct; draft: ProductDraft }[] = [];
    for (const product of products) {
      const problems: ImportCellError[] = [];
      const draft = this.check(product, problems);
      cells.push(...problems.filter((cell) => !faulted.has(`${cell.line}:${cell.column}`)));
      if (draft && problems.length === 0) drafts.push({ product, draft });
    }
    cells.push(...this.repeatedSkus(drafts));
    if (cells.length > 0) throw rejected('invalid', cells);

    const status: ProductStatus = options.submitForReview ? 'pending_review' : 'draft';
    const items = await this.writer.run(ctx, async ({ tx, record }) => {
      const skus = drafts.flatMap(({ draft }) => draft.variants.map((v) => v.sku));
      const taken = await this.writes.takenSkus(tx, vendorId, skus);
      const slugs = await this.writes.takenSlugs(
        tx,
        drafts.map(({ product }) => product.handle),
      );
      const conflicts = drafts.flatMap(({ product, draft }) => [
        ...(slugs.has(product.handle)
          ? [
              {
                line: product.line,
                column: 'handle',
                reason: `"${product.handle}" is already taken as a product slug`,
              },
            ]
          : []),
        ...draft.variants.flatMap((v, i) =>
          taken.has(v.sku)
            ? [
                {
                  line: product.variantLines[i]!,
                  column: 'sku',
                  reason: `"${v.sku}" is already used by one of your products`,
                },
              ]
            : [],
        ),
      ]);
      if (conflicts.length > 0) throw rejected('conflict', conflicts);

      const rows = drafts.map(({ product, draft }) => ({ product, draft, id: randomUUID() }));
      await this.writes.insertProducts(
        tx,
        rows.map(({ product, draft, id }) => {
          const { variants: _variants, slug: _slug, ...fields } = draft;
          return {
            ...fields,
            id,
            vendorId,
            slug: product.handle,
            status,
            listed: false,
            submitted: status === 'pending_review',
          };
        }),
      );
      await this.writes.insertVariants(
        tx,
        rows.flatMap(({ draft, id }) =>
          draft.variants.map((v, position) => ({
            ...v,
            id: randomUUID(),
            productId: id,
            vendorId,
            position,
          })),
        ),
      );
      for (const product of await this.writes.find(
        tx,
        rows.map((r) => r.id),
      ))
        record(productUpserted(ctx, product));
      return rows.map(({ product, id }) => ({
        handle: product.handle,
        productId: id,
        slug: product.handle,
        line: product.line,
      }));
    });
    return {
      products: items.length,
      variants: drafts.reduce((sum, { draft }) => sum + draft.variants.length, 0),
      status,
      items,
    };
  }

  /** The product against the request schema and the catalog rules; its problems become cell errors. */
  private check(product: ImportedProduct, cells: ImportCellError[]): ProductDraft | undefined {
    try {
      const input = parseOrThrow(createProductRequest, product.input);
      const { draft, errors } = draftProduct(this.categories, input);
      cells.push(...errors.map((error) => toImportCell(product, error)));
      return draft;
    } catch (error) {
      if (!(error instanceof ValidationException)) throw error;
      cells.push(...error.fieldErrors.map((fieldError) => toImportCell(product, fieldError)));
      return undefined;
    }
  }

  private repeatedSkus(drafts: { product: ImportedProduct; draft: ProductDraft }[]): ImportCellError[] {
    const seen = new Map<string, number>();
    const cells: ImportCellError[] = [];
    for (const { product, draft } of drafts) {
      draft.variants.forEach((variant, i) => {
        const line = product.variantLines[i]!;
        const first = seen.get(variant.sku);
        if (first !== undefined && first !== line)
          cells.push({ line, column: 'sku', reason: `"${variant.sku}" repeats the SKU on line ${first}` });
        else seen.set(variant.sku, line);
      });
    }
    return cells;
  }
}
