import { COURIER_NAMES, LateShipmentsView } from '@getit/contracts';
import { Gauge, Registry } from 'prom-client';
import { ForbiddenException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { ShippingPrismaClient } from '../../infrastructure/shipping-prisma';

/** How early a package counts as "due soon": visible before it is late. */
const DUE_SOON_HOURS = 12;
const OVERDUE_REMITTANCE_DAYS = 7;

interface DeadlineRow {
  package_id: string;
  order_id: string;
  order_number: string;
  vendor_id: string;
  courier: string | null;
  status: string | null;
  deadline: 'handover' | 'delivery';
  due_at: Date;
}

interface DeadlineCounts {
  late: { handover: number; delivery: number };
  dueSoon: { handover: number; delivery: number };
}

/**
 * The Digital Commerce Operation Guidelines' deadlines per package (hand over within 48 h of payment, deliver in 5
 * or 10 days): the late and soon-due packages for admins, and gauges for the SLA alerts, counted from the database
 * at each scrape so every replica reports the same numbers. Also the COD remittances still owed after 7 days.
 */
export class ShipmentDeadlinesService {
  /** `table` qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
  constructor(
    private readonly prisma: ShippingPrismaClient,
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  registerMetrics(registry: Registry): void {
    // both gauges come from one count per scrape: the registry collects them together, so they share its query
    let counting: Promise<DeadlineCounts> | undefined;
    const counts = () => (counting ??= this.counts().finally(() => (counting = undefined)));
    const past: Gauge<'deadline'> = new Gauge({
      name: 'shipping_packages_past_deadline',
      help: 'Packages past their handover (48 h after payment) or delivery (5/10 days) deadline, by deadline',
      labelNames: ['deadline'],
      registers: [registry],
      collect: async () => {
        const { late } = await counts();
        past.set({ deadline: 'handover' }, late.handover);
        past.set({ deadline: 'delivery' }, late.delivery);
      },
    });
    const soon: Gauge<'deadline'> = new Gauge({
      name: 'shipping_packages_due_soon',
      help: `Packages whose handover or delivery deadline falls within ${DUE_SOON_HOURS} h, by deadline`,
      labelNames: ['deadline'],
      registers: [registry],
      collect: async () => {
        const { dueSoon } = await counts();
        soon.set({ deadline: 'handover' }, dueSoon.handover);
        soon.set({ deadline: 'delivery' }, dueSoon.delivery);
      },
    });
    const overdue: Gauge<'courier'> = new Gauge({
      name: 'shipping_cod_remittance_overdue_packages',
      help: `Cash-on-delivery packages delivered more than ${OVERDUE_REMITTANCE_DAYS} days ago that no courier remitted`,
      labelNames: ['courier'],
      registers: [registry],
      collect: async () => {
        const rows = await this.overdueRemittances();
        for (const courier of COURIER_NAMES)
          overdue.set({ courier }, Number(rows.find((row) => row.courier === courier)?.count ?? 0));
      },
    });
  }

  async late(ctx: RequestContext, withinHours: number): Promise<LateShipmentsView> {
    if (!(ctx.actor?.roles ?? []).some((role) => role.startsWith('admin:')))
      throw new ForbiddenException('Only admins see late packages.');
    const rows = await this.rows(withinHours);
    const now = Date.now();
    return {
      items: rows.map((row) => ({
        packageId: row.package_id,
        orderId: row.order_id,
        orderNumber: row.order_number,
        vendorId: row.vendor_id,
        courier: (row.courier as 'pathao' | 'steadfast' | 'redx' | null) ?? null,
        status: row.status ?? 'awaiting_packing',
        deadline: row.deadline,
        dueAt: row.due_at.toISOString(),
        late: row.due_at.getTime() <= now,
      })),
    };
  }

  /** Late packages and those due within DUE_SOON_HOURS, per deadline: counted by the database, not capped. */
  private async counts(): Promise<DeadlineCounts> {
    const rows = await this.prisma.$queryRawUnsafe<
      { deadline: 'handover' | 'delivery'; late: bigint; due_soon: bigint }[]
    >(
      `SELECT d.deadline, count(*) FILTER (WHERE d.due_at <= now()) AS late,
              count(*) FILTER (WHERE d.due_at > now()) AS due_soon
         ${this.dueWithin()}
        GROUP BY d.deadline`,
      DUE_SOON_HOURS,
    );
    const count = (deadline: 'handover' | 'delivery', key: 'late' | 'due_soon') =>
      Number(rows.find((row) => row.deadline === deadline)?.[key] ?? 0);
    return {
      late: { handover: count('handover', 'late'), delivery: count('delivery', 'late') },
      dueSoon: { handover: count('handover', 'due_soon'), delivery: count('delivery', 'due_soon') },
    };
  }

  /** Packages not handed over by `handover` or not delivered by `delivery`, due within `withinHours` from now. */
  private rows(withinHours: number): Promise<DeadlineRow[]> {
    return this.prisma.$queryRawUnsafe<DeadlineRow[]>(
      `SELECT p.package_id, p.order_id, p.order_number, p.vendor_id, s.courier, s.status, d.deadline, d.due_at
         ${this.dueWithin()}
        ORDER BY d.due_at
        LIMIT 500`,
      withinHours,
    );
  }

  /** FROM … WHERE of the packages whose deadline (d.deadline, d.due_at) falls before now() + $1 hours, unmet. */
  private dueWithin(): string {
    return `FROM ${this.table('packages_to_ship')} p
         LEFT JOIN ${this.table('shipments')} s ON s.package_id = p.package_id
         CROSS JOIN LATERAL (VALUES
           ('handover', COALESCE(s.handover_due_at, p.paid_at + interval '48 hours')),
           ('delivery', COALESCE(s.delivery_due_at, p.paid_at + CASE WHEN lower(p.destination_district) = 'dhaka'
                                                                   THEN interval '5 days' ELSE interval '10 days' END))
         ) AS d(deadline, due_at)
        WHERE p.paid_at IS NOT NULL
          AND d.due_at <= now() + make_interval(hours => $1::int)
          AND CASE d.deadline
                WHEN 'handover' THEN s.status IS NULL OR s.status IN ('booking', 'booked')
                ELSE s.status IS NULL OR s.status NOT IN ('delivered', 'partially_delivered', 'returned')
              END`;
  }

  private overdueRemittances(): Promise<{ courier: string; count: bigint }[]> {
    return this.prisma.$queryRawUnsafe(
      `SELECT s.courier, count(*) AS count
         FROM ${this.table('shipments')} s
        WHERE s.status IN ('delivered', 'partially_delivered')
          AND s.collected_poisha > 0
          AND s.updated_at < now() - make_interval(days => $1::int)
          AND NOT EXISTS (SELECT 1 FROM ${this.table('courier_events')} e
                           WHERE e.shipment_id = s.id AND e.courier_status = 'order.paid' AND e.outcome = 'applied')
        GROUP BY s.courier`,
      OVERDUE_REMITTANCE_DAYS,
    );
  }
}
