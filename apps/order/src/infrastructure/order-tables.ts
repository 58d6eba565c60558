/**
 * Schema-qualified table names for the raw SQL this service runs (row locks, multi-row inserts, joins over the
 * read models): Prisma's own queries get the schema from the adapter, raw SQL must name it (one schema per
 * service in the embedded mode). Amounts are bigint columns read back as float8: exact for every safe integer,
 * and it spares the callers BigInt.
 */
export class OrderTables {
  readonly products: string;
  readonly variants: string;
  readonly stock: string;
  readonly vendors: string;
  readonly carts: string;
  readonly cartLines: string;
  readonly orders: string;
  readonly packages: string;
  readonly lines: string;
  readonly idempotency: string;
  readonly sagas: string;

  constructor(readonly schema = 'public') {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
    const q = (table: string) => `"${schema}".${table}`;
    this.products = q('catalog_products');
    this.variants = q('catalog_variants');
    this.stock = q('variant_stock');
    this.vendors = q('vendors');
    this.carts = q('carts');
    this.cartLines = q('cart_lines');
    this.orders = q('orders');
    this.packages = q('order_packages');
    this.lines = q('order_lines');
    this.idempotency = q('idempotency_keys');
    this.sagas = q('checkout_sagas');
  }
}
