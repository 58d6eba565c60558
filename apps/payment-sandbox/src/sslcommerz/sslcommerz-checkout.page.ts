import { HtmlPage } from '../shared/html-page';
import { SslcommerzTransaction } from './sslcommerz-transaction';

/** The shopper-facing SSLCommerz page GatewayPageURL points at. */
export class SslcommerzCheckoutPage {
  static render(tx: SslcommerzTransaction, pagePath: string): string {
    const details = HtmlPage.details({
      'Transaction ID': tx.tranId,
      Product: tx.productName,
      Amount: `৳ ${tx.requestedAmount.toString()}`,
      Status: tx.status,
    });
    const choices = tx.waitingForShopper
      ? HtmlPage.choices(`${pagePath}/approve`, {
          success: 'Pay with bKash',
          failure: 'Fail',
          cancel: 'Cancel',
        })
      : '<p>This session is not waiting for the shopper.</p>';
    return HtmlPage.render('SSLCommerz EasyCheckout', `${details}\n${choices}`);
  }
}
