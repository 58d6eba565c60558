import { one } from '../../../lib/page-params';

type Query = Record<string, string | string[] | undefined>;
export const SEARCH_SORTS = ['relevance', 'price-asc', 'price-desc', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The search page's state as it lives in the URL: the words, the filters, the sort and the cursor. */
export interface SearchState {
  q: string;
  category?: string;
  brand: string[];
  attr: string[];
  priceMin?: number;
  priceMax?: number;
  inStock: boolean;
  sort: SearchSort;
  cursor?: string;
}

const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
const poisha = (value: string | undefined) => (value && /^\d{1,12}$/.test(value) ? Number(value) : undefined);

export function readSearchState(query: Query): SearchState {
  return {
    q: one(query['q'])?.trim().slice(0, 200) ?? '',
    category: one(query['category']) || undefined,
    brand: list(one(query['brand'])),
    attr: list(one(query['attr'])),
    priceMin: poisha(one(query['priceMin'])),
    priceMax: poisha(one(query['priceMax'])),
    inStock: one(query['inStock']) === 'true',
    sort: SEARCH_SORTS.find((s) => s === one(query['sort'])) ?? 'relevance',
    cursor: one(query['cursor']) || undefined,
  };
}

/** The URL query of a state (no cursor unless given: changing a filter starts from the first page). */
export function searchHref(locale: string, state: SearchState): string {
  const params = new URLSearchParams({ q: state.q });
  if (state.category) params.set('category', state.category);
  if (state.brand.length) params.set('brand', state.brand.join(','));
  if (state.attr.length) params.set('attr', state.attr.join(','));
  if (state.priceMin !== undefined) params.set('priceMin', String(state.priceMin));
  if (state.priceMax !== undefined) params.set('priceMax', String(state.priceMax));
  if (state.inStock) params.set('inStock', 'true');
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.cursor) params.set('cursor', state.cursor);
  return `/${locale}/search?${params.toString()}`;
}

/** Adds a value to a list filter, or takes it out if it is there. */
export function toggled(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
