import type { EventPayload } from '@getit/contracts';
import type { ShippingTx } from './shipping-prisma';

const DEFAULT_WEIGHT_GRAMS = 1000;

/** The packages order's events announce, before any shipment: what they hold, where they go, when paid. */
export class PackagesToShipRepository {
  /** `table` qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
  constructor(private readonly table: (name: string) => string = (name) => name) {}

  /**
   * What order.placed.v1 tells shipping, in one statement: each package to ship (`packages_to_ship`, what the booker
   * books once it is packed) and the lines it holds (`package_lines`, what a vendor may later say came back,
   * `ReturnReceiptsService`). Rows already there (the same event again) are left as they are.
   */
  async recordPlaced(tx: ShippingTx, order: EventPayload<'order.placed.v1'>): Promise<void> {
    const recipient = order.recipient;
    const address = recipient
      ? `${recipient.street}, ${recipient.area}, ${recipient.district} ${recipient.postcode}`
      : `${order.destinationDistrict}, Bangladesh`;
    const packages = order.packages;
    const lines = packages.flatMap((pkg) => pkg.lines.map((line) => ({ packageId: pkg.packageId, ...line })));
    await tx.$executeRawUnsafe(
      `WITH packages AS (
         INSERT INTO ${this.table('packages_to_ship')} (package_id, order_id, order_number, vendor_id, shopper_id,
                recipient_phone, recipient_name, recipient_address, destination_district, payment_method,
                total_poisha, weight_grams, created_at)
         SELECT p.package_id, $1::uuid, $2::text, p.vendor_id, $3::uuid, $4::text, $5::text, $6::text, $7::text,
                $8::text, p.total_poisha, p.weight_grams, $9::timestamptz
           FROM unnest($10::uuid[], $11::uuid[], $12::bigint[], $13::int[])
                AS p(package_id, vendor_id, total_poisha, weight_grams)
             ON CONFLICT DO NOTHING
       )
       INSERT INTO ${this.table('package_lines')} (package_id, line_id, variant_id, sku, title, quantity,
              unit_price_poisha)
       SELECT l.package_id, l.line_id, l.variant_id, l.sku, l.title, l.quantity, l.unit_price_poisha
         FROM unnest($14::uuid[], $15::uuid[], $16::uuid[], $17::text[], $18::text[], $19::int[], $20::bigint[])
              AS l(package_id, line_id, variant_id, sku, title, quantity, unit_price_poisha)
           ON CONFLICT DO NOTHING`,
      order.orderId,
      order.orderNumber,
      order.shopperId,
      order.phone.replace(/^\+88/, ''),
      recipient?.name ?? 'GetIt customer',
      address,
      order.destinationDistrict,
      order.paymentMethod,
      new Date(),
      packages.map((pkg) => pkg.packageId),
      packages.map((pkg) => pkg.vendorId),
      packages.map((pkg) => pkg.totalPoisha),
      packages.map((pkg) => pkg.weightGrams ?? DEFAULT_WEIGHT_GRAMS),
      lines.map((line) => line.packageId),
      lines.map((line) => line.lineId),
      lines.map((line) => line.variantId),
      lines.map((line) => line.sku),
      lines.map((line) => line.title),
      lines.map((line) => line.quantity),
      lines.map((line) => line.unitPricePoisha),
    );
  }

  /** order.confirmed.v1: when the order's packages were paid (the first confirmation stands). */
  async markPaid(tx: ShippingTx, orderId: string, paidAt: Date): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.table('packages_to_ship')} SET paid_at = $2::timestamptz
        WHERE order_id = $1::uuid AND paid_at IS NULL`,
      orderId,
      paidAt,
    );
  }
}
