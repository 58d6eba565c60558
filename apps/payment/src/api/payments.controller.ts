import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { paymentListQuery, PaymentList, paymentPath, PaymentView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { PaymentQueriesService } from '../application/payment-queries.service';

/** Admin reads of payment intents (through the gateway, admin roles with MFA). Writes come only from events. */
@Controller('payments')
export class PaymentsController {
  constructor(@Inject(PaymentQueriesService) private readonly payments: PaymentQueriesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<PaymentList> {
    return this.payments.listByOrder(ctx, parseOrThrow(paymentListQuery, query, 'query'));
  }

  @Get(':paymentId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<PaymentView> {
    return this.payments.get(ctx, parseOrThrow(paymentPath, params, 'params').paymentId);
  }
}
