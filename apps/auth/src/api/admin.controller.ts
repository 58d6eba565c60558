import { Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { AuditPage, auditQuery, KeyRotationResult } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { AuditTrail } from '../application/audit-trail';
import type { AuthContext } from '../application/auth-context';
import { SigningKeysService } from '../application/signing-keys.service';
import { AuthCtx } from './auth-ctx.decorator';

@Controller('admin')
export class AdminController {
  constructor(
    @Inject(AuditTrail) private readonly audit: AuditTrail,
    @Inject(SigningKeysService) private readonly keys: SigningKeysService,
  ) {}

  @Get('audit')
  auditLog(@AuthCtx() ctx: AuthContext, @Query() query: unknown): Promise<AuditPage> {
    return this.audit.query(ctx, parseOrThrow(auditQuery, query, 'query'));
  }

  @Post('keys/rotate')
  @HttpCode(200)
  rotateKeys(@AuthCtx() ctx: AuthContext): Promise<KeyRotationResult> {
    return this.keys.rotateByAdmin(ctx);
  }
}
