// One load run with autocannon: a warm-up that is thrown away, then a measured window. Latency percentiles are
// computed here from every 2xx response time (autocannon's own histogram rounds to whole milliseconds, too coarse
// for a 2 ms median), and the servers are sampled through /proc only during the measured window.
import autocannon from 'autocannon';
import { ProcSampler } from './processes.mjs';

/**
 * Each connection walks the whole list of paths from its own offset, so the 32 connections ask for different
 * products at any moment. Requests are pre-encoded by autocannon: rotating costs the load generator nothing.
 */
function rotatingClients(paths, connections) {
  if (paths.length <= 1) return {};
  const requests = paths.map((path) => ({ method: 'GET', path }));
  const stride = Math.max(1, Math.floor(paths.length / connections));
  let k = 0;
  return {
    requests,
    setupClient: (client) => {
      const offset = (k++ * stride) % requests.length;
      client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
    },
  };
}

function once(opts, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    if (onResponse) instance.on('response', onResponse);
    once.current = instance;
  }).finally(() => {
    once.current = null;
  });
}

/** Stops the autocannon run in progress, if any (SIGINT). */
export function abortLoad() {
  once.current?.stop();
}

/** Response times (ms), growing as needed; percentiles by nearest rank. */
export class Samples {
  constructor() {
    this.values = new Float64Array(1 << 16);
    this.n = 0;
  }
  push(v) {
    if (this.n === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.n++] = v;
  }
  percentiles(ps) {
    const sorted = this.values.slice(0, this.n).sort();
    const at = (p) => (this.n ? sorted[Math.min(this.n - 1, Math.ceil((p / 100) * this.n) - 1)] : null);
    return Object.fromEntries(ps.map((p) => [`p${String(p).replace('.', '_')}`, at(p)]));
  }
  max() {
    let m = null;
    for (let i = 0; i < this.n; i++) if (m === null || this.values[i] > m) m = this.values[i];
    return m;
  }
  mean() {
    let s = 0;
    for (let i = 0; i < this.n; i++) s += this.values[i];
    return this.n ? s / this.n : null;
  }
}

/**
 * @param {object} o
 * @param {string} o.origin   http://127.0.0.1:<port>
 * @param {string[]} o.paths  one or more paths; several are rotated over
 * @param {number} o.connections
 * @param {number} o.warmupSeconds
 * @param {number} o.durationSeconds
 * @param {number[]} o.pids   server processes to sample
 * @param {number[]} [o.idlePids] the bench's other children, counted apart
 */
export async function measure({
  origin,
  paths,
  connections,
  warmupSeconds,
  durationSeconds,
  pids,
  idlePids = [],
}) {
  const base = {
    url: origin,
    connections,
    pipelining: 1,
    timeout: 10,
    method: 'GET',
    ...(paths.length === 1 ? { url: `${origin}${paths[0]}` } : rotatingClients(paths, connections)),
  };
  if (warmupSeconds > 0) await once({ ...base, duration: warmupSeconds });

  const samples = new Samples();
  const onResponse = (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
  };
  const sampler = new ProcSampler(pids, { idlePids });
  sampler.start();
  const result = await once({ ...base, duration: durationSeconds }, onResponse);
  const usage = sampler.stop();

  const seconds = result.duration || usage.seconds;
  const ok = samples.n;
  return {
    seconds,
    responses: result.requests.total,
    ok,
    rps: ok / seconds,
    latencyMs: { mean: samples.mean(), ...samples.percentiles([50, 90, 99, 99.9]), max: result.latency.max },
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]),
    ),
    errors: result.errors,
    timeouts: result.timeouts,
    usage,
    autocannon: {
      requestsPerSecondAvg: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
    },
  };
}
