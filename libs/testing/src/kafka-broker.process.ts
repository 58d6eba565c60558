import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { waitFor } from './wait-for';

/** A busy CI machine can take minutes to start a JVM and recover a killed broker's logs. */
const READY_TIMEOUT_MS = 240_000;
const KAFKA_MODULE = pathToFileURL(join(__dirname, '../../../tools/infra/kafka.mjs')).href;

/**
 * Runs tools/infra/kafka.mjs in a small Node process of its own (Jest cannot import ES modules), which prints the
 * broker's address and PID, stops the broker on SIGTERM, and also when its stdin closes (the test process died).
 */
const WRAPPER = `
import { startKafka } from ${JSON.stringify(KAFKA_MODULE)};
const kafka = await startKafka({ ...JSON.parse(process.argv[1]), log: (m) => process.stderr.write(m + '\\n') });
process.stdout.write(JSON.stringify({ brokers: kafka.brokers, pid: kafka.pid }) + '\\n');
const stop = () => kafka.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.stdin.on('end', stop).resume();
`;

/**
 * A Kafka broker of a test's own (not the shared one), on a fixed loopback port and data directory, so a fault test
 * can kill it and start it again where clients expect it, with its topics, offsets and messages kept.
 */
export class KafkaBrokerProcess {
  private wrapper?: ChildProcess;
  private brokerPid?: number;
  private output = '';
  private port?: number;

  private constructor(private readonly dataDir: string) {}

  /** Starts a broker on a free port with a fresh data directory. */
  static async start(): Promise<KafkaBrokerProcess> {
    const broker = new KafkaBrokerProcess(await mkdtemp(join(tmpdir(), 'getit-kafka-')));
    await broker.launch();
    await broker.warmUp();
    return broker;
  }

  /** `127.0.0.1:<port>`: the same across restarts. */
  get brokers(): string {
    if (!this.port) throw new Error('the broker was not started');
    return `127.0.0.1:${this.port}`;
  }

  /** Kills the broker JVM by its PID with `signal`, and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const pid = this.brokerPid;
    if (pid === undefined) return;
    process.kill(pid, signal);
    await waitFor(`Kafka broker ${pid} to exit`, () => !alive(pid), { timeoutMs: 30_000, intervalMs: 50 });
    this.brokerPid = undefined;
    await this.stopWrapper();
  }

  /** Starts the broker again on the same port and data directory. */
  async restart(): Promise<void> {
    await this.launch();
  }

  /** Stops the broker cleanly and removes its data directory. */
  async stop(): Promise<void> {
    await this.stopWrapper();
    await rm(this.dataDir, { recursive: true, force: true, maxRetries: 3 });
  }

  private async launch(): Promise<void> {
    const options = {
      dataDir: this.dataDir,
      readyTimeoutMs: READY_TIMEOUT_MS,
      ...(this.port ? { port: this.port } : {}),
    };
    const wrapper = spawn(process.execPath, ['--input-type=module', '-e', WRAPPER, JSON.stringify(options)], {
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.wrapper = wrapper;
    let stdout = '';
    wrapper.stderr?.on('data', (chunk: Buffer) => (this.output = (this.output + chunk).slice(-8_000)));
    const started = await new Promise<{ brokers: string; pid: number }>((resolve, reject) => {
      wrapper.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = stdout.split('\n')[0];
        if (stdout.includes('\n') && line) resolve(JSON.parse(line));
      });
      wrapper.once('exit', (code) =>
        reject(new Error(`Kafka broker did not start (exit ${code}):\n${this.output}`)),
      );
    });
    this.brokerPid = started.pid;
    this.port = Number(started.brokers.split(':').pop());
  }

  /**
   * A fresh broker creates its consumer-offsets topic on the first group lookup and allocates producer ids on the
   * first idempotent producer: services starting together would each wait for that, so it is done once, up front.
   */
  private async warmUp(): Promise<void> {
    const kafka = new Kafka({ clientId: 'warm-up', brokers: [this.brokers], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    try {
      await admin.connect();
      await waitFor('the broker to coordinate consumer groups', () => admin.describeGroups(['warm-up']), {
        timeoutMs: 120_000,
        intervalMs: 250,
      });
      await producer.connect();
    } finally {
      await producer.disconnect();
      await admin.disconnect();
    }
  }

  private async stopWrapper(): Promise<void> {
    const wrapper = this.wrapper;
    this.wrapper = undefined;
    if (!wrapper || wrapper.exitCode !== null || wrapper.signalCode !== null) return;
    const exited = new Promise((resolve) => wrapper.once('exit', resolve));
    wrapper.kill('SIGTERM');
    await exited;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
