/** A message as the outbox relay hands it to a transport. `value` is the JSON event envelope. */
export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A message as a transport delivers it to a consumer. */
export interface IncomingMessage extends OutgoingMessage {
  partition: number;
  offset: string;
}

export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  handler: MessageHandler;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/**
 * What carries events between services: Kafka in the distributed mode, an in-process log in the embedded mode.
 * Both promise the same things, checked by one contract suite: per-key order, at-least-once delivery, a new
 * consumer group starting from the earliest retained message, and a stopped group resuming where it left off.
 */
export interface EventTransport {
  readonly kind: 'kafka' | 'in-process';
  connect(): Promise<void>;
  publish(messages: OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  lag(groupId: string, topics: string[]): Promise<PartitionLag[]>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
