import type { FastifyInstance } from 'fastify';
import { CheckoutPageResponder } from '../control/checkout-page.responder';
import { providerOutageHook } from '../control/provider-outage.hook';
import { ScenarioBook } from '../control/scenario.book';
import { ShopperActionParser } from '../control/shopper-action.parser';
import { FormFields } from '../shared/form-body.parser';
import { HtmlPage } from '../shared/html-page';
import { SslcommerzApprovalService } from './sslcommerz-approval.service';
import { SslcommerzCheckoutPage } from './sslcommerz-checkout.page';
import { SslcommerzRefundService } from './sslcommerz-refund.service';
import { SSLCOMMERZ_PAGE_PREFIX, SslcommerzSessionService } from './sslcommerz-session.service';
import { SslcommerzStoreAuth } from './sslcommerz-store.auth';
import { SslcommerzTransactionsStore } from './sslcommerz-transactions.store';
import { SslcommerzValidationService } from './sslcommerz-validation.service';

export interface SslcommerzRouteDeps {
  scenarios: ScenarioBook;
  store: SslcommerzTransactionsStore;
  auth: SslcommerzStoreAuth;
  sessions: SslcommerzSessionService;
  validation: SslcommerzValidationService;
  refunds: SslcommerzRefundService;
  approvals: SslcommerzApprovalService;
  pages: CheckoutPageResponder;
}

type Query = Record<string, string | undefined>;
type PageParams = { Params: { page: string } };

/** SSLCommerz v4: session creation, validation, transaction query and refund, and the shopper's page. */
export async function sslcommerzRoutes(app: FastifyInstance, deps: SslcommerzRouteDeps): Promise<void> {
  await app.register(async (api) => {
    api.addHook(
      'onRequest',
      providerOutageHook('sslcommerz', deps.scenarios, {
        contentType: 'text/html',
        body: '<h1>503 Service Unavailable</h1>',
      }),
    );
    api.post('/gwprocess/v4/api.php', async (request) =>
      deps.sessions.create((request.body ?? {}) as FormFields),
    );
    api.get<{ Querystring: Query }>('/validator/api/validationserverAPI.php', async (request) =>
      deps.validation.validate(request.query),
    );
    api.get<{ Querystring: Query }>('/validator/api/merchantTransIDvalidationAPI.php', async (request) => {
      const query = request.query;
      const apiConnect = deps.auth.check(query);
      if (apiConnect !== 'DONE') return { APIConnect: apiConnect };
      if (query['refund_ref_id']) return deps.refunds.refundStatus(query['refund_ref_id']);
      if (query['bank_tran_id']) return deps.refunds.refund(query);
      if (query['sessionkey']) return deps.validation.bySessionkey(query['sessionkey']);
      if (query['tran_id']) return deps.validation.byTranId(query['tran_id']);
      return { APIConnect: 'INVALID_REQUEST' };
    });
  });

  const sessionkeyOf = (page: string) =>
    page.startsWith(SSLCOMMERZ_PAGE_PREFIX) ? page.slice(SSLCOMMERZ_PAGE_PREFIX.length) : page;

  app.get<PageParams>('/EasyCheckOut/:page', async (request, reply) => {
    const tx = deps.store.get(sessionkeyOf(request.params.page));
    if (!tx)
      return reply.code(404).type('text/html').send(HtmlPage.render('SSLCommerz', '<p>Invalid session</p>'));
    return reply
      .type('text/html')
      .send(SslcommerzCheckoutPage.render(tx, `/EasyCheckOut/${request.params.page}`));
  });

  app.route<PageParams>({
    method: ['GET', 'POST'],
    url: '/EasyCheckOut/:page/approve',
    handler: async (request, reply) => {
      const action = ShopperActionParser.parse(request.query, request.body);
      if (!action)
        return reply
          .code(400)
          .type('text/html')
          .send(HtmlPage.render('SSLCommerz', '<p>Unknown outcome</p>'));
      return deps.pages.respond(reply, () =>
        deps.approvals.approve(sessionkeyOf(request.params.page), action),
      );
    },
  });
}
