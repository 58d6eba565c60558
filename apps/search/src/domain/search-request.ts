/** What the search service asks an index, whichever engine answers. Prices in poisha. */
export interface SearchFilters {
  category?: string;
  brand?: string[];
  vendor?: string[];
  attributes?: Record<string, string[]>;
  priceMin?: number;
  priceMax?: number;
  inStock?: boolean;
}

export type SearchSort = 'relevance' | 'price-asc' | 'price-desc' | 'newest';
/** How strictly the words must match: all words, all words with typos, or any word. */
export type MatchMode = 'all' | 'fuzzy' | 'any';

export interface IndexQuery {
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
  mode: MatchMode;
  limit: number;
  offset: number;
}

/** The price facet's buckets in poisha: under ৳1,000, ৳1,000–5,000, ৳5,000–20,000, ৳20,000 and up. */
export const PRICE_BUCKETS: { from: number; to?: number }[] = [
  { from: 0, to: 100_000 },
  { from: 100_000, to: 500_000 },
  { from: 500_000, to: 2_000_000 },
  { from: 2_000_000 },
];

/** `name:value` pairs from the query string into a filter map ("fabric:Cotton" → { fabric: ['Cotton'] }). */
export function parseAttributeFilters(pairs: string[] | undefined): Record<string, string[]> | undefined {
  if (!pairs?.length) return undefined;
  const out: Record<string, string[]> = {};
  for (const pair of pairs) {
    const at = pair.indexOf(':');
    if (at <= 0 || at === pair.length - 1) continue;
    const name = pair.slice(0, at).trim();
    (out[name] ??= []).push(pair.slice(at + 1).trim());
  }
  return Object.keys(out).length ? out : undefined;
}

/** An opaque cursor: the offset of the next page, bound to the query it belongs to. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    return Number.isInteger(parsed.o) && (parsed.o as number) >= 0 && (parsed.o as number) <= 1_000
      ? (parsed.o as number)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Words of a query in any script: letters, marks and digits survive, so operators cannot sneak in. */
export function queryWords(input: string): string[] {
  return input
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** A product's title in the script the shopper types: Bangla for a Bangla query, or when there is no English title. */
export function titleInScriptOf(query: string, title: { en?: string; bn?: string }): string {
  return (/[\u0980-\u09FF]/.test(query) && title.bn) || !title.en ? (title.bn ?? '') : title.en;
}
