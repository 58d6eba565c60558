import { AttributeDefinition, CategoryRecord } from './attribute-definition';

/** An attribute definition as a category sees it: its own, or inherited from the named ancestor. */
export interface EffectiveAttribute extends AttributeDefinition {
  definedBy: string;
}

/**
 * The category tree in memory: lookups by slug, children, and each category's effective attribute definitions
 * (root first; a descendant's definition of the same key overrides its ancestor's). Small and read-mostly, so it
 * is loaded once and answers without touching the database.
 */
export class CategoryIndex {
  private readonly bySlug = new Map<string, CategoryRecord>();
  private readonly childrenOf = new Map<string | null, CategoryRecord[]>();
  private readonly effective = new Map<string, EffectiveAttribute[]>();

  constructor(readonly records: readonly CategoryRecord[]) {
    for (const record of records) {
      this.bySlug.set(record.slug, record);
      const siblings = this.childrenOf.get(record.parentSlug) ?? [];
      siblings.push(record);
      this.childrenOf.set(record.parentSlug, siblings);
    }
    for (const siblings of this.childrenOf.values()) siblings.sort((a, b) => a.position - b.position);
  }

  get(slug: string): CategoryRecord | undefined {
    return this.bySlug.get(slug);
  }

  children(slug: string | null): CategoryRecord[] {
    return this.childrenOf.get(slug) ?? [];
  }

  isLeaf(slug: string): boolean {
    return this.children(slug).length === 0;
  }

  /** Depth first, siblings in tree order. */
  depthFirst(): CategoryRecord[] {
    const out: CategoryRecord[] = [];
    const visit = (parent: string | null) => {
      for (const child of this.children(parent)) {
        out.push(child);
        visit(child.slug);
      }
    };
    visit(null);
    return out;
  }

  attributesOf(slug: string): EffectiveAttribute[] {
    const cached = this.effective.get(slug);
    if (cached) return cached;
    const category = this.bySlug.get(slug);
    if (!category) return [];
    const byKey = new Map<string, EffectiveAttribute>();
    for (const ancestor of category.path) {
      for (const definition of this.bySlug.get(ancestor)?.attributes ?? []) {
        byKey.delete(definition.key);
        byKey.set(definition.key, { ...definition, definedBy: ancestor });
      }
    }
    const result = [...byKey.values()];
    this.effective.set(slug, result);
    return result;
  }
}
