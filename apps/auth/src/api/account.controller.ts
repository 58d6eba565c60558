import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { MeView, TokenPair, totpConfirmBody, TotpSetupView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { AccountService } from '../application/account.service';
import type { AuthContext } from '../application/auth-context';
import { MfaService } from '../application/mfa.service';
import { AuthCtx } from './auth-ctx.decorator';

@Controller('auth')
export class AccountController {
  constructor(
    @Inject(AccountService) private readonly account: AccountService,
    @Inject(MfaService) private readonly mfa: MfaService,
  ) {}

  @Get('me')
  me(@AuthCtx() ctx: AuthContext): Promise<MeView> {
    return this.account.me(ctx);
  }

  @Post('mfa/totp/setup')
  @HttpCode(200)
  setupTotp(@AuthCtx() ctx: AuthContext): Promise<TotpSetupView> {
    return this.mfa.setup(ctx);
  }

  @Post('mfa/totp/confirm')
  @HttpCode(200)
  confirmTotp(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<TokenPair> {
    return this.mfa.confirm(ctx, parseOrThrow(totpConfirmBody, body, 'body'));
  }
}
