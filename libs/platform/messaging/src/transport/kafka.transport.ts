import { Admin, Consumer, Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import {
  EventTransport,
  IncomingMessage,
  OutgoingMessage,
  PartitionLag,
  SubscribeOptions,
  Subscription,
} from './event-transport';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Partitions for topics this transport creates; keys spread over them, order holds per key. */
  partitions?: number;
  /**
   * Partitions one consumer works on at once (kafkajs still hands each partition's messages over one at a time, in
   * order). Defaults to `partitions`, so a slow key does not hold up the other partitions.
   */
  partitionsConsumedConcurrently?: number;
  /** Prepended to every topic name, so several environments or test runs can share one cluster. */
  topicPrefix?: string;
  log?: (level: 'error' | 'warn' | 'info', message: string, extra: Record<string, unknown>) => void;
}

/**
 * kafkajs commits a group's offsets at the end of every batch it hands over, unconditionally: one OffsetCommit round
 * trip per batch (at checkout rates a batch is one or two messages), which the next fetch waits for, and one write
 * to `__consumer_offsets` on the broker. Our consumers are idempotent (the inbox), so offsets need not be that
 * fresh: for the consumers of this transport the end-of-batch commit follows `autoCommitInterval`, like kafkajs'
 * per-message one, and whatever is resolved is committed when the member leaves the group (stop, disconnect). A
 * rebalance still commits at once (kafkajs' heartbeat path); a crash redelivers at most one interval's messages,
 * which the inbox absorbs. Other kafkajs consumers in the process are unaffected.
 */
let endingOurBatch = false;
let commitsPatched = false;

interface KafkaJsRunner {
  autoCommit: boolean;
  consumerGroup: KafkaJsConsumerGroup;
  autoCommitOffsets(): Promise<void> | undefined;
}
interface KafkaJsConsumerGroup {
  autoCommitInterval: number | null;
  commitOffsets(offsets?: unknown): Promise<void>;
  commitOffsetsIfNecessary(): Promise<void>;
  leave(): Promise<void>;
  commitOnLeave?: boolean;
  trailingCommit?: NodeJS.Timeout;
}

function commitOnInterval(): void {
  if (commitsPatched) return;
  commitsPatched = true;
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const Runner = require('kafkajs/src/consumer/runner') as { prototype: KafkaJsRunner };
    const ConsumerGroup = require('kafkajs/src/consumer/consumerGroup') as {
      prototype: KafkaJsConsumerGroup;
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
    const autoCommitOffsets = Runner.prototype.autoCommitOffsets;
    const leave = ConsumerGroup.prototype.leave;
    if (typeof autoCommitOffsets !== 'function' || typeof leave !== 'function') return;
    Runner.prototype.autoCommitOffsets = function (this: KafkaJsRunner) {
      if (!endingOurBatch || !this.autoCommit) return autoCommitOffsets.call(this);
      endingOurBatch = false;
      const group = this.consumerGroup;
      group.commitOnLeave = true;
      // a quiet partition still gets its last offsets committed (lag reads 0), one interval later
      group.trailingCommit ??= setTimeout(() => {
        group.trailingCommit = undefined;
        group.commitOffsets().catch(() => undefined);
      }, group.autoCommitInterval ?? 1_000).unref();
      return group.commitOffsetsIfNecessary();
    };
    ConsumerGroup.prototype.leave = async function (this: KafkaJsConsumerGroup) {
      clearTimeout(this.trailingCommit);
      this.trailingCommit = undefined;
      if (this.commitOnLeave) await this.commitOffsets().catch(() => undefined);
      return leave.call(this);
    };
  } catch {
    // another kafkajs layout: keep its commit after every batch
  }
}

/**
 * kafkajs 2.2.4 re-arms a timer for its pending-request check on every run, with a negative delay when nothing is
 * pending or throttled: a 1 ms loop per broker connection, forever (kafkajs issues 1556 and 1704, fixed upstream
 * only in unmerged pull requests). With a producer, an admin and a consumer or two per service that was ~30 ms of
 * CPU per second per idle service. Without pending requests there is nothing to check: a new request, a response
 * or a timeout checks the queue again by itself. Throttled or pending queues keep kafkajs' behaviour.
 */
let requestQueuePatched = false;

interface KafkaJsRequestQueue {
  pending: unknown[];
  throttledUntil: number;
  scheduleCheckPendingRequests(): void;
}

function noIdleRequestLoop(): void {
  if (requestQueuePatched) return;
  requestQueuePatched = true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const RequestQueue = require('kafkajs/src/network/requestQueue') as { prototype: KafkaJsRequestQueue };
    const schedule = RequestQueue.prototype.scheduleCheckPendingRequests;
    if (typeof schedule !== 'function') return;
    RequestQueue.prototype.scheduleCheckPendingRequests = function (this: KafkaJsRequestQueue) {
      if (this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
      schedule.call(this);
    };
  } catch {
    // another kafkajs layout: leave it as it is
  }
}

const LEVELS: Record<number, 'error' | 'warn' | 'info'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
};

