export type {
  EventTransport,
  IncomingMessage,
  OutgoingMessage,
  PartitionLag,
  SubscribeOptions,
  Subscription,
} from './transport/event-transport';
export { InProcessTransport } from './transport/in-process.transport';
export { KafkaTransport, type KafkaTransportOptions } from './transport/kafka.transport';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox.relay';
export { EventConsumer, type EventConsumerOptions, type EventHandler } from './consumer/event.consumer';
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './consumer/retry.policy';
export { MessagingMetrics, type ConsumerOutcome } from './messaging.metrics';
export { currentTraceHeaders, contextFromHeaders } from './trace-headers';
export { MessagingTables } from './messaging-tables';
export { AuditRecorder, type AuditRecorderOptions, type AuditTarget } from './outbox/audit.recorder';
export {
  UnitOfWork,
  actorHeaders,
  workContextFromMessage,
  type UnitOfWorkOptions,
  type RunOptions,
} from './unit-of-work/unit-of-work';
export type {
  TransactionRunner,
  TransactionOptions,
  WorkContext,
  WorkScope,
} from './unit-of-work/work-scope';
export type { EventDelivery } from './consumer/event.consumer';
export {
  MESSAGING_MIGRATIONS_DIR,
  MESSAGING_MIGRATIONS_TABLE,
  migrateMessagingTables,
} from './messaging-migrations';
export {
  EventConsumerStrategy,
  type EventConsumerStrategyOptions,
  type EventHandlerExtras,
} from './nest/event-consumer.strategy';
export { EventContext, Work, eventContextOf, type EventOf } from './nest/event.context';
export { EventErrorFilter } from './nest/event-error.filter';
