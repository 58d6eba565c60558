import { DhakaTime, MoneyAmount } from '@getit/payment-protocols';
import { SandboxClock } from '../shared/sandbox-clock';
import { SslcommerzIdsGenerator } from './sslcommerz-ids.generator';
import { SslcommerzTransactionsStore } from './sslcommerz-transactions.store';

type Query = Record<string, string | undefined>;

/** Refund initiation (bank_tran_id, refund_amount, refund_remarks) and refund status (refund_ref_id). */
export class SslcommerzRefundService {
  constructor(
    private readonly store: SslcommerzTransactionsStore,
    private readonly clock: SandboxClock,
  ) {}

  refund(query: Query) {
    const bankTranId = query['bank_tran_id'] ?? '';
    const remarks = query['refund_remarks'];
    const failed = (errorReason: string) => ({
      APIConnect: 'DONE',
      bank_tran_id: bankTranId,
      trans_id: '',
      refund_ref_id: '',
      status: 'failed',
      errorReason,
    });
    if (!query['refund_amount'] || !remarks)
      return {
        APIConnect: 'INVALID_REQUEST',
        status: 'failed',
        errorReason: 'refund_amount and refund_remarks are required',
      };
    const tx = this.store.findByBankTranId(bankTranId);
    if (!tx || (tx.status !== 'VALID' && tx.status !== 'VALIDATED')) return failed('Invalid bank_tran_id');
    const amount = MoneyAmount.parse(query['refund_amount']);
    if (!amount || amount.isZero()) return failed('Invalid refund_amount');
    const refunded = tx.refunds.reduce((sum, r) => sum.plus(r.amount), MoneyAmount.ofPoisha(0));
    if (amount.greaterThan(tx.recordedAmount.minus(refunded)))
      return failed('Refund amount exceeds the refundable amount');
    const refundRefId = SslcommerzIdsGenerator.refundRefId();
    tx.refunds.push({
      refundRefId,
      amount,
      remarks,
      ...(query['refe_id'] ? { refeId: query['refe_id'] } : {}),
      initiatedAt: this.clock.now(),
    });
    this.store.index(tx);
    return {
      APIConnect: 'DONE',
      bank_tran_id: bankTranId,
      trans_id: tx.tranId,
      refund_ref_id: refundRefId,
      status: 'success',
      errorReason: '',
    };
  }

  refundStatus(refundRefId: string) {
    const tx = this.store.findByRefundRefId(refundRefId);
    const refund = tx?.refunds.find((r) => r.refundRefId === refundRefId);
    if (!tx || !refund) {
      return {
        APIConnect: 'DONE',
        refund_ref_id: refundRefId,
        status: 'failed',
        errorReason: 'Invalid refund_ref_id',
      };
    }
    return {
      APIConnect: 'DONE',
      bank_tran_id: tx.bankTranId ?? '',
      tran_id: tx.tranId,
      refund_ref_id: refundRefId,
      refund_amount: refund.amount.toString(),
      initiated_on: DhakaTime.sql(refund.initiatedAt),
      refunded_on: DhakaTime.sql(refund.initiatedAt),
      status: 'refunded',
      errorReason: '',
    };
  }
}