/** Kafka through kafkajs: an idempotent producer (acks=all) and one consumer per subscribed group. */
export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private producer?: Producer;
  private admin?: Admin;
  private readonly consumers = new Set<Consumer>();
  private readonly knownTopics = new Set<string>();

  constructor(private readonly options: KafkaTransportOptions) {
    noIdleRequestLoop();
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      retry: { initialRetryTime: 200, retries: 8 },
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log }: LogEntry) => {
          const { message, ...extra } = log;
          options.log?.(LEVELS[level] ?? 'info', `kafka: ${message}`, extra);
        },
    });
  }

  async connect(): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    await this.openProducer();
  }

  private async openProducer(): Promise<void> {
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const message of messages) {
      const topic = this.physical(message.topic);
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), message]);
    }
    await this.ensureTopics([...byTopic.keys()]);
    try {
      await this.requireProducer().sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, batch]) => ({
          topic,
          messages: batch.map(({ key, value, headers }) => ({ key, value, headers })),
        })),
      });
    } catch (error) {
      // after a broker crash the idempotent producer's sequence numbers no longer match the broker's, and kafkajs
      // never resets them: a new producer (a new producer id) lets the caller's retry through
      if (producerStateLost(error)) {
        await this.producer?.disconnect().catch(() => undefined);
        await this.openProducer();
      }
      throw error;
    }
  }

  async subscribe({ groupId, topics: logical, handler }: SubscribeOptions): Promise<Subscription> {
    const topics = logical.map((topic) => this.physical(topic));
    await this.ensureTopics(topics);
    const consumer = this.kafka.consumer({
      groupId: this.physical(groupId),
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
    });
    this.consumers.add(consumer);
    commitOnInterval();
    // emitted right before kafkajs' end-of-batch commit, in the same synchronous step (see commitOnInterval)
    consumer.on(consumer.events.END_BATCH_PROCESS, () => {
      endingOurBatch = true;
      queueMicrotask(() => (endingOurBatch = false));
    });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommitInterval: 1_000,
      partitionsConsumedConcurrently:
        this.options.partitionsConsumedConcurrently ?? this.options.partitions ?? 3,
      eachMessage: async ({ topic, partition, message }) => {
        const incoming: IncomingMessage = {
          topic: topic.slice(this.prefix.length),
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, value?.toString() ?? '']),
          ),
        };
        await handler(incoming);
      },
    });
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async lag(groupId: string, topics: string[]): Promise<PartitionLag[]> {
    const admin = this.requireAdmin();
    const committed = await admin.fetchOffsets({
      groupId: this.physical(groupId),
      topics: topics.map((topic) => this.physical(topic)),
    });
    const lags: PartitionLag[] = [];
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      for (const end of ends) {
        const offset = partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        const from = offset === '-1' ? Number(end.low) : Number(offset);
        lags.push({
          topic: topic.slice(this.prefix.length),
          partition: end.partition,
          lag: Math.max(0, Number(end.high) - from),
        });
      }
    }
    return lags;
  }

  async healthy(): Promise<boolean> {
    try {
      await this.requireAdmin().describeCluster();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
  }

  /**
   * Creates topics up front: auto-creation would race a consumer subscribing before the first publish. Services
   * starting together race to create the same topics: "already exists" from the loser is success, and every
   * partition must have a leader before anyone subscribes or publishes (else kafkajs fails with
   * UNKNOWN_TOPIC_OR_PARTITION).
   */
  async ensureTopics(topics: string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    const admin = this.requireAdmin();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3 })),
      });
    } catch (error) {
      if (!createdElsewhere(error) && !notYetLed(error)) throw error;
    }
    await this.untilLed(missing);
    for (const topic of missing) this.knownTopics.add(topic);
  }

  /** Waits (up to 15 s) until every partition of `topics` has a leader. */
  private async untilLed(topics: string[]): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        const { topics: found } = await this.requireAdmin().fetchTopicMetadata({ topics });
        const led = found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0));
        if (led && found.length === topics.length) return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline)
        throw new Error(`Kafka topics without leaders after 15 s: ${topics.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private get prefix(): string {
    return this.options.topicPrefix ?? '';
  }

  private physical(name: string): string {
    return `${this.prefix}${name}`;
  }

  private requireProducer(): Producer {
    if (!this.producer) throw new Error('KafkaTransport.connect() was not called');
    return this.producer;
  }

  private requireAdmin(): Admin {
    if (!this.admin) throw new Error('KafkaTransport.connect() was not called');
    return this.admin;
  }
}

/** A createTopics failure that only says another client created the topics first. */
function createdElsewhere(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.type === 'TOPIC_ALREADY_EXISTS');
}

/**
 * createTopics' own wait for leaders gives up on a topic its broker has not taken up yet (a slow or just restarted
 * broker); untilLed() then does the waiting instead of failing the service's start.
 */
function notYetLed(error: unknown): boolean {
  const type = (error as { type?: string }).type;
  return type === 'UNKNOWN_TOPIC_OR_PARTITION' || type === 'LEADER_NOT_AVAILABLE';
}

/** Errors after which this producer id can send nothing more (kafkajs does not recover from them by itself). */
function producerStateLost(error: unknown): boolean {
  const type = (error as { type?: string }).type;
  return ['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH'].includes(
    type ?? '',
  );
}
