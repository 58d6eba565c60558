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
}) {
  stopping = false;
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
  const sampler = new ProcSampler(pids, { idlePids });
  measuring = true;
  sampler.start();
  const t0 = performance.now();
  await sleep(durationSeconds * 1_000);
  measuring = false;
  const seconds = (performance.now() - t0) / 1_000;
  const usage = sampler.stop();
  stopping = true;
  await Promise.all(loops);
  api.close();
  sandbox?.close();
  return {
    seconds,
    completed,
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
