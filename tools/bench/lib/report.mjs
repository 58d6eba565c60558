// What `npm run bench` prints after the load: the results table, CPU per response, gateway vs direct, shares of the
// ceilings, the issue targets (met / not met) and anything worth a second look. Returns what it computed, for --json.

/** The issues' numbers, at 32 connections through the gateway (issue 4) and gateway vs direct (issue 2). */
export const TARGETS = {
  rates: [
    { scenario: 'gateway-list', label: 'product list (24) via gateway', minRps: 2_000, maxP99Ms: 50 },
    { scenario: 'gateway-detail', label: 'product detail via gateway', minRps: 3_000, maxP99Ms: 30 },
  ],
  /** The same thresholds, read against the database path (cache off): not the target, the honest context. */
  ratesCacheOff: { 'gateway-list': 'gateway-list-nocache', 'gateway-detail': 'gateway-detail-nocache' },
  maxRssMiB: 150,
  maxGatewayAddedLatency: 0.25,
};

export const fmt = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);
export const ms = (n) =>
  n === null || n === undefined ? '–' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0);
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
const thousands = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));

export function table(headers, rows, alignRight) {
  const widths = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...String(r[i])].length)));
  const pad = (s, i) => {
    const str = String(s);
    const gap = ' '.repeat(widths[i] - [...str].length);
    return alignRight[i] ? gap + str : str + gap;
  };
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w, i) => (alignRight[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** Machine busy time not spent in the server(s), Postgres or the load generator: other work on the machine. */
function otherCpu(r) {
  if (r.usage.machineCpuPct === null) return null;
  return Math.max(
    0,
    r.usage.machineCpuPct -
      (r.usage.interruptCpuPct ?? 0) -
      r.usage.loadGenCpuPct -
      (r.usage.postgresCpuPct ?? 0) -
      (r.usage.idleServicesCpuPct ?? 0) -
      r.processes.reduce((a, p) => a + (p.cpuPct ?? 0), 0),
  );
}

function resultsTable(env, opts, results) {
  console.log(
    `\nResults (${opts.connections} connections, ${opts.durationSeconds} s measured per row; ` +
      `node ${env.node}, ${env.cpuCount} CPUs shared by load generator and servers)\n`,
  );
  const headers = [
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'RSS MiB (max)',
    'server CPU %',
    'postgres CPU %',
    'loadgen CPU %',
    'other CPU %',
  ];
  const rows = results.map((r) =>
    r.rps === undefined
      ? [
          r.scenario,
          ...Array(headers.length - 1).fill('–'),
          r.skipped ? `skipped: ${r.skipped}` : `error: ${r.error.split('\n')[0].slice(0, 100)}`,
        ]
      : [
          r.scenario,
          fmt(r.rps),
          ms(r.latencyMs.p50),
          ms(r.latencyMs.p99),
          String(r.non2xx),
          String(r.errors),
          r.processes.map((p) => fmt(p.rssMiB)).join(' + '),
          r.processes.map((p) => fmt(p.cpuPct)).join(' + '),
          fmt(r.usage.postgresCpuPct),
          fmt(r.usage.loadGenCpuPct),
          fmt(otherCpu(r)),
        ],
  );
  if (rows.some((r) => r.length > headers.length)) headers.push('note');
  for (const r of rows) while (r.length < headers.length) r.push('');
  console.log(
    table(
      headers,
      rows,
      headers.map((_, i) => i > 0 && i < 11),
    ),
  );
  console.log(
    '\n  req/s counts 2xx responses only (reserve + release: completed pairs per second, latency of the pair).' +
      '\n  RSS and CPU are per server process (gateway + catalog for gateway rows; postgres = every local process' +
      `\n  named postgres). CPU % is of one core: ${env.cpuCount * 100} % is the whole machine; "other" is the rest of the` +
      '\n  machine busy time (not interrupts, not our idle services). "cache off": PUBLIC_CACHE_TTL_MS=0, every read' +
      '\n  goes to Postgres; "small heap": NODE_OPTIONS=--max-old-space-size=96 --max-semi-space-size=2.',
  );
  const rr = results.find((r) => r.reserveLatencyMs);
  if (rr)
    console.log(
      `  reserve alone: p50 ${ms(rr.reserveLatencyMs.p50)} ms, p99 ${ms(rr.reserveLatencyMs.p99)} ms` +
        ` (${fmt(rr.rps * 2)} inventory requests/s in all)`,
    );
  const lr = results.find((r) => r.hashCpuMs !== undefined && r.rps);
  if (lr) {
    const auth = lr.processes.find((p) => p.name === 'auth');
    console.log(
      `  login: ${lr.how}; ${lr.users} users, ${lr.connections} connections.` +
        `\n    auth CPU per login ${fmt((auth.cpuPct * 10) / lr.rps, 1)} ms (scrypt + session and audit writes + ES256` +
        ` signature); one scrypt hash (N=2^15, r=8, p=1) alone: ${fmt(lr.hashCpuMs, 1)} ms CPU in the bench process`,
    );
  }
}

function gatewayVsDirect(byKey, pairs) {
  const out = [];
  const limit = TARGETS.maxGatewayAddedLatency;
  console.log(
    `\nGateway vs direct (target: the gateway adds at most ${limit * 100} % to a direct call at 32 connections)`,
  );
  for (const { label, direct: dk, via: vk } of pairs) {
    const direct = byKey[dk];
    const via = byKey[vk];
    if (!direct?.rps || !via?.rps) {
      if (direct || via) console.log(`  ${label}: not comparable (one side missing)`);
      continue;
    }
    const r = {
      pair: label,
      throughputRatio: via.rps / direct.rps,
      p50Ratio: via.latencyMs.p50 / direct.latencyMs.p50,
      p99Ratio: via.latencyMs.p99 / direct.latencyMs.p99,
      addedP50Ms: via.latencyMs.p50 - direct.latencyMs.p50,
      addedP99Ms: via.latencyMs.p99 - direct.latencyMs.p99,
    };
    r.p50WithinTarget = r.p50Ratio - 1 <= limit;
    r.p99WithinTarget = r.p99Ratio - 1 <= limit;
    out.push(r);
    console.log(
      `  ${label}: direct ${fmt(direct.rps)} req/s, p50 ${ms(direct.latencyMs.p50)} ms, p99 ${ms(direct.latencyMs.p99)} ms` +
        ` → via gateway ${fmt(via.rps)} req/s (${(r.throughputRatio * 100).toFixed(0)}% of direct),` +
        ` p50 ${ms(via.latencyMs.p50)} ms, p99 ${ms(via.latencyMs.p99)} ms` +
        `\n    gateway adds ${pct(r.p50Ratio - 1)} latency at p50 (${r.addedP50Ms >= 0 ? '+' : ''}${ms(r.addedP50Ms)} ms)` +
        ` and ${pct(r.p99Ratio - 1)} at p99 → p50 ${r.p50WithinTarget ? 'WITHIN' : 'OVER'} the 25 % target,` +
        ` p99 ${r.p99WithinTarget ? 'within' : 'over'} it`,
    );
  }
  return out;
}

function cpuPerResponse(measured) {
  console.log('\nServer CPU time per 2xx response (ms; the part of each request a core is busy with)');
  for (const r of measured) {
    r.cpuMsPerRequest = Object.fromEntries(
      r.processes.map((p) => [p.name, p.cpuPct === null ? null : (p.cpuPct * 10) / r.rps]),
    );
    if (r.usage.postgresCpuPct !== null && r.key !== 'bare')
      r.cpuMsPerRequest.postgres = (r.usage.postgresCpuPct * 10) / r.rps;
    r.cpuMsPerRequest.loadgen = (r.usage.loadGenCpuPct * 10) / r.rps;
    const parts = Object.entries(r.cpuMsPerRequest).map(
      ([name, v]) => `${name} ${v === null ? '–' : v.toFixed(3)}`,
    );
    console.log(`  ${r.scenario.padEnd(44)} ${parts.join(' · ')}`);
  }
}

function ceilingShares(byKey, measured) {
  const shares = [];
  const ceilings = [byKey.bare, byKey.pg].filter((c) => c?.rps);
  const ours = measured.filter((r) => r.front === 'catalog' || r.front === 'gateway');
  if (!ceilings.length || !ours.length) return shares;
  console.log('\nThroughput as a share of each ceiling (same run, same machine)');
  const rows = ours.map((r) => [
    r.scenario,
    ...ceilings.map((c) => {
      shares.push({ scenario: r.scenario, ceiling: c.scenario, share: r.rps / c.rps });
      return `${((r.rps / c.rps) * 100).toFixed(0)}%`;
    }),
  ]);
  const headers = ['scenario', ...ceilings.map((c) => `vs ${c.scenario.replace('ceiling: ', '')}`)];
  console.log(
    table(
      headers,
      rows,
      headers.map((_, i) => i > 0),
    ),
  );
  return shares;
}

const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : 'NOT MET');

function rateTargetRows(byKey) {
  const rows = [];
  for (const t of TARGETS.rates) {
    for (const [key, suffix] of [
      [t.scenario, ''],
      [TARGETS.ratesCacheOff[t.scenario], ', cache off (context)'],
    ]) {
      const r = byKey[key];
      const has = Boolean(r?.rps);
      if (!has && suffix) continue; // the cache-off context only when it was measured
      rows.push({
        target: `${t.label}${suffix}: ≥ ${thousands(t.minRps)} req/s`,
        measured: has ? `${thousands(r.rps)} req/s` : '–',
        met: has ? r.rps >= t.minRps : null,
      });
      rows.push({
        target: `${t.label}${suffix}: p99 < ${t.maxP99Ms} ms`,
        measured: has ? `${ms(r.latencyMs.p99)} ms` : '–',
        met: has ? r.latencyMs.p99 < t.maxP99Ms : null,
      });
    }
  }
  return rows;
}

function rssTargetRows(measured) {
  const peak = new Map(); // process name -> { process, scenario }
  for (const r of measured.filter((x) => !x.ceiling)) {
    for (const p of r.processes) {
      if ((p.rssMiB ?? -1) > (peak.get(p.name)?.process.rssMiB ?? -1))
        peak.set(p.name, { process: p, scenario: r.scenario });
    }
  }
  return [...peak].map(([name, { process: p, scenario }]) => ({
    target: `${name} < ${TARGETS.maxRssMiB} MiB RSS under load`,
    measured: `${fmt(p.rssMiB)} MiB = ${fmt(p.rssAnonMiB)} anon + ${fmt(p.rssFileMiB)} file (peak, "${scenario}")`,
    met: p.rssMiB < TARGETS.maxRssMiB,
  }));
}

function overheadTargetRows(pairs) {
  return pairs.map((p) => ({
    target: `gateway adds ≤ ${TARGETS.maxGatewayAddedLatency * 100} % to a direct call: ${p.pair} (p50)`,
    measured: `${pct(p.p50Ratio - 1)} p50, ${pct(p.p99Ratio - 1)} p99, ${(p.throughputRatio * 100).toFixed(0)}% of direct req/s`,
    met: p.p50WithinTarget,
  }));
}

function targetsSection(byKey, measured, pairs) {
  const rows = [...rateTargetRows(byKey), ...rssTargetRows(measured), ...overheadTargetRows(pairs)];
  console.log('\nTargets (issue 4 at 32 connections through the gateway; issue 2 gateway overhead)');
  console.log(
    table(
      ['target', 'measured', 'verdict'],
      rows.map((r) => [r.target, r.measured, verdict(r.met)]),
      [false, true, false],
    ),
  );
  console.log(
    '  The rate targets are read on the default configuration (public-read cache on); the cache-off lines say what' +
      '\n  the database path does against the same thresholds. Overhead verdicts are on p50; p99 and throughput shown.' +
      '\n  RSS: anon = V8 heap and native allocations; file = mapped node binary and libraries (the bare ceiling is the' +
      '\n  floor of any Node process).',
  );
  return rows;
}

function worthALook(env, measured) {
  const notes = [];
  for (const r of measured) {
    if (r.non2xx > 0)
      notes.push(`${r.scenario}: ${r.non2xx} non-2xx responses (${JSON.stringify(r.statusCodes)})`);
    if (r.errors > 0) notes.push(`${r.scenario}: ${r.errors} connection errors, ${r.timeouts} timeouts`);
    for (const p of r.processes) {
      if (p.cpuPct >= 90)
        notes.push(
          r.front === 'auth'
            ? `${r.scenario}: ${p.name} used ${fmt(p.cpuPct)} % CPU: CPU-bound on scrypt (libuv's thread pool, so more than one core)`
            : `${r.scenario}: ${p.name} used ${fmt(p.cpuPct)} % CPU, i.e. one core: it is CPU-bound (Node runs JS on one thread)`,
        );
    }
    if (r.usage.machineCpuPct >= env.cpuCount * 100 * 0.9) {
      notes.push(
        `${r.scenario}: the machine was ${fmt(r.usage.machineCpuPct)} % busy of ${env.cpuCount * 100} %: saturated, so throughput is bounded by shared CPU`,
      );
    }
    const other = otherCpu(r);
    if (other > 20) {
      const who = r.usage.busiestOtherProcesses
        .filter((p) => p.cpuPct >= 5)
        .map((p) => `${p.comm} (pid ${p.pid}) ${fmt(p.cpuPct)} %`)
        .join(', ');
      notes.push(
        `${r.scenario}: ${fmt(other)} % CPU went to work outside this benchmark during the window${who ? ` — ${who}` : ''}: this row is skewed`,
      );
    }
  }
  if (notes.length) {
    console.log('\nWorth a look');
    for (const n of notes) console.log(`  - ${n}`);
  }
  return notes;
}

/**
 * Prints everything; `pairs` are `{ label, direct, via }` scenario keys compared for the gateway's overhead.
 * Returns `{ ratios: { pairs, ceilings }, targets, notes }`.
 */
export function report(env, opts, results, pairs) {
  const byKey = Object.fromEntries(results.map((r) => [r.key, r]));
  const measured = results.filter((r) => r.rps !== undefined);
  resultsTable(env, opts, results);
  const pairRatios = gatewayVsDirect(byKey, pairs);
  cpuPerResponse(measured);
  const ceilings = ceilingShares(byKey, measured);
  const targets = targetsSection(byKey, measured, pairRatios);
  const notes = worthALook(env, measured);
  return { ratios: { pairs: pairRatios, ceilings }, targets, notes };
}
