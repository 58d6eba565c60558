import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CheckoutPageResponder } from '../control/checkout-page.responder';
import { providerOutageHook } from '../control/provider-outage.hook';
import { ScenarioBook } from '../control/scenario.book';
import { ShopperActionParser } from '../control/shopper-action.parser';
import { HtmlPage } from '../shared/html-page';
import { NagadApprovalService } from './nagad-approval.service';
import { NagadCheckoutPage } from './nagad-checkout.page';
import { NagadCheckoutService } from './nagad-checkout.service';
import { NagadError } from './nagad.error';
import { NagadPaymentsStore } from './nagad-payments.store';
import { NagadVerifyService } from './nagad-verify.service';

export const NAGAD_API_PREFIX = '/remote-payment-gateway-1.0/api/dfs';

export interface NagadRouteDeps {
  scenarios: ScenarioBook;
  store: NagadPaymentsStore;
  checkout: NagadCheckoutService;
  verifier: NagadVerifyService;
  approvals: NagadApprovalService;
  pages: CheckoutPageResponder;
}

type RefParams = { Params: { paymentReferenceId: string } };

/** Nagad's merchant API under /remote-payment-gateway-1.0/api/dfs and the shopper's page. */
export async function nagadRoutes(app: FastifyInstance, deps: NagadRouteDeps): Promise<void> {
  await app.register(
    async (api) => {
      const down = JSON.stringify({ reason: '503', message: 'Service Unavailable' });
      api.addHook(
        'onRequest',
        providerOutageHook('nagad', deps.scenarios, { contentType: 'application/json', body: down }),
      );
      api.setErrorHandler(nagadErrorHandler);

      api.post<{ Params: { merchantId: string; orderId: string } }>(
        '/check-out/initialize/:merchantId/:orderId',
        async (request) =>
          deps.checkout.initialize(
            request.params.merchantId,
            request.params.orderId,
            request.headers,
            request.body,
          ),
      );
      api.post<RefParams>('/check-out/complete/:paymentReferenceId', async (request) =>
        deps.checkout.complete(request.params.paymentReferenceId, request.headers, request.body),
      );
      api.get<RefParams>('/verify/payment/:paymentReferenceId', async (request) =>
        deps.verifier.verify(request.params.paymentReferenceId, request.headers),
      );
    },
    { prefix: NAGAD_API_PREFIX },
  );

  app.get<RefParams>('/nagad/check-out/:paymentReferenceId', async (request, reply) => {
    const payment = deps.store.get(request.params.paymentReferenceId);
    if (!payment) {
      return reply
        .code(404)
        .type('text/html')
        .send(HtmlPage.render('Nagad Payment', '<p>Unknown payment</p>'));
    }
    return reply.type('text/html').send(NagadCheckoutPage.render(payment));
  });

  app.route<RefParams>({
    method: ['GET', 'POST'],
    url: '/nagad/check-out/:paymentReferenceId/approve',
    handler: async (request, reply) => {
      const action = ShopperActionParser.parse(request.query, request.body);
      if (!action)
        return reply
          .code(400)
          .type('text/html')
          .send(HtmlPage.render('Nagad Payment', '<p>Unknown outcome</p>'));
      return deps.pages.respond(reply, () =>
        deps.approvals.approve(request.params.paymentReferenceId, action),
      );
    },
  });
}

function nagadErrorHandler(error: FastifyError | NagadError, _request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof NagadError) return reply.code(400).send(error.body());
  const status = (error as FastifyError).statusCode ?? 500;
  if (status < 500) return reply.code(400).send(new NagadError('invalidSensitiveData', error.message).body());
  reply.log.error({ err: error }, 'Nagad sandbox error');
  return reply.code(500).send({ reason: '500', message: 'Internal Server Error' });
}
