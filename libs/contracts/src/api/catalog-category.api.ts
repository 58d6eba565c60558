import { z } from 'zod';

export const ATTRIBUTE_TYPES = ['text', 'enum', 'number'] as const;

/** What a category lets its products say about themselves; children inherit their ancestors' definitions. */
export const attributeDefinitionView = z.object({
  key: z.string(),
  label: z.object({ en: z.string(), bn: z.string() }),
  type: z.enum(ATTRIBUTE_TYPES),
  required: z.boolean(),
  /** The allowed values of an `enum` attribute. */
  options: z.array(z.string()).optional(),
  /** The unit of a `number` attribute: `inch`, `GB`, `g`. */
  unit: z.string().optional(),
  /** Whether variants of one product may differ in it (size, colour, storage): a variant option. */
  variant: z.boolean(),
  /** The category that defines it, when inherited. */
  definedBy: z.string(),
});
export type AttributeDefinitionView = z.infer<typeof attributeDefinitionView>;

export const categoryView = z.object({
  slug: z.string(),
  name: z.object({ en: z.string(), bn: z.string() }),
  parentSlug: z.string().nullable(),
  /** Slugs from the root down to this category, itself included. */
  path: z.array(z.string()),
  /** Products are listed in leaf categories only. */
  leaf: z.boolean(),
});
export type CategoryView = z.infer<typeof categoryView>;

/** GET /categories: the whole tree, depth first, so a client can indent by `path.length`. */
export const categoryList = z.object({ items: z.array(categoryView) });
export type CategoryList = z.infer<typeof categoryList>;

/** GET /categories/:slug: one category with its effective (own and inherited) attribute definitions. */
export const categoryDetail = categoryView.extend({
  attributes: z.array(attributeDefinitionView),
  children: z.array(categoryView),
});
export type CategoryDetail = z.infer<typeof categoryDetail>;
