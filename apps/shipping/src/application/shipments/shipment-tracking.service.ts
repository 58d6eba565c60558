import { ShipmentTrackingView } from '@getit/contracts';
import { NotFoundException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { ShippingPrismaClient } from '../../infrastructure/shipping-prisma';

const STATUS_WORDS: Record<string, { en: string; bn: string }> = {
  booking: { en: 'Booking a courier', bn: 'কুরিয়ার বুক করা হচ্ছে' },
  booked: { en: 'Booked with the courier', bn: 'কুরিয়ারে বুক করা হয়েছে' },
  picked: { en: 'Picked up by the courier', bn: 'কুরিয়ার সংগ্রহ করেছে' },
  in_transit: { en: 'In transit', bn: 'পথে আছে' },
  out_for_delivery: { en: 'Out for delivery', bn: 'ডেলিভারির জন্য বের হয়েছে' },
  delivery_failed: { en: 'Delivery attempt failed', bn: 'ডেলিভারির চেষ্টা ব্যর্থ হয়েছে' },
  delivered: { en: 'Delivered', bn: 'ডেলিভারি হয়েছে' },
  partially_delivered: { en: 'Partially delivered', bn: 'আংশিক ডেলিভারি হয়েছে' },
  returning: { en: 'Returning to the seller', bn: 'বিক্রেতার কাছে ফেরত যাচ্ছে' },
  returned: { en: 'Returned to the seller', bn: 'বিক্রেতার কাছে ফেরত গেছে' },
};

/** What the vendor reads while the courier cannot take a booking (no courier's error text: it is not theirs). */
const BOOKING_DELAY = {
  en: 'The courier could not take the booking yet. We keep trying by ourselves; you need not do anything.',
  bn: 'কুরিয়ার এখনো বুকিং নিতে পারেনি। আমরা নিজে থেকেই আবার চেষ্টা করছি; আপনাকে কিছু করতে হবে না।',
};

const isStaff = (ctx: RequestContext) => (ctx.actor?.roles ?? []).some((role) => role.startsWith('admin:'));

/**
 * The order's packages as the shopper (anyone holding a guest order's id, a vendor for its own packages, or an
 * admin) follows them: a timeline each.
 */
export class ShipmentTrackingService {
  constructor(private readonly prisma: ShippingPrismaClient) {}

  async tracking(ctx: RequestContext, orderId: string): Promise<ShipmentTrackingView> {
    const packages = await this.prisma.packageToShip.findMany({
      where: { orderId },
      include: {
        shipment: {
          include: { events: { where: { outcome: { in: ['applied', 'note'] } }, orderBy: { id: 'asc' } } },
        },
      },
      orderBy: { createdAt: 'asc' },
    });
    const visible = packages.filter(
      (pkg) =>
        isStaff(ctx) ||
        // A guest order's id is its bearer secret, as for the order itself.
        pkg.shopperId === null ||
        (ctx.actor && pkg.shopperId === ctx.actor.id) ||
        (ctx.vendorId && pkg.vendorId === ctx.vendorId),
    );
    if (visible.length === 0) throw new NotFoundException(`Order ${orderId} was not found.`);
    return {
      orderId,
      packages: visible.map((pkg) => {
        const shipment = pkg.shipment;
        const status = shipment?.status ?? 'awaiting_packing';
        return {
          packageId: pkg.packageId,
          vendorId: pkg.vendorId,
          status,
          courier: (shipment?.courier as 'pathao' | 'steadfast' | 'redx' | undefined) ?? null,
          consignmentId: shipment?.consignmentId ?? null,
          attempt: shipment?.attempt ?? 0,
          handoverDueAt: shipment?.handoverDueAt?.toISOString() ?? null,
          deliveryDueAt: shipment?.deliveryDueAt?.toISOString() ?? null,
          ...(shipment?.status === 'booking' &&
          shipment.lastError !== null &&
          (isStaff(ctx) || (ctx.vendorId !== undefined && ctx.vendorId === pkg.vendorId))
            ? {
                bookingDelay: {
                  attempts: Math.max(1, shipment.bookingAttempts),
                  retryAt: shipment.nextAttemptAt.toISOString(),
                  ...BOOKING_DELAY,
                },
              }
            : {}),
          timeline: [
            ...(shipment?.bookedAt
              ? [{ status: 'booked', at: shipment.bookedAt.toISOString(), ...STATUS_WORDS.booked! }]
              : []),
            ...(shipment?.events ?? []).map((event) => {
              const words = (event.mappedStatus && STATUS_WORDS[event.mappedStatus]) || undefined;
              return {
                status: event.mappedStatus ?? 'note',
                at: event.receivedAt.toISOString(),
                en: event.messageEn ?? words?.en ?? event.courierStatus,
                bn: event.messageBn ?? words?.bn ?? event.messageEn ?? event.courierStatus,
              };
            }),
          ],
        };
      }),
    };
  }
}
