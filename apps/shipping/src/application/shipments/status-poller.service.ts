import { systemContext } from '@getit/service-kit';
import { polledStatus } from '../../domain/shipment/courier-report.mapper';
import type { CourierName } from '../../domain/shipment/courier-name';
import { CourierStatusPort } from '../../infrastructure/couriers/courier-booking.port';
import { ShippingPrismaClient } from '../../infrastructure/shipping-prisma';
import { CourierReportsService } from './courier-reports.service';

/**
 * Polling, the fallback for webhooks that never came: shipments still on their way and not updated for
 * `quietMs` are looked up with the courier's order-info API, and what it says goes through the same path as a
 * webhook (stored with its payload, forward only, published once).
 */
export class StatusPollerService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly couriers: Map<CourierName, CourierStatusPort>,
    private readonly reports: CourierReportsService,
    private readonly quietMs: number,
  ) {}

  async pollDue(limit: number): Promise<number> {
    const quiet = await this.prisma.shipment.findMany({
      where: {
        status: {
          in: ['booked', 'picked', 'in_transit', 'out_for_delivery', 'delivery_failed', 'returning'],
        },
        consignmentId: { not: null },
        updatedAt: { lt: new Date(Date.now() - this.quietMs) },
      },
      orderBy: { updatedAt: 'asc' },
      take: limit,
    });
    for (const shipment of quiet) {
      const courier = shipment.courier as CourierName;
      const port = this.couriers.get(courier);
      if (!port) continue;
      // Whatever the answer, the shipment was looked at: the next poll waits another quiet period.
      await this.prisma.shipment.update({ where: { id: shipment.id }, data: { updatedAt: new Date() } });
      const reading = await port.status(shipment.consignmentId!).catch(() => undefined);
      if (!reading) continue;
      await this.reports.report(
        systemContext(`poll-${courier}-${shipment.consignmentId}`),
        courier,
        {
          consignmentId: shipment.consignmentId!,
          courierStatus: `poll:${reading.courierStatus}`.slice(0, 100),
          status: polledStatus(courier, reading.courierStatus),
        },
        { source: 'poll', ...reading.payload },
      );
    }
    return quiet.length;
  }
}
