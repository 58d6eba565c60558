import type {
  CourierBookingRequest,
  CourierBookingResultView,
  CourierQueueItemView,
  CourierQueueView,
} from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { requireVendorStaff } from '../../domain/courier-settings-access.policy';
import type { CourierName } from '../../domain/shipment/courier-name';
import { deliveryDeadlines } from '../../domain/shipment/delivery-deadlines';
import { PackageToShipRow, ShippingPrismaClient, ShippingTx } from '../../infrastructure/shipping-prisma';
import { ShipmentBookingService } from './shipment-booking.service';

const MAX_QUEUE = 200;
const MAX_BOOK = 100;

/**
 * The vendor's courier queue and its "book now": packed packages awaiting a courier (when the vendor books its queue
 * itself), being booked (retried while the courier is down, with the reason), or booked and waiting for pickup,
 * each with every offered courier's price; booking one, several or the whole queue with a chosen courier or the
 * marketplace's choice, answered per package.
 */
export class VendorBookingsService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly booking: ShipmentBookingService,
  ) {}

  async queue(ctx: RequestContext, vendorId: string): Promise<CourierQueueView> {
    requireVendorStaff(ctx, vendorId);
    // With no courier configured (the embedded mode) packed packages move by hand: none awaits a courier.
    const awaitingCourier =
      this.booking.offered().length > 0 ? [{ packedAt: { not: null }, shipment: null }] : [];
    const packages = await this.prisma.packageToShip.findMany({
      where: {
        vendorId,
        OR: [...awaitingCourier, { shipment: { status: { in: ['booking', 'booked'] } } }],
      },
      include: { shipment: true },
      orderBy: [{ packedAt: 'asc' }, { createdAt: 'asc' }],
      take: MAX_QUEUE,
    });
    const choices = new Map<string, Promise<CourierName | undefined>>();
    const marketplaceChoice = (district: string, grams: number) => {
      const key = `${district}/${grams}`;
      if (!choices.has(key)) choices.set(key, this.booking.choose(this.prisma, district, grams));
      return choices.get(key)!;
    };
    const items: CourierQueueItemView[] = [];
    for (const pkg of packages) {
      const shipment = pkg.shipment;
      const awaiting = !shipment;
      const dueFrom = pkg.paidAt ?? pkg.packedAt;
      items.push({
        packageId: pkg.packageId,
        orderId: pkg.orderId,
        orderNumber: pkg.orderNumber,
        recipientName: pkg.recipientName,
        destinationDistrict: pkg.destinationDistrict,
        codAmountPoisha: pkg.paymentMethod === 'cod' ? Number(pkg.totalPoisha) : 0,
        weightGrams: pkg.weightGrams,
        packedAt: pkg.packedAt?.toISOString() ?? null,
        state: awaiting ? 'awaiting' : shipment.status === 'booking' ? 'booking' : 'booked',
        courier: (shipment?.courier as CourierName | undefined) ?? null,
        consignmentId: shipment?.consignmentId ?? null,
        deliveryFeePoisha: shipment?.deliveryFeePoisha == null ? null : Number(shipment.deliveryFeePoisha),
        lastError: shipment?.status === 'booking' ? shipment.lastError : null,
        nextAttemptAt:
          shipment?.status === 'booking' && shipment.lastError ? shipment.nextAttemptAt.toISOString() : null,
        handoverDueAt:
          shipment?.handoverDueAt?.toISOString() ??
          (dueFrom ? deliveryDeadlines(dueFrom, pkg.destinationDistrict).handoverDueAt.toISOString() : null),
        offers: awaiting ? this.booking.offers(pkg.destinationDistrict, pkg.weightGrams) : [],
        marketplaceChoice: awaiting
          ? ((await marketplaceChoice(pkg.destinationDistrict, pkg.weightGrams)) ?? null)
          : null,
      });
    }
    return { items };
  }

  /**
   * Books packed packages now with the courier asked for (or the marketplace's choice per package); without
   * package ids, the whole awaiting queue. A package already with a courier is answered as it stands, never
   * booked twice. The courier is called before answering; one that is down leaves the package `retrying` (the
   * sweeper goes on with backoff) and the answer says why.
   */
  async book(
    ctx: RequestContext,
    vendorId: string,
    request: CourierBookingRequest,
  ): Promise<CourierBookingResultView> {
    requireVendorStaff(ctx, vendorId);
    const offered = this.booking.offered();
    if (offered.length === 0)
      throw new ValidationException('No courier is configured on this marketplace.', [
        { field: 'courier', reason: 'no courier is offered' },
      ]);
    if (request.courier !== 'marketplace' && !offered.includes(request.courier))
      throw new ValidationException(`${request.courier} is not offered on this marketplace.`, [
        { field: 'courier', reason: `must be marketplace or one of ${offered.join(', ')}` },
      ]);
    const ids = request.packageIds ? [...new Set(request.packageIds)] : undefined;
    const claimed = await this.unitOfWork.run(ctx, async ({ tx }) => {
      const packages = await this.packagesToBook(tx, vendorId, ids);
      const preference = await tx.vendorCourierPreference.findUnique({ where: { vendorId } });
      const created: string[] = [];
      for (const pkg of packages) {
        if (pkg.shipment) continue;
        const courier =
          request.courier === 'marketplace'
            ? await this.booking.choose(tx, pkg.destinationDistrict, pkg.weightGrams)
            : request.courier;
        if (!courier) continue;
        created.push(
          await this.booking.createShipment(tx, pkg, courier, {
            pickupWarehouseId: preference?.pickupWarehouseId ?? null,
            packedAt: pkg.packedAt ?? new Date(),
            claimed: true,
          }),
        );
      }
      return { created, packageIds: packages.map((pkg) => pkg.packageId) };
    });
    await this.booking.bookClaimed(claimed.created);
    const shipments = await this.prisma.shipment.findMany({
      where: { packageId: { in: claimed.packageIds } },
    });
    const byPackage = new Map(shipments.map((shipment) => [shipment.packageId, shipment]));
    return {
      results: claimed.packageIds.flatMap((packageId) => {
        const shipment = byPackage.get(packageId);
        if (!shipment) return [];
        const booked = shipment.status !== 'booking';
        return [
          {
            packageId,
            courier: shipment.courier as CourierName,
            state: booked ? ('booked' as const) : ('retrying' as const),
            consignmentId: shipment.consignmentId,
            deliveryFeePoisha: shipment.deliveryFeePoisha == null ? null : Number(shipment.deliveryFeePoisha),
            error: booked ? null : shipment.lastError,
          },
        ];
      }),
    };
  }

  /** The packages named (each a packed package of this vendor, else the field is named), or the awaiting queue. */
  private async packagesToBook(
    tx: ShippingTx,
    vendorId: string,
    ids: string[] | undefined,
  ): Promise<(PackageToShipRow & { shipment: { id: string } | null })[]> {
    if (!ids)
      return tx.packageToShip.findMany({
        where: { vendorId, packedAt: { not: null }, shipment: null },
        include: { shipment: { select: { id: true } } },
        orderBy: { packedAt: 'asc' },
        take: MAX_BOOK,
      });
    const found = await tx.packageToShip.findMany({
      where: { packageId: { in: ids }, vendorId },
      include: { shipment: { select: { id: true } } },
    });
    const byId = new Map(found.map((pkg) => [pkg.packageId, pkg]));
    const problems = ids.flatMap((id, i) => {
      const pkg = byId.get(id);
      if (!pkg) return [{ field: `packageIds.${i}`, reason: 'is not a package of this vendor' }];
      if (!pkg.packedAt && !pkg.shipment) return [{ field: `packageIds.${i}`, reason: 'is not packed yet' }];
      return [];
    });
    if (problems.length > 0)
      throw new ValidationException('Some packages cannot be booked: pack them first.', problems);
    return ids.map((id) => byId.get(id)!);
  }
}
