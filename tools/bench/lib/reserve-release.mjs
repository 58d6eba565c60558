// Checkout holds against the inventory service: each connection reserves one unit of a variant (POST /reservations)
// and releases it (POST /reservations/:id/release), closed loop, timing the pair. The two calls depend on each other,
// which autocannon's pre-encoded requests cannot express, so this drives them with node:http on a keep-alive agent
// (one socket per connection) and reports the same shape as load.mjs's measure(): `rps` is round trips per second.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { jsonClient } from './json-client.mjs';
import { Samples } from './load.mjs';
import { ProcSampler } from './processes.mjs';

const UNITS = 1_000_000; // never runs out: every hold is released
const STOCK_BATCH = 500;

let stopping = false;
/** Ends the loop in progress (SIGINT). */
export function abortReserveRelease() {
  stopping = true;
}

const owner = (vendorId) => ({
  'x-actor-id': randomUUID(),
  'x-actor-roles': 'vendor:owner',
  'x-vendor-id': vendorId,
});

async function openWarehouse(api, vendorId) {
  const res = await api.call(
    'POST',
    `/vendors/${vendorId}/warehouses`,
    { code: 'BENCH-1', name: 'Bench warehouse', address: { line1: '1 Test Road', district: 'Dhaka' } },
    owner(vendorId),
  );
  if (res.status !== 201)
    throw new Error(`inventory: opening a warehouse answered ${res.status}: ${res.text.slice(0, 300)}`);
  return res.json.id;
}

/** Stocks every variant (`{ variantId, sku, vendorId }`) with plenty of units, in one warehouse per vendor. */
export async function seedInventory(origin, variants) {
  const api = jsonClient(origin, 4);
  try {
    const byVendor = new Map();
    for (const v of variants) byVendor.set(v.vendorId, [...(byVendor.get(v.vendorId) ?? []), v]);
    for (const [vendorId, list] of byVendor) {
      const warehouseId = await openWarehouse(api, vendorId);
      for (let i = 0; i < list.length; i += STOCK_BATCH) {
        const counts = list
          .slice(i, i + STOCK_BATCH)
          .map(({ variantId, sku }) => ({ variantId, sku, onHand: UNITS }));
        const res = await api.call(
          'PUT',
          `/vendors/${vendorId}/warehouses/${warehouseId}/stock`,
          { counts, note: 'bench' },
          owner(vendorId),
        );
        if (res.status !== 200)
          throw new Error(`inventory: stock take answered ${res.status}: ${res.text.slice(0, 300)}`);
      }
    }
    return variants.length;
  } finally {
    api.close();
  }
}

/** One reserve + release; resolves to the statuses and times (ms). */
async function roundTrip(api, variantId) {
  const t0 = performance.now();
  const held = await api.call('POST', '/reservations', {
    reservationKey: `bench-${randomUUID()}`,
    lines: [{ variantId, quantity: 1 }],
  });
  const t1 = performance.now();
  if (held.status !== 201) return { status: held.status };
  const released = await api.call('POST', `/reservations/${held.json.id}/release`);
  return { status: released.status, reserveMs: t1 - t0, pairMs: performance.now() - t0 };
}

/** One reserve + release before the load: null when it worked, else what went wrong. */
export async function smokeReserveRelease(origin, variantId) {
  const api = jsonClient(origin, 1);
  try {
    const r = await roundTrip(api, variantId);
    return r.pairMs !== undefined && r.status === 200 ? null : `reserve + release answered ${r.status}`;
  } catch (err) {
    return `reserve + release failed: ${err.code ?? err.message}`;
  } finally {
    api.close();
  }
}

/** `connections` workers, closed loop, for `seconds`; each spreads over the variants from its own offset. */
async function loop(api, variantIds, connections, seconds, tally) {
  const deadline = performance.now() + seconds * 1000;
  const worker = async (w) => {
    for (let n = 0; performance.now() < deadline && !stopping; n++) {
      const variantId = variantIds[(w * 7 + n) % variantIds.length];
      try {
        tally(await roundTrip(api, variantId));
      } catch {
        tally({ error: true });
        await sleep(10); // a refused or reset connection must not become a hot spin
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
}

/** Same result shape as measure() in load.mjs; latency is the reserve + release pair. */
export async function measureReserveRelease({
  origin,
  variantIds,
  connections,
  warmupSeconds,
  durationSeconds,
  pids,
  idlePids = [],
}) {
  const api = jsonClient(origin, connections);
  try {
    if (warmupSeconds > 0) await loop(api, variantIds, connections, warmupSeconds, () => {});
    const pairs = new Samples();
    const reserves = new Samples();
    const statusCodes = {};
    let errors = 0;
    let non2xx = 0;
    const tally = (r) => {
      if (r.error) return void (errors += 1);
      if (r.pairMs === undefined || r.status !== 200) {
        non2xx += 1;
        statusCodes[r.status] = (statusCodes[r.status] ?? 0) + 1;
        return;
      }
      pairs.push(r.pairMs);
      reserves.push(r.reserveMs);
    };
    const sampler = new ProcSampler(pids, { idlePids });
    sampler.start();
    const t0 = performance.now();
    await loop(api, variantIds, connections, durationSeconds, tally);
    const seconds = (performance.now() - t0) / 1000;
    const usage = sampler.stop();
    const { p50, p90, p99, p99_9 } = pairs.percentiles([50, 90, 99, 99.9]);
    return {
      seconds,
      responses: pairs.n + non2xx,
      ok: pairs.n,
      rps: pairs.n / seconds,
      latencyMs: { mean: pairs.mean(), p50, p90, p99, p99_9, max: pairs.max() },
      reserveLatencyMs: reserves.percentiles([50, 99]),
      non2xx,
      statusCodes,
      errors,
      timeouts: 0,
      usage,
    };
  } finally {
    api.close();
  }
}
