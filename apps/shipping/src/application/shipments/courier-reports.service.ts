import { createHash } from 'node:crypto';
import { createEnvelope } from '@getit/contracts';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { MappedCourierReport } from '../../domain/shipment/courier-report.mapper';
import type { CourierName } from '../../domain/shipment/courier-name';
import { decideShipment } from '../../domain/shipment/shipment-state.machine';
import type { ShipmentStatus } from '../../domain/shipment/shipment-status';
import { ShippingTx } from '../../infrastructure/shipping-prisma';
import { shippingEvent } from './shipping-events';
import { ShippingMetrics } from './shipping.metrics';

export type ReportOutcome = 'applied' | 'duplicate' | 'backwards' | 'final' | 'note' | 'unknown_consignment';

/**
 * A courier's report (already authenticated and mapped): stored with its original payload, then applied to the
 * shipment through the machine in the same transaction, publishing `shipping.shipment-status-changed.v1` only when
 * the status really moved. The same payload twice is stored once; an older status after a newer one changes nothing.
 */
export class CourierReportsService {
  constructor(
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly metrics: ShippingMetrics,
    /** Qualifies a table name with the service's schema (the embedded mode shares one session: no search_path). */
    private readonly table: (name: string) => string = (name) => name,
  ) {}

  async report(
    ctx: RequestContext,
    courier: CourierName,
    mapped: MappedCourierReport,
    payload: Record<string, unknown>,
  ): Promise<ReportOutcome> {
    const outcome = await this.unitOfWork.run(ctx, async ({ tx, record, afterCommit }): Promise<ReportOutcome> => {
      const sha = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
      const seen = await tx.courierEvent.findUnique({
        where: { courier_payloadSha256: { courier, payloadSha256: sha } },
      });
      if (seen) return 'duplicate';
      const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM ${this.table('shipments')} WHERE courier = $1 AND consignment_id = $2 FOR UPDATE`,
        courier,
        mapped.consignmentId,
      );
      const shipment = rows[0] ? await tx.shipment.findUnique({ where: { id: rows[0].id } }) : null;
      let outcome: ReportOutcome = shipment ? 'note' : 'unknown_consignment';
      if (shipment && mapped.invoiceId) outcome = await this.remitted(ctx, { tx, record }, shipment, mapped);
      if (shipment && mapped.status) {
        const collectedPoisha =
          mapped.collectedTaka !== undefined ? Math.round(mapped.collectedTaka * 100) : undefined;
        const decision = decideShipment(
          { status: shipment.status as ShipmentStatus, attempt: shipment.attempt },
          { to: mapped.status, collectedPoisha },
        );
        if (!decision.changed) outcome = decision.why;
        else {
          outcome = 'applied';
          const collected =
            decision.to === 'delivered'
              ? (collectedPoisha ?? Number(shipment.codAmountPoisha))
              : decision.to === 'partially_delivered'
                ? (collectedPoisha ?? 0)
                : undefined;
          const now = new Date();
          if (decision.to === 'delivered' || decision.to === 'partially_delivered') {
            const days = await this.daysSinceHandover(tx, shipment, now);
            afterCommit(() => this.metrics.delivered(courier, days.district, days.days));
          }
          await tx.shipment.update({
            where: { id: shipment.id },
            data: {
              status: decision.to,
              attempt: decision.attempt,
              ...(collected !== undefined ? { collectedPoisha: BigInt(collected) } : {}),
              updatedAt: now,
            },
          });
          record(
            shippingEvent(
              'shipping.shipment-status-changed.v1',
              {
                shipmentId: shipment.id,
                orderId: shipment.orderId,
                packageId: shipment.packageId,
                vendorId: shipment.vendorId,
                courier,
                consignmentId: mapped.consignmentId,
                from: shipment.status as ShipmentStatus,
                to: decision.to,
                attempt: decision.attempt,
                codAmountPoisha: Number(shipment.codAmountPoisha),
                ...(collected !== undefined ? { collectedPoisha: collected } : {}),
                courierStatus: mapped.courierStatus.slice(0, 100),
                ...(mapped.reason ? { reason: mapped.reason.slice(0, 500) } : {}),
                changedAt: now.toISOString(),
              },
              ctx.correlationId,
            ),
          );
        }
      }
      await tx.courierEvent.create({
        data: {
          courier,
          consignmentId: mapped.consignmentId,
          shipmentId: shipment?.id ?? null,
          courierStatus: mapped.courierStatus,
          mappedStatus: mapped.status ?? null,
          outcome,
          messageEn: mapped.messageEn ?? null,
          messageBn: mapped.messageBn ?? null,
          payload: payload as object,
          payloadSha256: sha,
        },
      });
      return outcome;
    });
    this.metrics.webhook(courier, outcome);
    return outcome;
  }

  /**
   * Days from the handover (the first courier step applied after booking, as the admins' performance view counts
   * it; none yet: this report) to `now`, and the package's destination district.
   */
  private async daysSinceHandover(
    tx: ShippingTx,
    shipment: { id: string; packageId: string },
    now: Date,
  ): Promise<{ district: string; days: number }> {
    const [first] = await tx.$queryRawUnsafe<{ at: Date | null }[]>(
      `SELECT min(received_at) AS at FROM ${this.table('courier_events')}
        WHERE shipment_id = $1::uuid AND outcome = 'applied' AND mapped_status <> 'booked'`,
      shipment.id,
    );
    const pkg = await tx.packageToShip.findUnique({
      where: { packageId: shipment.packageId },
      select: { destinationDistrict: true },
    });
    const handedOver = first?.at ?? now;
    return {
      district: pkg?.destinationDistrict ?? 'unknown',
      days: Math.max(0, now.getTime() - handedOver.getTime()) / 86_400_000,
    };
  }

  /**
   * Pathao's `paid`: the courier remitted this consignment's cash under an invoice. Published once per consignment
   * as `shipping.cod-remittance-received.v1` (remittance id `<invoice>/<consignment>`, since Pathao reports each
   * consignment of an invoice separately); payment reconciles it. Amounts the webhook leaves out are what we expect:
   * the booked delivery fee and a 1% COD charge.
   */
  private async remitted(
    ctx: RequestContext,
    { tx, record }: Pick<WorkScope<ShippingTx>, 'tx' | 'record'>,
    shipment: {
      id: string;
      packageId: string;
      courier: string;
      collectedPoisha: bigint | null;
      deliveryFeePoisha: bigint | null;
    },
    mapped: MappedCourierReport,
  ): Promise<ReportOutcome> {
    const earlier = await tx.courierEvent.findFirst({
      where: { shipmentId: shipment.id, courierStatus: mapped.courierStatus, outcome: 'applied' },
    });
    if (earlier) return 'duplicate';
    const poisha = (taka: number | undefined) => (taka === undefined ? undefined : Math.round(taka * 100));
    const collected = poisha(mapped.collectedTaka) ?? Number(shipment.collectedPoisha ?? 0n);
    const deliveryFee = poisha(mapped.deliveryFeeTaka) ?? Number(shipment.deliveryFeePoisha ?? 0n);
    const codCharge = poisha(mapped.codFeeTaka) ?? Math.ceil(collected / 10_000) * 100;
    const remitted = poisha(mapped.remittedTaka) ?? Math.max(0, collected - deliveryFee - codCharge);
    const remittanceId = `${mapped.invoiceId}/${mapped.consignmentId}`.slice(0, 100);
    const courier = shipment.courier as CourierName;
    record(
      createEnvelope(
        'shipping.cod-remittance-received.v1',
        {
          courier,
          remittanceId,
          totalRemittedPoisha: remitted,
          paidAt: validDate(mapped.occurredAt).toISOString(),
          consignments: [
            {
              consignmentId: mapped.consignmentId,
              packageId: shipment.packageId,
              remittedPoisha: remitted,
              deliveryFeePoisha: deliveryFee,
              codChargePoisha: codCharge,
            },
          ],
        },
        { producer: 'shipping', correlationId: ctx.correlationId, key: `${courier}:${remittanceId}` },
      ),
    );
    return 'applied';
  }
}

function validDate(text: string | undefined): Date {
  const date = new Date(text ?? '');
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
