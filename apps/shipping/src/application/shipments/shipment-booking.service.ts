import { randomUUID } from 'node:crypto';
import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext, systemContext } from '@getit/service-kit';
import { chooseCourier, MIN_SHIPMENTS_FOR_RATE } from '../../domain/shipment/courier-choice.strategy';
import { estimateCourierFee } from '../../domain/shipment/courier-fee.estimate';
import type { CourierName } from '../../domain/shipment/courier-name';
import { deliveryDeadlines } from '../../domain/shipment/delivery-deadlines';
import {
  BookingRequest,
  BookingResult,
  CourierBookingPort,
  CourierUnavailableError,
} from '../../infrastructure/couriers/courier-booking.port';
import { PackagesToShipRepository } from '../../infrastructure/packages-to-ship.repository';
import {
  PackageToShipRow as PackageToShip,
  ShipmentRow as Shipment,
  ShippingPrismaClient,
  ShippingTx,
} from '../../infrastructure/shipping-prisma';
import { PickupStoresService } from './pickup-stores.service';
import { shippingEvent } from './shipping-events';
import { ShippingMetrics } from './shipping.metrics';

const CLAIM_MS = 60_000;
const MAX_BACKOFF_MS = 10 * 60_000;

type Tx = ShippingTx | ShippingPrismaClient;
type ShipmentWithPackage = Shipment & { package: PackageToShip };

/**
 * Books a courier for each package the vendor packed: the package's details come from order.placed.v1, the
 * payment time from order.confirmed.v1, and `packed` puts a `booking` shipment row in the same transaction (one
 * per package, so a redelivered event or a retry never books twice) with the vendor's stored courier or the
 * marketplace's choice, unless the vendor books its queue itself. The booker claims due rows, calls the courier
 * outside any transaction (Steadfast's bulk endpoint for several at once), and records
 * `shipping.shipment-booked.v1` with the consignment id; a courier that is down is retried with backoff.
 */
