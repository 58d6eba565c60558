/** One attribute a category lets its products declare, e.g. `storage` (enum, a variant option, required). */
export interface AttributeDefinition {
  key: string;
  label: { en: string; bn: string };
  type: 'text' | 'enum' | 'number';
  required: boolean;
  /** Allowed values of an `enum`, in display order. */
  options?: readonly string[];
  /** Unit of a `number`: `inch`, `mAh`, `g`. */
  unit?: string;
  /** Variants of one product may differ in it: a variant option (size, colour, storage). */
  variant: boolean;
}

/** A category as the tree file declares it. */
export interface CategoryNode {
  slug: string;
  name: { en: string; bn: string };
  attributes?: readonly AttributeDefinition[];
  children?: readonly CategoryNode[];
}

/** A category as stored: the tree flattened, each node knowing its parent, path and own definitions. */
export interface CategoryRecord {
  slug: string;
  parentSlug: string | null;
  name: { en: string; bn: string };
  path: string[];
  position: number;
  attributes: AttributeDefinition[];
}

type Extra = Partial<Pick<AttributeDefinition, 'required' | 'variant' | 'unit'>>;
type Label = [en: string, bn: string];

export const textAttribute = (key: string, [en, bn]: Label, extra: Extra = {}): AttributeDefinition => ({
  key,
  label: { en, bn },
  type: 'text',
  required: false,
  variant: false,
  ...extra,
});

export const enumAttribute = (
  key: string,
  [en, bn]: Label,
  options: readonly string[],
  extra: Extra = {},
): AttributeDefinition => ({
  key,
  label: { en, bn },
  type: 'enum',
  options,
  required: false,
  variant: false,
  ...extra,
});

export const numberAttribute = (
  key: string,
  [en, bn]: Label,
  unit: string,
  extra: Extra = {},
): AttributeDefinition => ({
  key,
  label: { en, bn },
  type: 'number',
  unit,
  required: false,
  variant: false,
  ...extra,
});

/** Depth-first flattening; `position` keeps siblings in the order the tree file lists them. */
export function flattenCategoryTree(roots: readonly CategoryNode[]): CategoryRecord[] {
  const records: CategoryRecord[] = [];
  const visit = (node: CategoryNode, parent: CategoryRecord | null, position: number) => {
    const record: CategoryRecord = {
      slug: node.slug,
      parentSlug: parent?.slug ?? null,
      name: node.name,
      path: [...(parent?.path ?? []), node.slug],
      position,
      attributes: [...(node.attributes ?? [])],
    };
    records.push(record);
    node.children?.forEach((child, index) => visit(child, record, index));
  };
  roots.forEach((root, index) => visit(root, null, index));
  return records;
}
