import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { AuthResult, loginBody, registerBody } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { PasswordLoginService } from '../application/password-login.service';
import { AuthCtx } from './auth-ctx.decorator';

@Controller('auth')
export class PasswordController {
  constructor(@Inject(PasswordLoginService) private readonly passwords: PasswordLoginService) {}

  @Post('register')
  @HttpCode(201)
  register(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<AuthResult> {
    return this.passwords.register(ctx, parseOrThrow(registerBody, body, 'body'));
  }

  @Post('login')
  @HttpCode(200)
  login(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<AuthResult> {
    return this.passwords.login(ctx, parseOrThrow(loginBody, body, 'body'));
  }
}
