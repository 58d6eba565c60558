import { Controller, Get, Inject, Param } from '@nestjs/common';
import { paymentCheckoutPath, PaymentCheckoutView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CheckoutPaymentsService } from '../application/checkout-payments.service';

/** The shopper's checkout view of an order's payment (public at the gateway: the order id is the secret). */
@Controller('payments/checkout')
export class PaymentCheckoutController {
  constructor(@Inject(CheckoutPaymentsService) private readonly checkout: CheckoutPaymentsService) {}

  @Get(':orderId')
  status(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<PaymentCheckoutView> {
    return this.checkout.status(ctx, parseOrThrow(paymentCheckoutPath, params, 'params').orderId);
  }
}
