import { z } from 'zod';

/** GET /search: words in English or Bangla; each word also matches as a prefix ("jamd" finds "jamdani"). */
export const searchQuery = z
  .object({
    q: z.string().trim().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z.object({
  productId: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string(),
  title: z.object({ en: z.string(), bn: z.string().optional() }),
  brand: z.string().optional(),
  categoryPath: z.array(z.string()),
  price: z.object({ amountPoisha: z.number().int(), currency: z.literal('BDT') }),
  imageUrl: z.string().optional(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({ query: z.string(), items: z.array(searchHit) });
export type SearchResult = z.infer<typeof searchResult>;
