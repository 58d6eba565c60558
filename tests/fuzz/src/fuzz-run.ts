import fc from 'fast-check';
import { Pool } from 'undici';
import {
  Caller,
  FuzzRequest,
  Operation,
  operationsOf,
  requestArbitrary,
  ValuePools,
} from './fuzz-request.arbitrary';
import { Fault, faultsOf } from './fuzz-verdict';

export interface FuzzOptions {
  seed: number;
  /** How many requests to send. */
  max: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Logs a caller in again when its token stops working (the fuzz logged it out or deleted its session). */
  renew?: (caller: Caller) => Promise<void>;
}

export interface FaultGroup {
  fault: Fault | 'no answer';
  operation: string;
  status: number;
  count: number;
  /** Up to three requests that showed it, with the start of each answer, to replay by hand. */
  examples: { role: string; method: string; url: string; body?: string; answer: string }[];
}

export interface FuzzReport {
  seed: number;
  requests: number;
  operations: number;
  callers: string[];
  byStatus: Record<string, number>;
  /** Requests whose URL the HTTP client itself refused to send (not counted as answers). */
  unsendable: number;
  faults: FaultGroup[];
  seconds: number;
  /** Answers per operation and status, to see which operations valid requests reached. */
  byOperation: Record<string, Record<string, number>>;
  /** The operations that took the most time in all, with their request count and mean milliseconds. */
  slowest: { operation: string; requests: number; meanMs: number }[];
}

/**
 * Sends `max` generated requests to the gateway: every operation of its OpenAPI document under every caller in turn,
 * alternately valid and invalid, each drawn from fast-check with a seed derived from `seed` and its index, so a run is
 * reproducible. Requests leave from many loopback addresses (127.0.0.2…), as many clients' would, so per-address rate
 * limits meant for one client do not turn the run into a test of the rate limiter.
 */
export async function runFuzz(
  baseUrl: string,
  document: unknown,
  callers: Caller[],
  pools: ValuePools,
  options: FuzzOptions,
): Promise<FuzzReport> {
  const started = Date.now();
  const operations = operationsOf(document);
  const combos = operations.flatMap((operation) => callers.map((caller) => ({ operation, caller })));
  const clients = Array.from(
    { length: 32 },
    (_, i) => new Pool(baseUrl, { connections: 2, connect: { localAddress: `127.0.0.${i + 2}` } }),
  );
  const arbitraries = new Map<string, fc.Arbitrary<FuzzRequest>>();
  const report: FuzzReport = {
    seed: options.seed,
    requests: 0,
    operations: operations.length,
    callers: callers.map((c) => c.name),
    byStatus: {},
    unsendable: 0,
    faults: [],
    seconds: 0,
    slowest: [],
    byOperation: {},
  };
  const timing = new Map<string, { requests: number; ms: number }>();
  const groups = new Map<string, FaultGroup>();
  let next = 0;
  const worker = async () => {
    while (next < options.max) {
      const index = next++;
      const { request, caller } = draw(index);
      const sentAt = Date.now();
      const answer = await send(clients[index % clients.length]!, request);
      const spent = timing.get(request.operation) ?? { requests: 0, ms: 0 };
      timing.set(request.operation, { requests: spent.requests + 1, ms: spent.ms + Date.now() - sentAt });
      if (answer === 'unsendable') {
        report.unsendable += 1;
        continue;
      }
      report.requests += 1;
      const statusClass = answer.status === 0 ? 'none' : `${Math.floor(answer.status / 100)}xx`;
      report.byStatus[statusClass] = (report.byStatus[statusClass] ?? 0) + 1;
      const perOperation = (report.byOperation[request.operation] ??= {});
      perOperation[answer.status] = (perOperation[answer.status] ?? 0) + 1;
      const faults: (Fault | 'no answer')[] =
        answer.status === 0 ? ['no answer'] : faultsOf(answer.status, answer.contentType, answer.body);
      for (const fault of faults) record(groups, fault, request, answer);
      if (
        answer.status === 401 &&
        caller.token &&
        request.headers['authorization'] === `Bearer ${caller.token}`
      )
        await renewOnce(caller, index);
    }
  };

  // a 401 to the caller's own token may also be a route's answer to what was sent: renew at most every 100 requests
  const renewing = new Map<Caller, Promise<void>>();
  const renewedAt = new Map<Caller, number>();
  async function renewOnce(caller: Caller, index: number): Promise<void> {
    if (!options.renew || index - (renewedAt.get(caller) ?? -Infinity) < 100) return;
    renewedAt.set(caller, index);
    if (!renewing.has(caller)) {
      const renewal = options.renew(caller).catch(() => undefined);
      renewing.set(
        caller,
        renewal.finally(() => renewing.delete(caller)),
      );
    }
    await renewing.get(caller);
  }

  function draw(index: number): { request: FuzzRequest; caller: Caller } {
    const { operation, caller } = combos[index % combos.length]!;
    const valid = (index + Math.floor(index / combos.length)) % 2 === 0;
    const key = `${operation.method} ${operation.path} ${caller.name} ${valid}`;
    let arbitrary = arbitraries.get(key);
    if (!arbitrary)
      arbitraries.set(key, (arbitrary = requestArbitrary(operation as Operation, caller, valid, pools)));
    return { request: fc.sample(arbitrary, { seed: options.seed + index * 7_919, numRuns: 1 })[0]!, caller };
  }

  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
  report.faults = [...groups.values()].sort((a, b) => b.count - a.count);
  report.seconds = Math.round((Date.now() - started) / 1000);
  report.slowest = [...timing.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 5)
    .map(([operation, t]) => ({ operation, requests: t.requests, meanMs: Math.round(t.ms / t.requests) }));
  return report;
}

