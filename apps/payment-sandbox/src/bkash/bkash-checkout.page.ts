import { HtmlPage } from '../shared/html-page';
import { BkashPayment } from './bkash-payment';

/** The shopper-facing bKash page that `bkashURL` points at. */
export class BkashCheckoutPage {
  static render(payment: BkashPayment): string {
    const details = HtmlPage.details({
      'Merchant invoice': payment.merchantInvoiceNumber,
      Amount: `৳ ${payment.requestedAmount.toString()}`,
      'Payment ID': payment.paymentID,
      Status: payment.transactionStatus,
    });
    const choices =
      payment.shopper === 'pending'
        ? HtmlPage.choices(`/bkash/pay/${encodeURIComponent(payment.paymentID)}/approve`, {
            success: 'Confirm with PIN',
            failure: 'Fail (wrong PIN)',
            cancel: 'Cancel',
          })
        : '<p>This payment is no longer waiting for the shopper.</p>';
    return HtmlPage.render('bKash Payment', `${details}\n${choices}`);
  }
}
