import { HtmlPage } from '../shared/html-page';
import { NagadPayment } from './nagad-payment';

/** The shopper-facing Nagad page the complete response's `callBackUrl` points at. */
export class NagadCheckoutPage {
  static render(payment: NagadPayment): string {
    const details = HtmlPage.details({
      Merchant: payment.merchantId,
      'Order ID': payment.orderId,
      Amount: payment.requestedAmount ? `৳ ${payment.requestedAmount.toString()}` : '—',
      Status: payment.status,
    });
    const choices = payment.waitingForShopper
      ? HtmlPage.choices(`/nagad/check-out/${encodeURIComponent(payment.paymentReferenceId)}/approve`, {
          success: 'Confirm with PIN',
          failure: 'Fail',
          cancel: 'Cancel',
        })
      : '<p>This payment is not waiting for the shopper.</p>';
    return HtmlPage.render('Nagad Payment', `${details}\n${choices}`);
  }
}
