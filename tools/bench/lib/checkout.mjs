// The full checkout, as guests through the gateway, with the real Kafka saga behind it: catalog, inventory,
// shipping, order and payment as separate processes on their own databases, talking over a Kafka broker (the one
// `npm run infra:up` left running, or one started for this run and stopped after it).
//
// Each shopper is a closed loop: create a cart → add one variant of each of two vendors → place a cash-on-delivery
// order (Idempotency-Key) → poll the order until the saga confirmed or cancelled it (one long-polling GET ?waitMs=). A checkout counts as completed
// when the order is confirmed; the whole-flow time runs from creating the cart to seeing `confirmed`.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { jsonClient } from './json-client.mjs';
import { Samples } from './load.mjs';
import { ProcSampler } from './processes.mjs';

const WAIT_MS = 5_000;
const CONFIRM_TIMEOUT_MS = 30_000;
const STEPS = [
  'cart',
  'add line 1',
  'add line 2',
  'place order',
  'bKash page ready',
  'bKash approve + callback',
  'saga (placed → confirmed)',
  'whole checkout',
];

const ADDRESS = {
  name: 'Rahima Akter',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};

let stopping = false;
let finishedCounter = () => {};
/** Ends the loops in progress (SIGINT). */
export function abortCheckout() {
  stopping = true;
}

/** Publishes auth's approval of each vendor, as the auth service would, so the order service knows their district. */
export async function approveVendors(brokers, topicPrefix, vendorIds) {
  const kafka = new Kafka({ clientId: 'bench-auth', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic: `${topicPrefix}auth.vendors`,
      messages: vendorIds.map((vendorId, i) => ({
        key: vendorId,
        value: JSON.stringify({
          id: randomUUID(),
          type: 'auth.vendor-approved.v1',
          occurredAt: new Date().toISOString(),
          producer: 'auth',
          correlationId: 'bench',
          key: vendorId,
          data: {
            vendorId,
            shopName: `Bench vendor ${i + 1}`,
            slug: `bench-vendor-${i + 1}`,
            decidedBy: randomUUID(),
            version: 1,
            district: 'Dhaka',
            payoutMethod: 'bkash',
          },
        }),
      })),
    });
  } finally {
    await producer.disconnect();
  }
}

