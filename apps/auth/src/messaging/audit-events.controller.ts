import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { AuditInboundService } from '../application/audit-inbound.service';

/** The consumer group of auth's event handlers: its inbox rows, Kafka offsets and `<group>.dlq`. Keep the name. */
export const AUTH_AUDIT_GROUP = 'auth.audit';

/** The other services' `audit.recorded.v1` into auth's audit log, once each (served by EventConsumerStrategy). */
@Controller()
export class AuditEventsController {
  constructor(@Inject(AuditInboundService) private readonly inbound: AuditInboundService) {}

  @EventPattern('audit.recorded.v1')
  recorded(@Ctx() ctx: RequestContext, @Payload() event: EventOf<'audit.recorded.v1'>): Promise<void> {
    return this.inbound.recorded(ctx, event);
  }
}
