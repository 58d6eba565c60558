import { PaymentList, PaymentListQuery, PaymentView } from '@getit/contracts';
import { NotFoundException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { PaymentIntentsRepository } from '../infrastructure/payment-intents.repository';
import { toPaymentView } from './payment.mapper';
import { requirePaymentReader } from '../domain';

/** Admin reads: a payment with its packages and history, or the payments of one order. */
export class PaymentQueriesService {
  constructor(private readonly intents: PaymentIntentsRepository) {}

  async get(ctx: RequestContext, paymentId: string): Promise<PaymentView> {
    requirePaymentReader(ctx);
    const row = await this.intents.findDetails(paymentId);
    if (!row) throw new NotFoundException(`No payment ${paymentId}.`, { extensions: { field: 'paymentId' } });
    return toPaymentView(row);
  }

  async listByOrder(ctx: RequestContext, query: PaymentListQuery): Promise<PaymentList> {
    requirePaymentReader(ctx);
    return { items: (await this.intents.listDetailsByOrder(query.orderId)).map(toPaymentView) };
  }
}
