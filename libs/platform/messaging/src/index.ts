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
export { writeToOutbox } from './outbox/outbox.writer';
export { TransactionalOutbox, type RecordEvent } from './outbox/transactional-outbox';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox.relay';
export { EventConsumer, type EventConsumerOptions, type EventHandler } from './consumer/event.consumer';
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from './consumer/retry.policy';
export { MessagingMetrics, type ConsumerOutcome } from './messaging.metrics';
export { currentTraceHeaders, contextFromHeaders } from './trace-headers';
export { MessagingTables } from './messaging-tables';
export { AuditRecorder, type AuditRecorderOptions, type AuditTarget } from './outbox/audit.recorder';
