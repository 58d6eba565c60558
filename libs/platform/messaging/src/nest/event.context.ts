import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { BaseRpcContext } from '@nestjs/microservices';
import { EventEnvelope, EventPayload, EventType } from '@getit/contracts';
import { IncomingMessage } from '../transport/event-transport';
import { WorkContext, WorkScope } from '../unit-of-work/work-scope';

/** An event of one type as handlers receive it: the envelope, its payload validated against the type's schema. */
export type EventOf<T extends EventType> = EventEnvelope<EventPayload<T>>;

/**
 * The RPC context of one event delivery, what `@Ctx()` from `@nestjs/microservices` gives an `@EventPattern`
 * handler: the event, the unit of work's scope the handler runs in (with the inbox insert), the message and the
 * attempt. Most handlers take `@Work()` and a service's request context instead.
 */
export class EventContext<TTx = unknown> extends BaseRpcContext<
  [EventEnvelope, WorkScope<TTx>, IncomingMessage, number]
> {
  get event(): EventEnvelope {
    return this.args[0];
  }
  get work(): WorkScope<TTx> {
    return this.args[1];
  }
  get message(): IncomingMessage {
    return this.args[2];
  }
  /** 1 for the first attempt. */
  get attempt(): number {
    return this.args[3];
  }
  /** Whom the work that recorded the event acted for (its correlation id and actor). */
  get workContext(): WorkContext {
    return this.work.context;
  }
}

/** The current event delivery's context, for param decorators that serve both HTTP and event handlers. */
export function eventContextOf(execution: ExecutionContext): EventContext {
  const context = execution.switchToRpc().getContext<unknown>();
  if (!(context instanceof EventContext))
    throw new Error(
      'not an event delivery: @Work() is for @EventPattern handlers served by EventConsumerStrategy',
    );
  return context;
}

/** Injects the unit of work's scope (`tx`, `record`, `afterCommit`) into an `@EventPattern` handler. */
export const Work = createParamDecorator(
  (_data: unknown, execution: ExecutionContext) => eventContextOf(execution).work,
);
