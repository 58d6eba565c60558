/**
 * Schema-qualified table names for the raw SQL (row locks, batched updates) that Prisma cannot express. Prisma's
 * own queries get the schema from the adapter; raw SQL must name it (one schema per service in the embedded mode).
 */
export class InventoryTables {
  readonly warehouses: string;
  readonly items: string;
  readonly levels: string;
  readonly movements: string;
  readonly reservations: string;
  readonly allocations: string;
  readonly refusals: string;
  readonly restocks: string;
  readonly returnRestocks: string;

  constructor(schema = 'public') {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
    const q = (table: string) => `"${schema}".${table}`;
    this.warehouses = q('warehouses');
    this.items = q('inventory_items');
    this.levels = q('stock_levels');
    this.movements = q('stock_movements');
    this.reservations = q('reservations');
    this.allocations = q('reservation_allocations');
    this.refusals = q('reservation_refusals');
    this.restocks = q('reservation_restocks');
    this.returnRestocks = q('return_restocks');
  }
}
