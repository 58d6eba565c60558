import { SearchFacets, SearchHit } from '@getit/contracts';
import { IndexQuery } from '../domain/search-request';
import { SearchDocument } from '../domain/search-document';

export interface IndexPage {
  items: SearchHit[];
  total: number;
  facets: SearchFacets;
}

/** What each engine can do; the contract suite skips a case where a capability is false (ADR 0017). */
export interface SearchIndexCapabilities {
  typoTolerance: boolean;
  bengaliAnalysis: boolean;
}

/**
 * The search index, whichever engine holds it. Writes take the event handler's transaction (`tx`), which the
 * Postgres index writes in and other engines ignore; every write is idempotent by the product's version.
 */
export interface SearchIndex<Tx = unknown> {
  readonly engine: 'postgres' | 'opensearch';
  readonly capabilities: SearchIndexCapabilities;
  upsert(tx: Tx, doc: SearchDocument): Promise<void>;
  remove(tx: Tx, productId: string, version: number): Promise<void>;
  /** Marks stock without a catalog version: inventory events carry their own ordering. */
  setStock(tx: Tx, productId: string, inStock: boolean): Promise<void>;
  search(query: IndexQuery): Promise<IndexPage>;
  /** Titles (and brands) starting with what is typed, best first. */
  suggest(prefix: string, limit: number): Promise<{ suggestions: string[]; products: SearchHit[] }>;
  /** A corrected query when the engine knows one ("jamdni" → "jamdani"). */
  correct(text: string): Promise<string | undefined>;
  ready(): Promise<boolean>;
}
