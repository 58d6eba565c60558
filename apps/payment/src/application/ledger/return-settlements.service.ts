import { EventPayload } from '@getit/contracts';
import { RequestContext } from '@getit/service-kit';
import { packageTotalPoisha, postCodUncollectedReversed, refundablePoisha } from '../../domain';
import { CodReconciliationRepository } from '../../infrastructure/ledger/cod-reconciliation.repository';
import { PackageSettlementsRepository } from '../../infrastructure/ledger/package-settlements.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';
import { toSettlement } from './ledger.mapper';
import { RefundsService } from './refunds.service';
import { SettlementPostingWriter } from './settlement-posting.writer';

type ReturnReceived = EventPayload<'shipping.return-received.v1'>;

export type ReturnSettlementOutcome =
  | { outcome: 'refunded'; refundId: string; amountPoisha: number }
  | { outcome: 'reversed'; uncollectedPoisha: number; matchesReturnedGoods: boolean }
  | { outcome: 'unchanged' | 'ignored'; reason: string };

/**
 * Returns to origin, in the ledger consumer's inbox transaction (`shipping.return-received.v1`: the vendor confirmed
 * the parcel came back). A whole return needs nothing here: the order's `returned` already refunded a prepaid
 * package in full, and a COD package's cash was never collected. A partial delivery:
 * - prepaid: the goods that came back (the receipt's lines at their sale price) are refunded through the refund
 *   engine, once per package (`return-refund:<packageId>`);
 * - cash on delivery: what the courier did not collect (package total − collected) is reversed off
 *   `cod_receivable:unassigned` and off the sale (`postCodUncollectedReversed`, once per package); finance's
 *   `uncollected` item is resolved when it equals the goods the vendor says came back, else left open to look at.
 */
export class ReturnSettlementsService {
  constructor(
    private readonly settlements: PackageSettlementsRepository,
    private readonly writer: SettlementPostingWriter,
    private readonly refunds: RefundsService,
    private readonly cod: CodReconciliationRepository,
  ) {}

  async returnReceived(
    _ctx: RequestContext,
    tx: PaymentTx,
    receipt: ReturnReceived,
  ): Promise<ReturnSettlementOutcome> {
    if (receipt.shipmentStatus === 'returned')
      return {
        outcome: 'unchanged',
        reason: "a whole return's money moved when the order returned the package",
      };
    const held = await this.settlements.lockForDecision(tx, receipt.packageId);
    if (!held) return { outcome: 'ignored', reason: `no sale of package ${receipt.packageId} on record` };
    const at = new Date(receipt.receivedAt);
    if (held.paymentMethod !== 'cod') {
      const amountPoisha = Math.min(receipt.returnedGoodsPoisha, refundablePoisha(toSettlement(held)));
      if (amountPoisha === 0)
        return { outcome: 'unchanged', reason: `nothing of package ${held.packageId} is left to refund` };
      const refundId = await this.refunds.refundReturned(tx, held, amountPoisha, {
        reason: 'returned',
        trigger: 'return_received',
        at,
      });
      return refundId
        ? { outcome: 'refunded', refundId, amountPoisha }
        : { outcome: 'unchanged', reason: `package ${held.packageId}'s return was refunded before` };
    }
    const consignment = await this.cod.consignmentOf(tx, held.packageId);
    if (!consignment)
      return { outcome: 'ignored', reason: `no partial delivery of package ${held.packageId} on record` };
    const uncollectedPoisha = packageTotalPoisha(toSettlement(held)) - Number(consignment.collectedPoisha);
    if (uncollectedPoisha <= 0)
      return { outcome: 'unchanged', reason: 'the courier collected the whole package' };
    // before the rule: once reversed, the sale is smaller and the same reversal would no longer fit on it
    if (await this.reversedBefore(tx, `cod_uncollected_reversed:${held.packageId}`))
      return {
        outcome: 'unchanged',
        reason: `package ${held.packageId}'s uncollected cash was reversed before`,
      };
    const step = postCodUncollectedReversed(toSettlement(held), { uncollectedPoisha, occurredAt: at });
    await this.writer.record(tx, held, step);
    const matchesReturnedGoods = uncollectedPoisha === receipt.returnedGoodsPoisha;
    if (matchesReturnedGoods)
      await this.cod.resolveByKey(
        tx,
        `uncollected:${consignment.courier}:${held.packageId}:${consignment.consignmentId}`,
        'system',
        `reversed: the vendor confirmed goods worth ${receipt.returnedGoodsPoisha} poisha came back (receipt ${receipt.receiptId})`,
        at,
      );
    return { outcome: 'reversed', uncollectedPoisha, matchesReturnedGoods };
  }

  private async reversedBefore(tx: PaymentTx, postingId: string): Promise<boolean> {
    return (await tx.ledgerPosting.findUnique({ where: { id: postingId }, select: { id: true } })) !== null;
  }
}
