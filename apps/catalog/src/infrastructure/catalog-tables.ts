/** The catalog's tables, schema-qualified for raw SQL (the embedded mode keeps each service in its own schema). */
export class CatalogTables {
  readonly products: string;
  readonly variants: string;
  readonly shops: string;
  readonly categories: string;

  constructor(readonly schema = 'public') {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
    this.products = `"${schema}".products`;
    this.variants = `"${schema}".product_variants`;
    this.shops = `"${schema}".shops`;
    this.categories = `"${schema}".categories`;
  }
}
