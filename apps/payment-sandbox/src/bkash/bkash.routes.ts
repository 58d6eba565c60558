import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CheckoutPageResponder } from '../control/checkout-page.responder';
import { providerOutageHook } from '../control/provider-outage.hook';
import { ScenarioBook } from '../control/scenario.book';
import { ShopperActionParser } from '../control/shopper-action.parser';
import { HtmlPage } from '../shared/html-page';
import { BkashApprovalService } from './bkash-approval.service';
import { BkashCheckoutPage } from './bkash-checkout.page';
import { BkashCheckoutService } from './bkash-checkout.service';
import { BkashError, BKASH_ERRORS } from './bkash.error';
import { BkashPaymentsStore } from './bkash-payments.store';
import { BkashRefundService } from './bkash-refund.service';
import { BkashTokenService } from './bkash-token.service';

export const BKASH_API_PREFIX = '/v1.2.0-beta/tokenized/checkout';

export interface BkashRouteDeps {
  scenarios: ScenarioBook;
  store: BkashPaymentsStore;
  tokens: BkashTokenService;
  checkout: BkashCheckoutService;
  refunds: BkashRefundService;
  approvals: BkashApprovalService;
  pages: CheckoutPageResponder;
}

type PaymentParams = { Params: { paymentID: string } };

/** bKash tokenized checkout: the JSON API under /v1.2.0-beta/tokenized/checkout and the shopper's page. */
export async function bkashRoutes(app: FastifyInstance, deps: BkashRouteDeps): Promise<void> {
  await app.register(
    async (api) => {
      const maintenance = new BkashError('maintenance').body();
      api.addHook(
        'onRequest',
        providerOutageHook('bkash', deps.scenarios, {
          contentType: 'application/json',
          body: JSON.stringify(maintenance),
        }),
      );
      api.setErrorHandler(bkashErrorHandler);
      const authorized = async (request: FastifyRequest) => deps.tokens.authorize(request.headers);

      api.post('/token/grant', async (request) => deps.tokens.grant(request.headers, request.body));
      api.post('/token/refresh', async (request) => deps.tokens.refresh(request.headers, request.body));
      api.post('/create', { preHandler: authorized }, async (request) => deps.checkout.create(request.body));
      api.post('/execute', { preHandler: authorized }, async (request) =>
        deps.checkout.execute(request.body),
      );
      api.post('/payment/status', { preHandler: authorized }, async (request) =>
        deps.checkout.status(request.body),
      );
      api.post('/general/searchTransaction', { preHandler: authorized }, async (request) =>
        deps.checkout.search(request.body),
      );
      api.post('/payment/refund', { preHandler: authorized }, async (request) =>
        deps.refunds.handle(request.body),
      );
    },
    { prefix: BKASH_API_PREFIX },
  );

  app.get<PaymentParams>('/bkash/pay/:paymentID', async (request, reply) => {
    const payment = deps.store.get(request.params.paymentID);
    if (!payment) {
      const message = `<p>${BKASH_ERRORS.invalidPaymentId.code} ${BKASH_ERRORS.invalidPaymentId.message}</p>`;
      return reply.code(404).type('text/html').send(HtmlPage.render('bKash Payment', message));
    }
    return reply.type('text/html').send(BkashCheckoutPage.render(payment));
  });

  app.route<PaymentParams>({
    method: ['GET', 'POST'],
    url: '/bkash/pay/:paymentID/approve',
    handler: async (request, reply) => {
      const action = ShopperActionParser.parse(request.query, request.body);
      if (!action)
        return reply
          .code(400)
          .type('text/html')
          .send(HtmlPage.render('bKash Payment', '<p>Unknown outcome</p>'));
      return deps.pages.respond(reply, () => deps.approvals.approve(request.params.paymentID, action));
    },
  });
}

function bkashErrorHandler(error: FastifyError | BkashError, _request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof BkashError) return reply.code(error.httpStatus).send(error.body());
  const status = (error as FastifyError).statusCode ?? 500;
  if (status < 500) {
    return reply.code(400).send(new BkashError('mandatoryFieldMissing').body());
  }
  reply.log.error({ err: error }, 'bKash sandbox error');
  return reply.code(500).send({ statusCode: '9999', statusMessage: 'System Error' });
}
