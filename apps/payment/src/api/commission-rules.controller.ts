import { Body, Controller, Delete, Get, Inject, Param, Post, Query } from '@nestjs/common';
import {
  CommissionRuleList,
  commissionRulePath,
  commissionRulesQuery,
  CommissionRuleView,
  createCommissionRuleRequest,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CommissionRulesService } from '../application/ledger/commission-rules.service';

/** Commission rules (finance admins). DELETE deactivates: sold lines keep the terms frozen on them. */
@Controller('admin/commission-rules')
export class CommissionRulesController {
  constructor(@Inject(CommissionRulesService) private readonly rules: CommissionRulesService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<CommissionRuleList> {
    return this.rules.list(ctx, parseOrThrow(commissionRulesQuery, query, 'query'));
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<CommissionRuleView> {
    return this.rules.create(ctx, parseOrThrow(createCommissionRuleRequest, body, 'body'));
  }

  @Delete(':ruleId')
  deactivate(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<CommissionRuleView> {
    return this.rules.deactivate(ctx, parseOrThrow(commissionRulePath, params, 'params').ruleId);
  }
}
