import { CourierPerformanceView } from '@getit/contracts';
import { RequestContext } from '@getit/service-kit';
import { requireCourierPerformanceReader } from '../../domain/shipment/courier-performance-access.policy';
import type { CourierName } from '../../domain/shipment/courier-name';
import { PerformancePeriod } from '../../domain/shipment/performance-period';
import { ShippingPrismaClient } from '../../infrastructure/shipping-prisma';

interface PerformanceRow {
  courier: CourierName;
  district: string;
  shipments: bigint;
  delivered: bigint;
  partially_delivered: bigint;
  returned: bigint;
  failed: bigint;
  median_days: number | null;
  p90_days: number | null;
  late: bigint;
}

/**
 * How each courier did in each destination district, for admins choosing couriers: the shipments booked in a
 * period, their outcomes, handover → delivery days (median, p90) and those late against the delivery deadline.
 * One GROUP BY over shipments; a shipment's handover and delivery times are its first applied courier reports of
 * those steps (courier_events keeps every report).
 */
export class CourierPerformanceService {
  constructor(
    private readonly prisma: ShippingPrismaClient,
    /** Qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  async performance(ctx: RequestContext, period: PerformancePeriod): Promise<CourierPerformanceView> {
    requireCourierPerformanceReader(ctx.actor);
    const rows = await this.prisma.$queryRawUnsafe<PerformanceRow[]>(
      `SELECT s.courier, p.destination_district AS district,
              count(*) AS shipments,
              count(*) FILTER (WHERE s.status = 'delivered') AS delivered,
              count(*) FILTER (WHERE s.status = 'partially_delivered') AS partially_delivered,
              count(*) FILTER (WHERE s.status IN ('returning', 'returned')) AS returned,
              count(*) FILTER (WHERE s.attempt > 0) AS failed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY t.days)::float8 AS median_days,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY t.days)::float8 AS p90_days,
              count(*) FILTER (
                WHERE s.delivery_due_at < CASE
                  WHEN t.delivered_at IS NOT NULL THEN t.delivered_at
                  WHEN s.status IN ('returning', 'returned') THEN NULL
                  ELSE now() END
              ) AS late
         FROM ${this.table('shipments')} s
         JOIN ${this.table('packages_to_ship')} p ON p.package_id = s.package_id
         CROSS JOIN LATERAL (
           SELECT h.delivered_at, extract(epoch FROM h.delivered_at - h.handed_over_at) / 86400 AS days
             FROM (SELECT min(e.received_at) FILTER (WHERE e.mapped_status <> 'booked') AS handed_over_at,
                          min(e.received_at) FILTER (WHERE e.mapped_status IN ('delivered', 'partially_delivered'))
                            AS delivered_at
                     FROM ${this.table('courier_events')} e
                    WHERE e.shipment_id = s.id AND e.outcome = 'applied') h
         ) t
        WHERE s.booked_at >= $1 AND s.booked_at < $2
        GROUP BY s.courier, p.destination_district
        ORDER BY p.destination_district, s.courier`,
      period.start,
      period.end,
    );
    return {
      from: period.from,
      to: period.to,
      rows: rows.map((row) => {
        const delivered = Number(row.delivered);
        const partiallyDelivered = Number(row.partially_delivered);
        // a returning parcel only goes on to returned: it is finished as far as delivery goes
        const returned = Number(row.returned);
        const finished = delivered + partiallyDelivered + returned;
        return {
          courier: row.courier,
          district: row.district,
          shipments: Number(row.shipments),
          delivered,
          deliveredShare: finished > 0 ? delivered / finished : null,
          partiallyDelivered,
          returned,
          failed: Number(row.failed),
          medianDays: days(row.median_days),
          p90Days: days(row.p90_days),
          late: Number(row.late),
        };
      }),
    };
  }
}

function days(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
