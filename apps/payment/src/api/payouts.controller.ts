import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { PayoutRunView } from '@getit/contracts';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { PayoutsService } from '../application/ledger/payouts.service';

/** Runs a payout batch now (finance admins); the scheduler runs the same batch every PAYOUT_INTERVAL_MS. */
@Controller('admin/payouts')
export class PayoutsController {
  constructor(@Inject(PayoutsService) private readonly payouts: PayoutsService) {}

  @Post('run')
  @HttpCode(200)
  run(@Ctx() ctx: RequestContext): Promise<PayoutRunView> {
    return this.payouts.run(ctx);
  }
}
