import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { addVendorStaffBody, vendorApplicationBody, VendorMemberView, VendorView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { VendorOnboardingService } from '../application/vendor-onboarding.service';
import { AuthCtx } from './auth-ctx.decorator';
import { vendorIdParams, vendorMemberParams } from './path-params';

@Controller('vendors')
export class VendorsController {
  constructor(@Inject(VendorOnboardingService) private readonly onboarding: VendorOnboardingService) {}

  @Post('applications')
  @HttpCode(201)
  apply(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<VendorView> {
    return this.onboarding.apply(ctx, parseOrThrow(vendorApplicationBody, body, 'body'));
  }

  @Get(':vendorId')
  get(@AuthCtx() ctx: AuthContext, @Param() params: unknown): Promise<VendorView> {
    return this.onboarding.get(ctx, parseOrThrow(vendorIdParams, params, 'params').vendorId);
  }

  @Post(':vendorId/staff')
  @HttpCode(201)
  addStaff(
    @AuthCtx() ctx: AuthContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<VendorMemberView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.onboarding.addStaff(ctx, vendorId, parseOrThrow(addVendorStaffBody, body, 'body'));
  }

  /** Owners only; 409 for oneself or the last owner. The member's token loses the vendor role at its next refresh. */
  @Delete(':vendorId/staff/:userId')
  @HttpCode(204)
  removeStaff(@AuthCtx() ctx: AuthContext, @Param() params: unknown): Promise<void> {
    const { vendorId, userId } = parseOrThrow(vendorMemberParams, params, 'params');
    return this.onboarding.removeStaff(ctx, vendorId, userId);
  }
}
