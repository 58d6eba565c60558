import { PaymentCheckoutView } from '@getit/contracts';
import { NotFoundException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { PaymentMethod } from '../domain';
import { OnlineIntentsRepository } from '../infrastructure/online-intents.repository';
import { PaymentPrismaClient, PaymentTx } from '../infrastructure/payment-prisma';

/**
 * The shopper's view of an order's payment at checkout: where to pay (the provider's page) while it waits. Public
 * behind the gateway: the order id is the bearer secret (unguessable, as for guest orders), and the view holds
 * nothing about the shopper.
 */
export class CheckoutPaymentsService {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    private readonly online: OnlineIntentsRepository,
  ) {}

  async status(_ctx: RequestContext, orderId: string): Promise<PaymentCheckoutView> {
    const row = await this.online.findByOrder(this.prisma, orderId);
    if (!row)
      throw new NotFoundException(`No payment for order ${orderId} yet; try again in a moment.`, {
        extensions: { field: 'orderId' },
      });
    return {
      paymentId: row.id,
      method: row.method as PaymentMethod,
      status: row.status as PaymentCheckoutView['status'],
      redirectUrl: row.status === 'requires_action' ? row.redirectUrl : null,
      amountPoisha: Number(row.amountPoisha),
    };
  }

  /**
   * The order's online payments whose money already moved (captured before the order was cancelled, e.g. a
   * callback that beat the saga's timeout): they stay captured and are for the refund flow.
   */
  async capturedOnline(tx: PaymentTx, orderId: string) {
    const rows = await this.online.capturedOnlineOfOrder(tx, orderId);
    return rows.map((r) => ({ paymentId: r.id, method: r.method, capturedPoisha: Number(r.capturedPoisha) }));
  }
}
