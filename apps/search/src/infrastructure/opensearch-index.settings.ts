/**
 * The products index: one analysis chain for both languages (ADR 0017). Bangla: decimal_digit (১২৩ → 123),
 * indic_normalization, bengali_normalization, the Bangla stemmer (the parts of OpenSearch's `bengali` analyzer);
 * English: possessives and plurals. Synonyms (the versioned Banglish file) apply at search time only, so a new file
 * needs no re-analysis of documents but is still pinned per index (settings are fixed at creation; reindex).
 */
export function productIndexBody(synonyms: string[]): Record<string, unknown> {
  const base = ['lowercase', 'decimal_digit', 'indic_normalization', 'bengali_normalization'];
  const stems = ['bengali_stem', 'english_possessive', 'english_plural'];
  return {
    settings: {
      number_of_shards: 1,
      number_of_replicas: 0,
      refresh_interval: '200ms',
      analysis: {
        // "128GB" and "128 GB" are one query: digits and letters written together are split apart.
        char_filter: {
          split_units: { type: 'pattern_replace', pattern: '(\\d)(\\p{L})', replacement: '$1 $2' },
        },
        filter: {
          banglish_synonyms: { type: 'synonym_graph', synonyms, lenient: true },
          bengali_stem: { type: 'stemmer', language: 'bengali' },
          english_possessive: { type: 'stemmer', language: 'possessive_english' },
          english_plural: { type: 'stemmer', language: 'minimal_english' },
          autocomplete_edges: { type: 'edge_ngram', min_gram: 1, max_gram: 20 },
        },
        analyzer: {
          product_text: { type: 'custom', char_filter: ['split_units'], tokenizer: 'standard', filter: [...base, ...stems] },
          product_query: { type: 'custom', char_filter: ['split_units'], tokenizer: 'standard', filter: [...base, 'banglish_synonyms', ...stems] },
          product_edges: { type: 'custom', char_filter: ['split_units'], tokenizer: 'standard', filter: [...base, 'autocomplete_edges'] },
          product_words: { type: 'custom', char_filter: ['split_units'], tokenizer: 'standard', filter: base },
        },
      },
    },
    mappings: {
      dynamic: 'strict',
      properties: {
        product_id: { type: 'keyword' },
        vendor_id: { type: 'keyword' },
        shop_name: { type: 'text', analyzer: 'product_text', search_analyzer: 'product_query' },
        slug: { type: 'keyword', index: false },
        title_en: textField(),
        title_bn: textField(),
        description: { type: 'text', analyzer: 'product_text', search_analyzer: 'product_query' },
        brand: { ...textField(), fields: { kw: { type: 'keyword' } } },
        category_path: { type: 'keyword' },
        category_text: { type: 'text', analyzer: 'product_text', search_analyzer: 'product_query' },
        attr_pairs: { type: 'keyword' },
        attr_text: { type: 'text', analyzer: 'product_text', search_analyzer: 'product_query' },
        price_poisha: { type: 'long' },
        image_url: { type: 'keyword', index: false },
        in_stock: { type: 'boolean' },
        created_at: { type: 'date' },
        // Whole words for "did you mean" (term suggester), no stemming or synonyms.
        spell: { type: 'text', analyzer: 'product_words' },
      },
    },
  };
}

function textField(): Record<string, unknown> {
  return {
    type: 'text',
    analyzer: 'product_text',
    search_analyzer: 'product_query',
    fields: { edges: { type: 'text', analyzer: 'product_edges', search_analyzer: 'product_words' } },
  };
}
