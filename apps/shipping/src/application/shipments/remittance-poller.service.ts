import { createEnvelope } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { SteadfastPayments } from '../../infrastructure/couriers/steadfast.client';
import { ShippingTx } from '../../infrastructure/shipping-prisma';

const poisha = (taka: number) => Math.round(Number(taka) * 100);

/**
 * Steadfast remits through payouts read from its `/payments` API (no webhook): each payout not seen before becomes
 * one `shipping.cod-remittance-received.v1` with a line per consignment, recorded with the payout's id in the same
 * transaction so a payout read again is never published twice.
 */
export class RemittancePollerService {
  constructor(
    private readonly unitOfWork: UnitOfWork<ShippingTx>,
    private readonly steadfast: SteadfastPayments,
  ) {}

  async poll(): Promise<number> {
    const payments = await this.steadfast.list();
    let published = 0;
    for (const payment of payments) {
      if (payment.consignments.length === 0) continue;
      const ctx = systemContext(`steadfast-payment-${payment.id}`);
      const inserted = await this.unitOfWork.run(ctx, async ({ tx, record }) => {
        const lines = payment.consignments.map((line) => ({
          consignmentId: String(line.consignment_id),
          remittedPoisha: poisha(line.paid_amount),
          deliveryFeePoisha: poisha(line.delivery_charge),
          codChargePoisha: poisha(line.cod_charge),
        }));
        const total = lines.reduce((sum, line) => sum + line.remittedPoisha, 0);
        const created = await tx.courierRemittance.createMany({
          data: [{ courier: 'steadfast', remittanceId: String(payment.id), totalPoisha: BigInt(total) }],
          skipDuplicates: true,
        });
        if (created.count === 0) return false;
        const shipments = await tx.shipment.findMany({
          where: { courier: 'steadfast', consignmentId: { in: lines.map((line) => line.consignmentId) } },
          select: { consignmentId: true, packageId: true },
        });
        const packageOf = new Map(shipments.map((s) => [s.consignmentId, s.packageId]));
        record(
          createEnvelope(
            'shipping.cod-remittance-received.v1',
            {
              courier: 'steadfast',
              remittanceId: String(payment.id),
              totalRemittedPoisha: total,
              paidAt: validIso(payment.created_at),
              consignments: lines.map((line) => {
                const packageId = packageOf.get(line.consignmentId);
                return packageId ? { ...line, packageId } : line;
              }),
            },
            { producer: 'shipping', correlationId: ctx.correlationId, key: `steadfast:${payment.id}` },
          ),
        );
        return true;
      });
      if (inserted) published += 1;
    }
    return published;
  }
}

function validIso(text: string | undefined): string {
  const date = new Date(text ?? '');
  return (Number.isNaN(date.getTime()) ? new Date() : date).toISOString();
}
