// Password logins against the auth service, direct (no gateway): seeds password users through POST /auth/register,
// then each connection logs in (POST /auth/login) over its own share of them, closed loop. Reports the same shape as
// load.mjs's measure(): `rps` is successful logins (200 with a token pair) per second.
//
// Auth rate-limits by the first X-Forwarded-For hop (the gateway sets it): registrations 10/h and logins 50/15 min
// per address, logins 10/15 min per identifier (a success clears it). Every request here carries its own synthetic
// address from 198.18.0.0/15 (RFC 2544's benchmarking range; it is only a header, the traffic is loopback), and no
// two connections share a user, so a user has at most one login in flight and each success clears its count.
import { randomBytes, scryptSync } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { jsonClient } from './json-client.mjs';
import { Samples } from './load.mjs';
import { ProcSampler } from './processes.mjs';

export const LOGIN_HOW =
  'direct to auth, per-address limits spread with synthetic X-Forwarded-For (198.18.0.0/15), ' +
  'logins cycle over the seeded users (one connection per user)';

const PASSWORD = 'tamarind-kite-7391'; // passes the policy: length, not digits only, not blocklisted
const SEED_CONCURRENCY = 4;

let stopping = false;
/** Ends the loop in progress (SIGINT). */
export function abortLogin() {
  stopping = true;
}

let nextAddress = 0;
/** A new client address per request: 198.18.0.0 … 198.19.255.255, then round again. */
function forwardedFor() {
  const n = nextAddress++ % 2 ** 17;
  return { 'x-forwarded-for': `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}` };
}

const hasTokens = (res) =>
  typeof res.json?.accessToken === 'string' && typeof res.json?.refreshToken === 'string';

/** Registers `count` email + password users; resolves to their emails. */
export async function seedUsers(origin, count) {
  const api = jsonClient(origin, SEED_CONCURRENCY);
  const emails = Array.from({ length: count }, (_, i) => `bench-user-${i}@bench.example`);
  try {
    let next = 0;
    const worker = async () => {
      while (next < emails.length) {
        const i = next++;
        const res = await api.call(
          'POST',
          '/auth/register',
          { email: emails[i], password: PASSWORD, displayName: `Bench User ${i}` },
          forwardedFor(),
        );
        if (res.status !== 201 || !hasTokens(res))
          throw new Error(`auth: registering ${emails[i]} answered ${res.status}: ${res.text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
    return emails;
  } finally {
    api.close();
  }
}

/** One login; resolves to its status and time (ms). */
async function login(api, email) {
  const t0 = performance.now();
  const res = await api.call(
    'POST',
    '/auth/login',
    { identifier: email, password: PASSWORD },
    forwardedFor(),
  );
  return { status: res.status, ok: res.status === 200 && hasTokens(res), ms: performance.now() - t0 };
}

/** One login before the load: null when it answered 200 with a token pair, else what went wrong. */
export async function smokeLogin(origin, email) {
  const api = jsonClient(origin, 1);
  try {
    const r = await login(api, email);
    return r.ok
      ? null
      : `POST /auth/login answered ${r.status}${r.status === 200 ? ' without a token pair' : ''}`;
  } catch (err) {
    return `POST /auth/login failed: ${err.code ?? err.message}`;
  } finally {
    api.close();
  }
}

/**
 * CPU cost of one password hash at auth's parameters (scrypt N=2^15, r=8, p=1, 32-byte key), measured in this
 * process before the load: median of `times` synchronous runs, in ms.
 */
export function timeOneHash(times = 5) {
  const runs = [];
  for (let i = 0; i < times; i++) {
    const t0 = process.cpuUsage();
    scryptSync(PASSWORD, randomBytes(16), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 2 ** 20 });
    const used = process.cpuUsage(t0);
    runs.push((used.user + used.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[Math.floor(times / 2)];
}

/** `connections` workers, closed loop, for `seconds`; worker w logs in as users w, w + connections, … in turn. */
async function loop(api, emails, connections, seconds, tally) {
  const deadline = performance.now() + seconds * 1000;
  const worker = async (w) => {
    const mine = emails.filter((_, i) => i % connections === w);
    for (let n = 0; performance.now() < deadline && !stopping; n++) {
      try {
        tally(await login(api, mine[n % mine.length]));
      } catch {
        tally({ error: true });
        await sleep(10); // a refused or reset connection must not become a hot spin
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
}

/** Same result shape as measure() in load.mjs. `emails` needs at least `connections` users. */
export async function measureLogin({
  origin,
  emails,
  connections,
  warmupSeconds,
  durationSeconds,
  pids,
  idlePids = [],
}) {
  if (emails.length < connections) throw new Error(`${connections} connections need as many users`);
  const api = jsonClient(origin, connections);
  try {
    if (warmupSeconds > 0) await loop(api, emails, connections, warmupSeconds, () => {});
    const samples = new Samples();
    const statusCodes = {};
    let errors = 0;
    let non2xx = 0;
    const tally = (r) => {
      if (r.error) return void (errors += 1);
      if (!r.ok) {
        non2xx += 1;
        statusCodes[r.status] = (statusCodes[r.status] ?? 0) + 1;
        return;
      }
      samples.push(r.ms);
    };
    const sampler = new ProcSampler(pids, { idlePids });
    sampler.start();
    const t0 = performance.now();
    await loop(api, emails, connections, durationSeconds, tally);
    const seconds = (performance.now() - t0) / 1000;
    const usage = sampler.stop();
    return {
      seconds,
      connections,
      responses: samples.n + non2xx,
      ok: samples.n,
      rps: samples.n / seconds,
      latencyMs: { mean: samples.mean(), ...samples.percentiles([50, 90, 99, 99.9]), max: samples.max() },
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
