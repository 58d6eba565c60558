import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { AuthResult, OtpRequestAccepted, otpRequestBody, otpVerifyBody } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { OtpLoginService } from '../application/otp-login.service';
import { AuthCtx } from './auth-ctx.decorator';

@Controller('auth/otp')
export class OtpController {
  constructor(@Inject(OtpLoginService) private readonly otp: OtpLoginService) {}

  @Post('request')
  @HttpCode(202)
  request(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<OtpRequestAccepted> {
    return this.otp.request(ctx, parseOrThrow(otpRequestBody, body, 'body'));
  }

  @Post('verify')
  @HttpCode(200)
  verify(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<AuthResult> {
    return this.otp.verify(ctx, parseOrThrow(otpVerifyBody, body, 'body'));
  }
}
