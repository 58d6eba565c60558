import { EventContext } from '@getit/messaging';
import { RequestContext, systemContext } from './request-context';

/**
 * The RequestContext of an event delivery, as HTTP builds one from the gateway's headers: the event's correlation
 * id, the actor of the work that recorded it (the `actor-id`/`actor-roles` headers the unit of work writes), else
 * the system. The request id is the event id. The actor is for audit and logs: the producer already authorized
 * the change, so handlers must not authorize on it again.
 */
export function eventRequestContext(delivery: EventContext): RequestContext {
  const { correlationId, actor } = delivery.workContext;
  return { ...systemContext(correlationId), requestId: delivery.event.id, ...(actor ? { actor } : {}) };
}