/** Waits until the order service's read model can sell `variantIds` (it learns them from catalog and inventory events). */
export async function untilSellable(orderDbUrl, variantIds, timeoutMs = 120_000) {
  const client = new pg.Client({ connectionString: orderDbUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    let known = 0;
    while (Date.now() < deadline) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM catalog_variants v JOIN variant_stock s USING (variant_id)
          JOIN vendors d ON d.vendor_id = v.vendor_id
          WHERE v.variant_id = ANY($1::uuid[]) AND v.listed AND s.available > 0 AND d.active`,
        [variantIds],
      );
      known = rows[0].n;
      if (known === variantIds.length) return;
      await sleep(250);
    }
    throw new Error(
      `the order service knows only ${known} of ${variantIds.length} variants after ${timeoutMs} ms`,
    );
  } finally {
    await client.end();
  }
}

/** Two variants of different vendors per checkout: pairs drawn from the stocked variants. */
function pairsOf(variants) {
  const byVendor = new Map();
  for (const v of variants) byVendor.set(v.vendorId, [...(byVendor.get(v.vendorId) ?? []), v.variantId]);
  const vendors = [...byVendor.values()].filter((list) => list.length > 0);
  if (vendors.length < 2)
    throw new Error('the checkout bench needs stocked variants of at least two vendors');
  return (k) => {
    const a = vendors[k % vendors.length];
    const b = vendors[(k + 1) % vendors.length];
    return [a[k % a.length], b[(k * 7) % b.length]];
  };
}

/**
 * The shopper on bKash's page (the sandbox): waits for the payment page, approves, and follows bKash's redirect to
 * the callback through the gateway, where payment executes and queries server-to-server.
 */
async function payWithBkash(api, sandbox, orderId, lap) {
  let redirectUrl;
  for (let i = 0; i < 2_000 && !redirectUrl; i++) {
    const view = await api.call('GET', `/api/payments/checkout/${orderId}`);
    if (view.status === 200 && view.json.redirectUrl) redirectUrl = view.json.redirectUrl;
    else if (view.status === 200 && view.json.status !== 'requires_action')
      return `payment ${view.json.status} before the shopper paid`;
    else await sleep(10);
  }
  if (!redirectUrl) return 'no bKash payment page';
  lap('bKash page ready');
  const paymentID = new URL(redirectUrl).pathname.split('/').pop();
  const approval = await sandbox.call('POST', '/__control/approve', { provider: 'bkash', id: paymentID });
  if (approval.status !== 200) return `approve ${approval.status} ${approval.text.slice(0, 200)}`;
  const callback = new URL(approval.json.callbackUrl);
  const back = await api.call('GET', `${callback.pathname}${callback.search}`);
  if (back.status !== 303) return `callback ${back.status} ${back.text.slice(0, 200)}`;
  lap('bKash approve + callback');
  return null;
}

/** One checkout; resolves to `{ ok, status?, times: { step: ms } }`. */
async function checkout(api, [first, second], method = 'cod', sandbox = null) {
  const times = {};
  const t0 = performance.now();
  let t = t0;
  const lap = (step) => {
    const now = performance.now();
    times[step] = now - t;
    t = now;
  };
  const cart = await api.call('POST', '/api/carts', {});
  if (cart.status !== 201)
    return { ok: false, why: `POST /api/carts ${cart.status} ${cart.text.slice(0, 200)}` };
  lap('cart');
  for (const [i, variantId] of [first, second].entries()) {
    const line = await api.call('PUT', `/api/carts/${cart.json.id}/lines/${variantId}`, { quantity: 1 });
    if (line.status !== 200) return { ok: false, why: `add line ${line.status} ${line.text.slice(0, 200)}` };
    lap(`add line ${i + 1}`);
  }
  const placed = await api.call(
    'POST',
    '/api/orders',
    { cartId: cart.json.id, address: ADDRESS, paymentMethod: method },
    { 'idempotency-key': randomUUID() },
  );
  if (placed.status !== 201)
    return { ok: false, why: `POST /api/orders ${placed.status} ${placed.text.slice(0, 200)}` };
  lap('place order');
  const placedAt = t;
  if (method === 'bkash') {
    const failed = await payWithBkash(api, sandbox, placed.json.id, lap);
    if (failed) return { ok: false, why: failed };
  }
  for (;;) {
    // long poll: the order service answers when the saga settles (or after waitMs)
    const order = await api.call('GET', `/api/orders/${placed.json.id}?waitMs=${WAIT_MS}`);
    const status = order.json?.status;
    if (status === 'confirmed') break;
    if (status === 'cancelled')
      return { ok: false, why: `cancelled: ${order.json.cancellation?.reason ?? '?'}` };
    if (order.status !== 200)
      return { ok: false, why: `GET order ${order.status} ${order.text.slice(0, 200)}` };
    if (performance.now() - placedAt > CONFIRM_TIMEOUT_MS) return { ok: false, why: 'not confirmed in 30 s' };
  }
  lap('saga (placed → confirmed)');
  finishedCounter();
  times['whole checkout'] = t - t0;
  return { ok: true, times };
}

/** One checkout before the load: null when it completed, else what went wrong. */
export async function smokeCheckout(origin, variants, method = 'cod', sandboxOrigin = null) {
  const api = jsonClient(origin, 1);
  const sandbox = sandboxOrigin ? jsonClient(sandboxOrigin, 1) : null;
  try {
    const result = await checkout(api, pairsOf(variants)(0), method, sandbox);
    return result.ok ? null : result.why;
  } finally {
    api.close();
    sandbox?.close();
  }
}

/**
 * `shoppers` closed loops for warm-up + duration seconds; only checkouts that started inside the measured window
 * count. Returns completed checkouts per second and p50/p99 per step.
 */
export async function measureCheckout({
  origin,
  variants,
  shoppers,
  warmupSeconds,
  durationSeconds,
  pids,
  idlePids,
  method = 'cod',
  sandboxOrigin = null,
  databases = [],
  kafkaPids = [],
  metricsOrigins = null,
  idleSeconds = 0,
}) {
  stopping = false;
  // what the stack burns with no shopper at all (relay polls, heartbeats, fetch loops): subtracted per second of
  // the window, so CPU per checkout does not grow when a busy machine completes fewer checkouts
  let idleUsage = null;
  if (idleSeconds > 0) {
    const idle = new ProcSampler(pids, { idlePids, databases, kafkaPids });
    idle.start();
    await sleep(idleSeconds * 1_000);
    idleUsage = idle.stop();
  }
  const api = jsonClient(origin, shoppers * 2);
  const sandbox = sandboxOrigin ? jsonClient(sandboxOrigin, shoppers) : null;
  const pairFor = pairsOf(variants);
  const samples = Object.fromEntries(STEPS.map((s) => [s, new Samples()]));
  const failures = new Map();
  let measuring = false;
  let completed = 0;
  let k = 0;
  const loop = async () => {
    while (!stopping) {
      const counted = measuring;
      const result = await checkout(api, pairFor(k++), method, sandbox).catch((err) => ({
        ok: false,
        why: err.message,
      }));
      if (!counted || !measuring) continue;
      if (!result.ok) {
        const why = result.why.replace(/[0-9a-f-]{36}/g, '<id>').slice(0, 120);
        failures.set(why, (failures.get(why) ?? 0) + 1);
        continue;
      }
      completed += 1;
      for (const [step, ms] of Object.entries(result.times)) samples[step].push(ms);
    }
  };
  const loops = Array.from({ length: shoppers }, loop);
  await sleep(warmupSeconds * 1_000);
  const sampler = new ProcSampler(pids, { idlePids, databases, kafkaPids });
  let finished = 0;
  finishedCounter = () => (finished += 1);
  measuring = true;
  sampler.start();
  const metrics0 = metricsOrigins ? await consumerMetrics(metricsOrigins) : null;
  const startedAt = new Date();
  const finished0 = finished;
  const t0 = performance.now();
  await sleep(durationSeconds * 1_000);
  measuring = false;
  const seconds = (performance.now() - t0) / 1_000;
  const usage = sampler.stop();
  // checkouts confirmed inside the window (whenever they started): the work the window's CPU time paid for
  const confirmedInWindow = finished - finished0;
  const endedAt = new Date();
  const consumers = metrics0 ? metricsDelta(metrics0, await consumerMetrics(metricsOrigins)) : null;
  const memory = metricsOrigins ? await memoryMetrics(metricsOrigins) : null;
  stopping = true;
  await Promise.all(loops);
  api.close();
  sandbox?.close();
  finishedCounter = () => {};
  return {
    seconds,
    window: { from: startedAt, to: endedAt },
    completed,
    confirmedInWindow,
    consumers,
    memory,
    idleUsage,
    checkoutsPerSecond: completed / seconds,
    failures: Object.fromEntries(failures),
    steps: STEPS.filter((step) => samples[step].n > 0).map((step) => ({
      step,
      n: samples[step].n,
      mean: samples[step].mean(),
      ...samples[step].percentiles([50, 99]),
    })),
    usage,
  };
}

/**
 * Per-hop latency of the events written during `window`, from the services' own tables: outbox row → published
 * (the relay), and published → consumed (the inbox row's processed_at, i.e. when the consumer's transaction began),
 * per event type and consuming group. `dbs`: service name → database URL.
 */
export async function hopLatencies(dbs, window) {
  const published = new Map(); // event id → { type, producer, publishedAt }
  const relay = new Map(); // "producer type" → delays
  const inboxes = [];
  for (const [service, url] of Object.entries(dbs)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const outbox = await client.query(
        `SELECT id::text, type, created_at, published_at FROM outbox
          WHERE created_at BETWEEN $1 AND $2 AND published_at IS NOT NULL`,
        [window.from, window.to],
      );
      for (const row of outbox.rows) {
        published.set(row.id, { type: row.type, producer: service, at: row.published_at.getTime() });
        const key = `${service} ${row.type}`;
        if (!relay.has(key)) relay.set(key, new Samples());
        relay.get(key).push(row.published_at - row.created_at);
      }
      const inbox = await client.query(
        `SELECT consumer_group, event_id::text, processed_at FROM inbox WHERE processed_at BETWEEN $1 AND $2::timestamptz + interval '30 seconds'`,
        [window.from, window.to],
      );
      for (const row of inbox.rows) inboxes.push({ service, ...row });
    } finally {
      await client.end();
    }
  }
  const deliver = new Map(); // "type → group" → delays
  for (const row of inboxes) {
    const event = published.get(row.event_id);
    if (!event) continue;
    const key = `${event.type} → ${row.consumer_group.replace(/^bench\d+\./, '')}`;
    if (!deliver.has(key)) deliver.set(key, new Samples());
    deliver.get(key).push(row.processed_at.getTime() - event.at);
  }
  const rows = (map) =>
    [...map]
      .map(([key, samples]) => ({ key, n: samples.n, ...samples.percentiles([50, 99]) }))
      .sort((a, b) => a.key.localeCompare(b.key));
  return { relay: rows(relay), deliver: rows(deliver) };
}

/** The consumers' counters from each service's /metrics: messages by outcome and handling time, per topic and group. */
export async function consumerMetrics(origins) {
  const out = {};
  for (const [service, origin] of Object.entries(origins)) {
    try {
      const text = await (await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
      for (const line of text.split('\n')) {
        const m =
          /^messaging_consumer_(messages_total|duration_seconds_sum|duration_seconds_count)\{([^}]*)\} ([\d.e+-]+)$/.exec(
            line,
          );
        if (!m) continue;
        const labels = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
        const key = `${service} ${labels.group ?? labels.consumer_group ?? '?'} ${labels.topic ?? '?'}`;
        const entry = (out[key] ??= {});
        const name = m[1] === 'messages_total' ? `n_${labels.outcome}` : m[1];
        entry[name] = (entry[name] ?? 0) + Number(m[3]);
      }
    } catch {
      /* a service without /metrics */
    }
  }
  return out;
}

/** Each service's V8 heap and memory outside it (Buffers, WebAssembly, native) from /metrics, in MiB. */
export async function memoryMetrics(origins) {
  const names = {
    nodejs_heap_size_total_bytes: 'heapTotal',
    nodejs_heap_size_used_bytes: 'heapUsed',
    nodejs_external_memory_bytes: 'external',
    process_resident_memory_bytes: 'rss',
  };
  const out = {};
  for (const [service, origin] of Object.entries(origins)) {
    try {
      const text = await (await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
      for (const line of text.split('\n')) {
        const m = /^(\w+)(?:\{[^}]*\})? ([\d.e+-]+)$/.exec(line);
        if (m && names[m[1]]) (out[service] ??= {})[names[m[1]]] = Number(m[2]) / 2 ** 20;
      }
    } catch {
      /* a service without /metrics */
    }
  }
  return out;
}

/** after − before of consumerMetrics(). */
export function metricsDelta(before, after) {
  const rows = [];
  for (const [key, a] of Object.entries(after)) {
    const b = before[key] ?? {};
    const d = Object.fromEntries(Object.keys(a).map((k) => [k, a[k] - (b[k] ?? 0)]));
    const handled = d.duration_seconds_count ?? 0;
    if (!Object.values(d).some((v) => v > 0)) continue;
    rows.push({
      key,
      processed: d.n_processed ?? 0,
      ignored: d.n_ignored ?? 0,
      duplicate: d.n_duplicate ?? 0,
      meanMs: handled ? ((d.duration_seconds_sum ?? 0) / handled) * 1_000 : null,
    });
  }
  return rows.sort((x, y) => x.key.localeCompare(y.key));
}
