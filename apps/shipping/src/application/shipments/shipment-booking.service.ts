import { randomUUID } from 'node:crypto';
import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext, systemContext } from '@getit/service-kit';
import { chooseCourier } from '../../domain/shipment/courier-choice.strategy';
import type { CourierName } from '../../domain/shipment/courier-name';
import { deliveryDeadlines } from '../../domain/shipment/delivery-deadlines';
import {
  CourierBookingPort,
  CourierUnavailableError,
} from '../../infrastructure/couriers/courier-booking.port';
import { ShippingPrismaClient, ShippingTx } from '../../infrastructure/shipping-prisma';
import { shippingEvent } from './shipping-events';
import { ShippingMetrics } from './shipping.metrics';

const DEFAULT_WEIGHT_GRAMS = 1000;
const CLAIM_MS = 60_000;
const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Books a courier for each package the vendor packed: the package's details come from order.placed.v1, the
 * payment time from order.confirmed.v1, and `packed` puts a `booking` shipment row in the same transaction (one
 * per package, so a redelivered event or a retry never books twice). The booker claims due rows, calls the
 * courier outside any transaction, and records `shipping.shipment-booked.v1` with the consignment id; a courier
 * that is down is retried with backoff.
 */
export class ShipmentBookingService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly couriers: Map<CourierName, CourierBookingPort>,
    private readonly metrics: ShippingMetrics,
    private readonly nudgeBooker: () => void,
  ) {}

  offered(): CourierName[] {
    return [...this.couriers.keys()];
  }

  async orderPlaced(ctx: RequestContext, order: EventPayload<'order.placed.v1'>): Promise<void> {
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      const recipient = order.recipient;
      const address = recipient
        ? `${recipient.street}, ${recipient.area}, ${recipient.district} ${recipient.postcode}`
        : `${order.destinationDistrict}, Bangladesh`;
      await tx.packageToShip.createMany({
        data: order.packages.map((pkg) => ({
          packageId: pkg.packageId,
          orderId: order.orderId,
          orderNumber: order.orderNumber,
          vendorId: pkg.vendorId,
          shopperId: order.shopperId,
          recipientPhone: order.phone.replace(/^\+88/, ''),
          recipientName: recipient?.name ?? 'GetIt customer',
          recipientAddress: address,
          destinationDistrict: order.destinationDistrict,
          paymentMethod: order.paymentMethod,
          totalPoisha: BigInt(pkg.totalPoisha),
          weightGrams: pkg.weightGrams ?? DEFAULT_WEIGHT_GRAMS,
        })),
        skipDuplicates: true,
      });
    });
  }

  async orderConfirmed(ctx: RequestContext, order: EventPayload<'order.confirmed.v1'>): Promise<void> {
    await this.unitOfWork.run(ctx, async ({ tx }) => {
      await tx.packageToShip.updateMany({
        where: { orderId: order.orderId, paidAt: null },
        data: { paidAt: new Date(order.confirmedAt) },
      });
    });
  }

  /** The vendor packed the package: a shipment to book, with the vendor's courier or the marketplace's choice. */
  async packagePacked(
    ctx: RequestContext,
    change: EventPayload<'order.package-status-changed.v1'>,
  ): Promise<void> {
    await this.unitOfWork.run(ctx, async ({ tx, afterCommit }) => {
      const pkg = await tx.packageToShip.findUnique({ where: { packageId: change.packageId } });
      if (!pkg)
        throw new Error(`package ${change.packageId} is unknown to shipping (order.placed.v1 not seen yet)`);
      const existing = await tx.shipment.findUnique({ where: { packageId: pkg.packageId } });
      if (existing) return;
      const courier = await this.choose(tx, pkg.destinationDistrict, pkg.weightGrams);
      // No courier configured (the embedded mode): packages move by hand as before.
      if (!courier) return;
      const paidAt = pkg.paidAt ?? new Date(change.changedAt);
      const deadlines = deliveryDeadlines(paidAt, pkg.destinationDistrict);
      await tx.shipment.create({
        data: {
          id: randomUUID(),
          packageId: pkg.packageId,
          orderId: pkg.orderId,
          vendorId: pkg.vendorId,
          courier,
          status: 'booking',
          codAmountPoisha: pkg.paymentMethod === 'cod' ? pkg.totalPoisha : 0n,
          handoverDueAt: deadlines.handoverDueAt,
          deliveryDueAt: deadlines.deliveryDueAt,
        },
      });
      afterCommit(() => this.nudgeBooker());
    });
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
    let tried = 0;
    for (const { id } of due) {
      const claimed = await this.prisma.shipment.updateMany({
        where: { id, status: 'booking', OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
        data: { claimedUntil: new Date(Date.now() + CLAIM_MS), bookingAttempts: { increment: 1 } },
      });
      if (claimed.count === 1) {
        await this.bookOne(id);
        tried += 1;
      }
    }
    return tried;
  }

  private async bookOne(id: string): Promise<void> {
    const shipment = await this.prisma.shipment.findUniqueOrThrow({
      where: { id },
      include: { package: true },
    });
    const courier = shipment.courier as CourierName;
    const port = this.couriers.get(courier);
    const ctx = systemContext();
    try {
      if (!port) throw new CourierUnavailableError(courier, `${courier} is not configured`);
      const booked = await port.book({
        merchantRef: shipment.packageId,
        recipientName: shipment.package.recipientName,
        recipientPhone: shipment.package.recipientPhone,
        recipientAddress: shipment.package.recipientAddress,
        destinationDistrict: shipment.package.destinationDistrict,
        codAmountPoisha: Number(shipment.codAmountPoisha),
        weightGrams: shipment.package.weightGrams,
        description: `GetIt order ${shipment.package.orderNumber}`,
      });
      await this.unitOfWork.run(ctx, async ({ tx, record }) => {
        const bookedAt = new Date();
        const updated = await tx.shipment.updateMany({
          where: { id, status: 'booking' },
          data: {
            status: 'booked',
            consignmentId: booked.consignmentId,
            deliveryFeePoisha: BigInt(booked.deliveryFeePoisha),
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
              shipmentId: id,
              orderId: shipment.orderId,
              orderNumber: shipment.package.orderNumber,
              packageId: shipment.packageId,
              vendorId: shipment.vendorId,
              courier,
              consignmentId: booked.consignmentId,
              codAmountPoisha: Number(shipment.codAmountPoisha),
              deliveryFeePoisha: booked.deliveryFeePoisha,
              bookedAt: bookedAt.toISOString(),
            },
            ctx.correlationId,
          ),
        );
      });
      this.metrics.booking(courier, 'booked');
    } catch (error) {
      const unavailable = error instanceof CourierUnavailableError;
      this.metrics.booking(courier, unavailable ? 'unavailable' : 'refused');
      const backoff = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** Math.min(shipment.bookingAttempts, 10));
      await this.prisma.shipment.update({
        where: { id },
        data: {
          claimedUntil: null,
          lastError: (error as Error).message.slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + backoff),
        },
      });
    }
  }

  /** The marketplace's choice: cheapest fee per successful delivery in the district among configured couriers. */
  private async choose(
    tx: ShippingTx,
    district: string,
    weightGrams: number,
  ): Promise<CourierName | undefined> {
    const records = await tx.shipment.groupBy({
      by: ['courier', 'status'],
      where: {
        status: { in: ['delivered', 'partially_delivered', 'returned'] },
        package: { destinationDistrict: district },
      },
      _count: { _all: true },
    });
    const sameCity = district.toLowerCase() === 'dhaka';
    const fee = (courier: CourierName) => {
      const kg = Math.max(0.5, weightGrams / 1000);
      const base = (sameCity ? [7000, 8000, 9000] : [12000, 14000, 16000])[kg <= 0.5 ? 0 : kg <= 1 ? 1 : 2]!;
      const extra = kg > 2 ? Math.ceil(kg - 2) * (sameCity ? 1500 : 2500) : 0;
      return courier === 'steadfast' ? Math.max(8000, base + extra) : base + extra;
    };
    return chooseCourier(
      this.offered().map((courier) => {
        const mine = records.filter((row) => row.courier === courier);
        const finished = mine.reduce((sum, row) => sum + row._count._all, 0);
        const delivered = mine
          .filter((row) => row.status !== 'returned')
          .reduce((sum, row) => sum + row._count._all, 0);
        return {
          courier,
          feePoisha: fee(courier),
          ...(finished >= 20 ? { successRate: delivered / finished } : {}),
        };
      }),
    );
  }
}
