import {
  EventTransport,
  IncomingMessage,
  OutgoingMessage,
  PartitionLag,
  SubscribeOptions,
  Subscription,
} from './event-transport';

interface TopicLog {
  /** Offset of messages[0]; messages every known group has consumed are trimmed away. */
  base: number;
  messages: IncomingMessage[];
}

interface GroupState {
  offsets: Map<string, number>;
  topics: string[];
  handler?: SubscribeOptions['handler'];
  pumping: boolean;
}

/**
 * The embedded mode's bus: one ordered log per topic held in memory, one offset per consumer group, so it
 * behaves like a one-partition Kafka topic within the process's lifetime. Durability comes from the outbox:
 * events are in the database until published, and a restart republishes nothing already delivered.
 */
export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private readonly logs = new Map<string, TopicLog>();
  private readonly groups = new Map<string, GroupState>();
  private closed = false;

  constructor(private readonly redeliveryDelayMs = 200) {}

  async connect(): Promise<void> {
    this.closed = false;
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('in-process transport is closed');
    const touched = new Set<string>();
    for (const message of messages) {
      const log = this.log(message.topic);
      const offset = log.base + log.messages.length;
      log.messages.push({
        ...message,
        headers: { ...message.headers },
        partition: 0,
        offset: String(offset),
      });
      touched.add(message.topic);
    }
    for (const [groupId, group] of this.groups) {
      if (group.handler && group.topics.some((topic) => touched.has(topic))) void this.pump(groupId);
    }
  }

  async subscribe({ groupId, topics, handler }: SubscribeOptions): Promise<Subscription> {
    const group: GroupState = this.groups.get(groupId) ?? { offsets: new Map(), topics: [], pumping: false };
    if (group.handler) throw new Error(`consumer group ${groupId} already has a member in this process`);
    group.topics = topics;
    group.handler = handler;
    for (const topic of topics) if (!group.offsets.has(topic)) group.offsets.set(topic, this.log(topic).base);
    this.groups.set(groupId, group);
    void this.pump(groupId);
    return {
      stop: async () => {
        group.handler = undefined;
        while (group.pumping) await new Promise((resolve) => setTimeout(resolve, 5));
      },
    };
  }

  async lag(groupId: string, topics: string[]): Promise<PartitionLag[]> {
    const group = this.groups.get(groupId);
    return topics.map((topic) => {
      const log = this.log(topic);
      const end = log.base + log.messages.length;
      return { topic, partition: 0, lag: end - (group?.offsets.get(topic) ?? log.base) };
    });
  }

  async healthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const group of this.groups.values()) group.handler = undefined;
  }

  private log(topic: string): TopicLog {
    let log = this.logs.get(topic);
    if (!log) {
      log = { base: 0, messages: [] };
      this.logs.set(topic, log);
    }
    return log;
  }

  /** Delivers a group's backlog one message at a time; a handler that throws gets the message again later. */
  private async pump(groupId: string): Promise<void> {
    const group = this.groups.get(groupId)!;
    if (group.pumping) return;
    group.pumping = true;
    try {
      let delivered = true;
      while (delivered && group.handler && !this.closed) {
        delivered = false;
        for (const topic of group.topics) {
          const log = this.log(topic);
          const offset = group.offsets.get(topic)!;
          const message = log.messages[offset - log.base];
          if (!message || !group.handler) continue;
          try {
            await group.handler(message);
            group.offsets.set(topic, offset + 1);
            this.trim(topic);
          } catch {
            await new Promise((resolve) => setTimeout(resolve, this.redeliveryDelayMs));
          }
          delivered = true;
        }
      }
    } finally {
      group.pumping = false;
    }
  }

  private trim(topic: string): void {
    const log = this.log(topic);
    let consumed = Infinity;
    for (const group of this.groups.values()) {
      const offset = group.offsets.get(topic);
      if (offset !== undefined) consumed = Math.min(consumed, offset);
    }
    if (consumed === Infinity || consumed <= log.base) return;
    log.messages.splice(0, consumed - log.base);
    log.base = consumed;
  }
}