export class ShipmentBookingService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly couriers: Map<CourierName, CourierBookingPort>,
    private readonly metrics: ShippingMetrics,
    private readonly nudgeBooker: () => void,
    private readonly stores: PickupStoresService,
    private readonly packages: PackagesToShipRepository,
  ) {}

  offered(): CourierName[] {
    return [...this.couriers.keys()];
  }

  /** order.placed.v1: the packages to ship and their lines (what return receipts show), in one statement. */
  async orderPlaced(ctx: RequestContext, order: EventPayload<'order.placed.v1'>): Promise<void> {
    await this.unitOfWork.run(ctx, ({ tx }) => this.packages.recordPlaced(tx, order));
  }

  async orderConfirmed(ctx: RequestContext, order: EventPayload<'order.confirmed.v1'>): Promise<void> {
    await this.unitOfWork.run(ctx, ({ tx }) =>
      this.packages.markPaid(tx, order.orderId, new Date(order.confirmedAt)),
    );
  }

  /**
   * The vendor packed the package: it joins the vendor's queue, and unless the vendor books its queue itself, a
   * shipment to book with the vendor's courier or the marketplace's choice.
   */
  async packagePacked(
    ctx: RequestContext,
    change: EventPayload<'order.package-status-changed.v1'>,
  ): Promise<void> {
    await this.unitOfWork.run(ctx, async ({ tx, afterCommit }) => {
      const pkg = await tx.packageToShip.findUnique({ where: { packageId: change.packageId } });
      if (!pkg)
        throw new Error(`package ${change.packageId} is unknown to shipping (order.placed.v1 not seen yet)`);
      if (!pkg.packedAt)
        await tx.packageToShip.update({
          where: { packageId: pkg.packageId },
          data: { packedAt: new Date(change.changedAt) },
        });
      const existing = await tx.shipment.findUnique({ where: { packageId: pkg.packageId } });
      if (existing) return;
      const preference = await tx.vendorCourierPreference.findUnique({ where: { vendorId: pkg.vendorId } });
      if (preference && !preference.bookOnPacking) return;
      const preferred = preference?.courier as CourierName | null | undefined;
      const courier = await this.choose(tx, pkg.destinationDistrict, pkg.weightGrams, preferred ?? undefined);
      // No courier configured (the embedded mode): packages move by hand as before.
      if (!courier) return;
      await this.createShipment(tx, pkg, courier, {
        pickupWarehouseId: preference?.pickupWarehouseId ?? null,
        packedAt: new Date(change.changedAt),
      });
      afterCommit(() => this.nudgeBooker());
    });
  }

  /**
   * A `booking` shipment for a packed package. `claimed` keeps the sweeper off it while the caller books it at
   * once (the vendor's "book now"); the claim lapses after a minute if that caller dies.
   */
  async createShipment(
    tx: ShippingTx,
    pkg: PackageToShip,
    courier: CourierName,
    options: { pickupWarehouseId: string | null; packedAt: Date; claimed?: boolean },
  ): Promise<string> {
    const deadlines = deliveryDeadlines(
      pkg.paidAt ?? pkg.packedAt ?? options.packedAt,
      pkg.destinationDistrict,
    );
    const id = randomUUID();
    await tx.shipment.create({
      data: {
        id,
        packageId: pkg.packageId,
        orderId: pkg.orderId,
        vendorId: pkg.vendorId,
        courier,
        status: 'booking',
        codAmountPoisha: pkg.paymentMethod === 'cod' ? pkg.totalPoisha : 0n,
        handoverDueAt: deadlines.handoverDueAt,
        deliveryDueAt: deadlines.deliveryDueAt,
        pickupWarehouseId: options.pickupWarehouseId,
        ...(options.claimed ? { claimedUntil: new Date(Date.now() + CLAIM_MS), bookingAttempts: 1 } : {}),
      },
    });
    return id;
  }

  /** The booker's sweep: books up to `limit` due shipments; returns how many it tried. */
  async bookDue(limit: number): Promise<number> {
    const now = new Date();
    const due = await this.prisma.shipment.findMany({
      where: {
        status: 'booking',
        nextAttemptAt: { lte: now },
        OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
      },
      orderBy: { nextAttemptAt: 'asc' },
      take: limit,
      select: { id: true },
    });
    const claimed: string[] = [];
    for (const { id } of due) {
      const claim = await this.prisma.shipment.updateMany({
        where: { id, status: 'booking', OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
        data: { claimedUntil: new Date(Date.now() + CLAIM_MS), bookingAttempts: { increment: 1 } },
      });
      if (claim.count === 1) claimed.push(id);
    }
    await this.bookClaimed(claimed);
    return claimed.length;
  }

  /**
   * Books shipments this process has claimed: each with the courier's store of its pickup warehouse, several of one
   * courier in one bulk call where the courier answers them at once (Steadfast), else one by one.
   */
  async bookClaimed(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const shipments = await this.prisma.shipment.findMany({
      where: { id: { in: ids }, status: 'booking' },
      include: { package: true },
    });
    const byCourier = new Map<CourierName, { shipment: ShipmentWithPackage; request: BookingRequest }[]>();
    for (const shipment of shipments) {
      const courier = shipment.courier as CourierName;
      try {
        const request = await this.request(shipment);
        byCourier.set(courier, [...(byCourier.get(courier) ?? []), { shipment, request }]);
      } catch (error) {
        await this.failed(shipment, error as Error);
      }
    }
    for (const [courier, batch] of byCourier) {
      const port = this.couriers.get(courier);
      if (port?.bookMany && batch.length > 1) {
        let results: (BookingResult | Error)[];
        try {
          results = await port.bookMany(batch.map((entry) => entry.request));
        } catch (error) {
          results = batch.map(() => error as Error);
        }
        for (const [i, entry] of batch.entries())
          await this.settle(entry.shipment, entry.request, results[i]!);
        continue;
      }
      for (const entry of batch) {
        let result: BookingResult | Error;
        try {
          if (!port) throw new CourierUnavailableError(courier, `${courier} is not configured`);
          result = await port.book(entry.request);
        } catch (error) {
          result = error as Error;
        }
        await this.settle(entry.shipment, entry.request, result);
      }
    }
  }

  /** The courier-neutral request: the package, and the courier's store of the pickup warehouse if it has one. */
  private async request(shipment: ShipmentWithPackage): Promise<BookingRequest> {
    const pickupStoreId = shipment.pickupWarehouseId
      ? await this.stores.storeFor(shipment.courier as CourierName, shipment.pickupWarehouseId)
      : undefined;
    return {
      merchantRef: shipment.packageId,
      recipientName: shipment.package.recipientName,
      recipientPhone: shipment.package.recipientPhone,
      recipientAddress: shipment.package.recipientAddress,
      destinationDistrict: shipment.package.destinationDistrict,
      codAmountPoisha: Number(shipment.codAmountPoisha),
      weightGrams: shipment.package.weightGrams,
      description: `GetIt order ${shipment.package.orderNumber}`,
      ...(pickupStoreId ? { pickupStoreId } : {}),
    };
  }

  private async settle(
    shipment: ShipmentWithPackage,
    request: BookingRequest,
    result: BookingResult | Error,
  ): Promise<void> {
    if (result instanceof Error) return this.failed(shipment, result);
    const courier = shipment.courier as CourierName;
    const ctx = systemContext();
    await this.unitOfWork.run(ctx, async ({ tx, record }) => {
      const bookedAt = new Date();
      const updated = await tx.shipment.updateMany({
        where: { id: shipment.id, status: 'booking' },
        data: {
          status: 'booked',
          consignmentId: result.consignmentId,
          deliveryFeePoisha: BigInt(result.deliveryFeePoisha),
          pickupStoreId: request.pickupStoreId ?? null,
          bookedAt,
          claimedUntil: null,
          lastError: null,
          updatedAt: bookedAt,
        },
      });
      if (updated.count !== 1) return;
      record(
        shippingEvent(
          'shipping.shipment-booked.v1',
          {
            shipmentId: shipment.id,
            orderId: shipment.orderId,
            orderNumber: shipment.package.orderNumber,
            packageId: shipment.packageId,
            vendorId: shipment.vendorId,
            courier,
            consignmentId: result.consignmentId,
            codAmountPoisha: Number(shipment.codAmountPoisha),
            deliveryFeePoisha: result.deliveryFeePoisha,
            bookedAt: bookedAt.toISOString(),
          },
          ctx.correlationId,
        ),
      );
    });
    this.metrics.booking(courier, 'booked');
  }

  /** Down (5xx, 429, timeout) or refused: tried again with backoff up to ten minutes; `last_error` says why. */
  private async failed(shipment: Shipment, error: Error): Promise<void> {
    const unavailable = error instanceof CourierUnavailableError;
    this.metrics.booking(shipment.courier as CourierName, unavailable ? 'unavailable' : 'refused');
    const backoff = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** Math.min(shipment.bookingAttempts, 10));
    await this.prisma.shipment.update({
      where: { id: shipment.id },
      data: {
        claimedUntil: null,
        lastError: error.message.slice(0, 1000),
        nextAttemptAt: new Date(Date.now() + backoff),
      },
    });
  }

  /** Each offered courier's price for a package, from its published tariff. */
  offers(district: string, weightGrams: number): { courier: CourierName; feePoisha: number }[] {
    return this.offered().map((courier) => ({
      courier,
      feePoisha: estimateCourierFee(courier, district, weightGrams),
    }));
  }

  /**
   * The vendor's courier if offered, else the marketplace's choice: cheapest fee per successful delivery in the
   * district among configured couriers.
   */
  async choose(
    tx: Tx,
    district: string,
    weightGrams: number,
    preferred?: CourierName,
  ): Promise<CourierName | undefined> {
    if (preferred && this.couriers.has(preferred)) return preferred;
    const records = await tx.shipment.groupBy({
      by: ['courier', 'status'],
      where: {
        status: { in: ['delivered', 'partially_delivered', 'returned'] },
        package: { destinationDistrict: district },
      },
      _count: { _all: true },
    });
    return chooseCourier(
      this.offers(district, weightGrams).map(({ courier, feePoisha }) => {
        const mine = records.filter((row) => row.courier === courier);
        const finished = mine.reduce((sum, row) => sum + row._count._all, 0);
        const delivered = mine
          .filter((row) => row.status !== 'returned')
          .reduce((sum, row) => sum + row._count._all, 0);
        return {
          courier,
          feePoisha,
          ...(finished >= MIN_SHIPMENTS_FOR_RATE ? { successRate: delivered / finished } : {}),
        };
      }),
    );
  }
}
