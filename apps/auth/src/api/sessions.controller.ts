import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { refreshBody, SessionList, TokenPair } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import type { AuthContext } from '../application/auth-context';
import { SessionsService } from '../application/sessions.service';
import { AuthCtx } from './auth-ctx.decorator';
import { sessionIdParams } from './path-params';

@Controller('auth')
export class SessionsController {
  constructor(@Inject(SessionsService) private readonly sessions: SessionsService) {}

  @Post('refresh')
  @HttpCode(200)
  refresh(@AuthCtx() ctx: AuthContext, @Body() body: unknown): Promise<TokenPair> {
    return this.sessions.refresh(ctx, parseOrThrow(refreshBody, body, 'body').refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  logout(@AuthCtx() ctx: AuthContext): Promise<void> {
    return this.sessions.logout(ctx);
  }

  @Get('sessions')
  list(@AuthCtx() ctx: AuthContext): Promise<SessionList> {
    return this.sessions.list(ctx);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  revoke(@AuthCtx() ctx: AuthContext, @Param() params: unknown): Promise<void> {
    return this.sessions.revoke(ctx, parseOrThrow(sessionIdParams, params, 'params').sessionId);
  }
}