interface Answer {
  status: number;
  contentType?: string;
  body: string;
}

async function send(client: Pool, request: FuzzRequest): Promise<Answer | 'unsendable'> {
  try {
    const response = await client.request({
      method: request.method as 'GET',
      path: request.url,
      headers: request.headers,
      body: request.body,
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    const body = await response.body.text();
    const contentType = response.headers['content-type'];
    return {
      status: response.statusCode,
      contentType: Array.isArray(contentType) ? contentType[0] : contentType,
      body,
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'UND_ERR_INVALID_ARG' || (error as Error).name === 'InvalidArgumentError')
      return 'unsendable';
    return { status: 0, body: `${code} ${(error as Error).message}` };
  }
}

function record(
  groups: Map<string, FaultGroup>,
  fault: FaultGroup['fault'],
  request: FuzzRequest,
  answer: Answer,
): void {
  const key = `${fault}|${answer.status}|${request.operation}`;
  let group = groups.get(key);
  if (!group) {
    group = { fault, operation: request.operation, status: answer.status, count: 0, examples: [] };
    groups.set(key, group);
  }
  group.count += 1;
  if (group.examples.length < 3) {
    group.examples.push({
      role: request.role,
      method: request.method,
      url: request.url.slice(0, 300),
      body: request.body?.slice(0, 300),
      answer: answer.body.slice(0, 300),
    });
  }
}

/** The report as a short table: totals, then one line per fault group with one example. */
export function formatReport(report: FuzzReport): string {
  const faulty = (fault: string) =>
    report.faults.filter((g) => g.fault === fault).reduce((n, g) => n + g.count, 0);
  const lines = [
    `fuzz seed ${report.seed}: ${report.requests} requests (${report.operations} operations × ${report.callers.join(', ')}) in ${report.seconds} s`,
    `  answers by class: ${Object.entries(report.byStatus)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; unsendable ${report.unsendable}`,
    `  5xx: ${faulty('5xx')}; 4xx without problem+json: ${faulty('4xx without problem+json')}; stack traces: ${faulty('stack trace')}; SQL text: ${faulty('SQL text')}; no answer: ${faulty('no answer')}`,
    `  slowest: ${report.slowest.map((s) => `${s.operation} ${s.requests}× ${s.meanMs} ms`).join('; ')}`,
    `  fault groups: ${report.faults.length}`,
  ];
  for (const group of report.faults) {
    const example = group.examples[0]!;
    lines.push(`  - ${group.count}× ${group.fault} (${group.status}) ${group.operation}`);
    lines.push(
      `      as ${example.role}: ${example.method} ${example.url}${example.body ? ` body ${example.body}` : ''}`,
    );
    lines.push(`      → ${example.answer}`);
  }
  return lines.join('\n');
}
