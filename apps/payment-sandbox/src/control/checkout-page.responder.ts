import type { FastifyReply } from 'fastify';
import { CallbackSender } from '../shared/callback-sender';
import { HtmlPage } from '../shared/html-page';
import { ApprovalResult } from './approval-result';
import { ApprovalError } from './approval.error';

/**
 * Turns a shopper action on a checkout page into what a browser gets: a 302 to the merchant callback
 * (bKash, Nagad), an auto-submitting form POST (SSLCommerz), or a page that goes nowhere (timeout).
 * Extra copies under duplicate_callback are replayed server-side, as a double-submitting browser would.
 */
export class CheckoutPageResponder {
  constructor(private readonly sender: CallbackSender) {}

  async respond(reply: FastifyReply, act: () => ApprovalResult | Promise<ApprovalResult>): Promise<void> {
    let result: ApprovalResult;
    try {
      result = await act();
    } catch (error) {
      if (!(error instanceof ApprovalError)) throw error;
      await reply
        .code(error.httpStatus)
        .type('text/html')
        .send(HtmlPage.render('Payment unavailable', `<p>${HtmlPage.escape(error.message)}</p>`));
      return;
    }
    if (result.browserForm) {
      await reply
        .type('text/html')
        .send(HtmlPage.autoSubmitForm(result.browserForm.action, result.browserForm.fields));
      return;
    }
    if (!result.callbackUrl) {
      const body = '<p>The shopper closed the page: the merchant receives no callback.</p>';
      await reply.type('text/html').send(HtmlPage.render('Payment abandoned', body));
      return;
    }
    for (const url of result.callbackUrls.slice(1)) void this.sender.get(url);
    await reply.redirect(result.callbackUrl, 302);
  }
}
