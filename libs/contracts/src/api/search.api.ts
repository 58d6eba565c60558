import { z } from 'zod';

const csv = z
  .string()
  .trim()
  .max(500)
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean));

/**
 * GET /search: words in English, Bangla or Banglish ("shari"); each word also matches as a prefix. Filters are
 * comma-separated lists; `attr` is `name:value` pairs ("fabric:Cotton,colour:Red"); prices in poisha.
 */
export const searchQuery = z
  .object({
    q: z.string().trim().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    category: z.string().trim().max(100).optional(),
    brand: csv.optional(),
    vendor: csv.optional(),
    attr: csv.optional(),
    priceMin: z.coerce.number().int().min(0).optional(),
    priceMax: z.coerce.number().int().min(0).optional(),
    inStock: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
    sort: z.enum(['relevance', 'price-asc', 'price-desc', 'newest']).default('relevance'),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z.object({
  productId: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string(),
  /** `en` is absent for a product listed with a Bangla title only. */
  title: z.object({ en: z.string().optional(), bn: z.string().optional() }),
  brand: z.string().optional(),
  categoryPath: z.array(z.string()),
  price: z.object({ amountPoisha: z.number().int(), currency: z.literal('BDT') }),
  imageUrl: z.string().optional(),
  inStock: z.boolean().optional(),
});
export type SearchHit = z.infer<typeof searchHit>;

const facetBucket = z.object({ value: z.string(), count: z.number().int() });
/** Facet counts: each respects every active filter except its own. */
export const searchFacets = z.object({
  category: z.array(facetBucket),
  brand: z.array(facetBucket),
  vendor: z.array(facetBucket),
  price: z.array(z.object({ from: z.number().int(), to: z.number().int().optional(), count: z.number().int() })),
  inStock: z.array(facetBucket),
  attributes: z.record(z.string(), z.array(facetBucket)),
});
export type SearchFacets = z.infer<typeof searchFacets>;

export const searchResult = z.object({
  query: z.string(),
  items: z.array(searchHit),
  total: z.number().int().optional(),
  facets: searchFacets.optional(),
  nextCursor: z.string().optional(),
  /** A corrected query that finds more, when the typed one found little. */
  didYouMean: z.string().optional(),
  /** Set when nothing matched as typed and the query was relaxed: which step found these items. */
  relaxed: z.enum(['typos', 'any-word', 'category']).optional(),
});
export type SearchResult = z.infer<typeof searchResult>;

export const suggestQuery = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(10).default(5),
  })
  .strict();
export type SuggestQuery = z.infer<typeof suggestQuery>;

/** GET /search/suggest: completions of what is being typed, and the products it already finds. */
export const suggestResult = z.object({
  query: z.string(),
  suggestions: z.array(z.string()),
  products: z.array(searchHit),
});
export type SuggestResult = z.infer<typeof suggestResult>;
