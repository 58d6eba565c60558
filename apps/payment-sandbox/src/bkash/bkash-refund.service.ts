import { DhakaTime, MoneyAmount } from '@getit/payment-protocols';
import { RequestBody } from '../shared/request-body';
import { SandboxClock } from '../shared/sandbox-clock';
import { BkashError } from './bkash.error';
import { BkashIdGenerator } from './bkash-id.generator';
import { BkashPayment, BkashRefund } from './bkash-payment';
import { BkashPaymentsStore } from './bkash-payments.store';

/**
 * `payment/refund` (v1): with `amount` it refunds (partial refunds allowed up to the booked amount); with only
 * `paymentID` and `trxID` it reports the latest refund of that payment.
 */
export class BkashRefundService {
  constructor(
    private readonly store: BkashPaymentsStore,
    private readonly clock: SandboxClock,
  ) {}

  handle(body: unknown) {
    const fields = new RequestBody(body);
    return fields.has('amount') ? this.refund(fields) : this.refundStatus(fields);
  }

  private refund(fields: RequestBody) {
    const payment = this.completedPayment(fields);
    const sku = fields.text('sku');
    const reason = fields.text('reason');
    if (!sku || !reason) throw new BkashError('mandatoryFieldMissing');
    const amount = MoneyAmount.parse(fields.raw('amount'));
    if (!amount || amount.isZero()) throw new BkashError('invalidAmount');
    const refunded = payment.refunds.reduce((sum, r) => sum.plus(r.amount), MoneyAmount.ofPoisha(0));
    if (amount.greaterThan(payment.recordedAmount.minus(refunded)))
      throw new BkashError('reversalExceedsOriginal');
    const refund: BkashRefund = {
      refundTrxID: BkashIdGenerator.trxId(),
      amount,
      sku,
      reason,
      completedAt: this.clock.now(),
    };
    payment.refunds.push(refund);
    return this.view(payment, refund);
  }

  private refundStatus(fields: RequestBody) {
    const payment = this.completedPayment(fields);
    const latest = payment.refunds.at(-1);
    if (!latest) throw new BkashError('transactionNotFound');
    return this.view(payment, latest);
  }

  private completedPayment(fields: RequestBody): BkashPayment {
    const paymentID = fields.text('paymentID');
    const trxID = fields.text('trxID');
    if (!paymentID || !trxID) throw new BkashError('mandatoryFieldMissing');
    const payment = this.store.get(paymentID);
    if (!payment) throw new BkashError('invalidPaymentId');
    if (payment.transactionStatus !== 'Completed') throw new BkashError('invalidPaymentState');
    if (payment.trxID !== trxID) throw new BkashError('transactionNotFound');
    return payment;
  }

  private view(payment: BkashPayment, refund: BkashRefund) {
    return {
      originalTrxID: payment.trxID,
      refundTrxID: refund.refundTrxID,
      transactionStatus: 'Completed',
      amount: refund.amount.toString(),
      currency: payment.currency,
      charge: '0.00',
      completedTime: DhakaTime.bkash(refund.completedAt),
    };
  }
}
