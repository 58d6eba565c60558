import type { CategoryDetail, CategoryList, CategoryView } from '@getit/contracts';
import { NotFoundException, ValidationException } from '@getit/errors';
import { CategoryRecord } from '../domain/categories/attribute-definition';
import { CategoryIndex, EffectiveAttribute } from '../domain/categories/category-index';
import { CATEGORY_TREE } from '../domain/categories/category-tree.data';
import { flattenCategoryTree } from '../domain/categories/attribute-definition';
import { CategoriesRepository } from '../infrastructure/categories.repository';

/** The category tree for the rest of the service: synced at start-up, then answered from memory. */
export class CategoryCatalog {
  private index = new CategoryIndex([]);

  constructor(private readonly categories: CategoriesRepository) {}

  /** Brings the table in line with the tree file, then loads what the table holds. */
  async load(): Promise<void> {
    await this.categories.sync(flattenCategoryTree(CATEGORY_TREE));
    this.index = new CategoryIndex(await this.categories.loadAll());
  }

  list(): CategoryList {
    return { items: this.index.depthFirst().map((record) => this.view(record)) };
  }

  detail(slug: string): CategoryDetail {
    const record = this.index.get(slug);
    if (!record) throw new NotFoundException(`No category "${slug}".`);
    return {
      ...this.view(record),
      attributes: this.index.attributesOf(slug).map(({ definedBy, ...definition }) => ({
        ...definition,
        options: definition.options ? [...definition.options] : undefined,
        definedBy,
      })),
      children: this.index.children(slug).map((child) => this.view(child)),
    };
  }

  /** A category products may be listed in: it exists and is a leaf. */
  requireLeaf(
    slug: string,
    field = 'categorySlug',
  ): { record: CategoryRecord; attributes: EffectiveAttribute[] } {
    const record = this.index.get(slug);
    const leaves = () =>
      this.index
        .children(slug)
        .map((c) => c.slug)
        .join(', ');
    if (!record)
      throw new ValidationException('The category does not exist.', [
        { field, reason: `"${slug}" is not a category (GET /categories lists them)` },
      ]);
    if (!this.index.isLeaf(slug))
      throw new ValidationException('Products go in a leaf category.', [
        { field, reason: `"${slug}" has subcategories; choose one of: ${leaves()}` },
      ]);
    return { record, attributes: this.index.attributesOf(slug) };
  }

  has(slug: string): boolean {
    return this.index.get(slug) !== undefined;
  }

  private view(record: CategoryRecord): CategoryView {
    return {
      slug: record.slug,
      name: record.name,
      parentSlug: record.parentSlug,
      path: record.path,
      leaf: this.index.isLeaf(record.slug),
    };
  }
}
