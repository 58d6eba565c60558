// Child processes of the benchmark: started on free loopback ports, watched for readiness, sampled for RSS and
// CPU through /proc, and stopped by PID (SIGTERM, then SIGKILL). Only PIDs this module spawned are ever signalled.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { runtimeEnv } from './runtime-env.mjs';

const TAIL_LINES = 40;

/** A port the kernel just handed out on 127.0.0.1 (closed again; the child binds it a moment later). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export class Children {
  /** @type {Map<number, {name: string, child: import('node:child_process').ChildProcess, tail: string[], exit: Promise<number|null>, exited: boolean}>} */
  #byPid = new Map();

  /**
   * Spawns `node [nodeArgs] <script>` with `env` over the service images' own (runtime-env.mjs: V8 heap flags,
   * malloc arenas) plus PATH/HOME, and keeps the last lines of its output.
   */
  start(name, script, env, nodeArgs = []) {
    const child = spawn(process.execPath, [...nodeArgs, script], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...runtimeEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (!child.pid) throw new Error(`could not start ${name} (${script})`);
    const entry = { name, child, tail: [], exited: false, exit: null };
    const keep = (chunk) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        entry.tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
        if (entry.tail.length > TAIL_LINES) entry.tail.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    entry.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        entry.exited = true;
        entry.code = code ?? signal;
        resolve(code ?? signal);
      }),
    );
    this.#byPid.set(child.pid, entry);
    return { name, pid: child.pid, entry };
  }

  tail(pid) {
    return this.#byPid.get(pid)?.tail.join('\n') ?? '';
  }

  /** PIDs of the children still running. */
  pids() {
    return [...this.#byPid].filter(([, e]) => !e.exited).map(([pid]) => pid);
  }

  exited(pid) {
    return this.#byPid.get(pid)?.exited ?? true;
  }

  /** Polls http://127.0.0.1:<port><path> until 200; fails early if the child exits. */
  async waitReady(handle, port, { path = '/readyz', timeoutMs = 90_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (this.exited(handle.pid)) {
        throw new Error(
          `${handle.name} (pid ${handle.pid}) exited before it was ready; its last output:\n${this.tail(handle.pid)}`,
        );
      }
      try {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2_000) });
        const text = await res.text();
        if (res.status === 200) return;
        last = `${res.status} ${text.slice(0, 300)}`;
      } catch (err) {
        last = err.cause?.code ?? err.message;
      }
      await sleep(200);
    }
    throw new Error(
      `${handle.name} (pid ${handle.pid}) not ready after ${timeoutMs / 1000} s (${path}: ${last}); its last output:\n${this.tail(handle.pid)}`,
    );
  }

  /** SIGTERM this PID, SIGKILL after `graceMs`. */
  async stop(pid, graceMs = 10_000) {
    const entry = this.#byPid.get(pid);
    if (!entry) return;
    if (!entry.exited) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timedOut = await Promise.race([entry.exit.then(() => false), sleep(graceMs).then(() => true)]);
      if (timedOut && !entry.exited) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        await Promise.race([entry.exit, sleep(5_000)]);
      }
    }
    this.#byPid.delete(pid);
  }

  /** Stops every child still known, newest first (the gateway before the catalog it calls). */
  async stopAll() {
    for (const pid of [...this.#byPid.keys()].reverse()) await this.stop(pid);
  }

  /** Last resort from a synchronous 'exit' hook: SIGKILL whatever is left. */
  killAllSync() {
    for (const [pid, entry] of this.#byPid) {
      if (entry.exited) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}

// ---- /proc sampling -------------------------------------------------------------------------------------------

const CLK_TCK = 100; // USER_HZ; 100 on every Linux build we run on.

/** Resident memory of one process in KiB: total, anonymous (heaps) and file-backed (binary, shared libraries). */
function memKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? NaN);
    const rss = field('VmRSS');
    return Number.isNaN(rss) ? null : { rss, anon: field('RssAnon'), file: field('RssFile') };
  } catch {
    return null;
  }
}

const rssKiB = (pid) => memKiB(pid)?.rss ?? null;

/** utime + stime of one process, in clock ticks. */
function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // fields 14 and 15 of stat(5), counted after the comm field
  } catch {
    return null;
  }
}

/**
 * utime + stime and command name of every process on the machine, read-only from /proc/<pid>/stat. Used to
 * attribute CPU to the local Postgres server (its processes belong to another user and are never signalled) and
 * to name whatever else was busy during a window.
 */
function allProcessTicks() {
  const out = new Map();
  const detail = allProcessTicks.withCommandLine;
  let names;
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return null;
  }
  for (const n of names) {
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const entry = { comm, ticks: Number(fields[11]) + Number(fields[12]) };
      // a Postgres backend's title names its database: "postgres: <user> <database> <client> <state>"
      if (detail && comm === 'postgres')
        entry.database = /^postgres: (?:\S+: )?\S+ (\S+) \d/.exec(
          readFileSync(`/proc/${n}/cmdline`, 'utf8').replaceAll('\0', ' '),
        )?.[1];
      out.set(Number(n), entry);
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** Whole-machine busy jiffies (interrupt time kept apart: it belongs to no process) from /proc/stat. */
function machineTicks() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0); // user..steal; guest is already in user
    const idle = cpu[3] + (cpu[4] ?? 0); // idle + iowait
    return { total, busy: total - idle, irq: (cpu[5] ?? 0) + (cpu[6] ?? 0) };
  } catch {
    return null;
  }
}

/**
 * Samples max RSS of some PIDs every `everyMs`, and their CPU use (and the machine's, and this process's) between
 * start() and stop(). CPU % is of one core: 200 % means both cores of a 2-core machine.
 */
export class ProcSampler {
  /**
   * `pids`: the servers under load; `idlePids`: our other children, whose CPU is counted apart, not as "other".
   * `databases`: names of the bench's own databases; Postgres backends serving them are then counted per database
   * (the rest of Postgres, other users' backends and its background workers, apart). `kafkaPids`: the broker.
   */
  constructor(pids, { idlePids = [], everyMs = 200, databases = [], kafkaPids = [] } = {}) {
    this.databases = new Set(databases);
    this.kafkaPids = new Set(kafkaPids);
    this.pids = pids;
    this.idlePids = idlePids.filter((p) => !pids.includes(p));
    this.everyMs = everyMs;
    this.peak = new Map(pids.map((p) => [p, { rss: 0, anon: NaN, file: NaN }]));
  }

  #sample() {
    for (const pid of this.pids) {
      const mem = memKiB(pid);
      if (mem !== null && mem.rss > this.peak.get(pid).rss) this.peak.set(pid, mem);
    }
  }

  start() {
    this.t0 = process.hrtime.bigint();
    this.cpu0 = new Map(this.pids.map((p) => [p, cpuTicks(p)]));
    this.self0 = process.cpuUsage();
    this.rss0 = new Map(this.pids.map((p) => [p, rssKiB(p)]));
    this.machine0 = machineTicks();
    allProcessTicks.withCommandLine = this.databases.size > 0;
    this.procs0 = allProcessTicks();
    this.#sample();
    this.timer = setInterval(() => this.#sample(), this.everyMs);
  }

  stop() {
    clearInterval(this.timer);
    this.#sample();
    const seconds = Number(process.hrtime.bigint() - this.t0) / 1e9;
    const self = process.cpuUsage(this.self0);
    const machine1 = machineTicks();
    const procs1 = allProcessTicks();
    const perPid = {};
    for (const pid of this.pids) {
      const t1 = cpuTicks(pid);
      const t0 = this.cpu0.get(pid);
      perPid[pid] = {
        rssMiB: this.peak.get(pid).rss / 1024,
        // at the peak: anonymous memory (V8 heap, native allocations) vs mapped files (node binary, libraries)
        rssAnonMiB: this.peak.get(pid).anon / 1024,
        rssFileMiB: this.peak.get(pid).file / 1024,
        rssAtStartMiB: this.rss0.get(pid) === null ? null : this.rss0.get(pid) / 1024,
        cpuPct: t0 === null || t1 === null ? null : ((t1 - t0) / CLK_TCK / seconds) * 100,
      };
    }
    const m0 = this.machine0;
    const pct = (ticks) => (ticks / CLK_TCK / seconds) * 100;
    // Per-process CPU during the window for everything that is neither a sampled server nor this process.
    let postgresTicks = null;
    let idleTicks = 0;
    let kafkaTicks = null;
    const ticksByDatabase = Object.fromEntries([...this.databases].map((d) => [d, 0]));
    const others = [];
    if (this.procs0 && procs1) {
      postgresTicks = 0;
      kafkaTicks = this.kafkaPids.size ? 0 : null;
      const mine = new Set([...this.pids, process.pid]);
      const idle = new Set(this.idlePids);
      for (const [pid, { comm, ticks }] of procs1) {
        const used = ticks - (this.procs0.get(pid)?.ticks ?? 0); // a process born in the window counts from zero
        if (used <= 0 || mine.has(pid)) continue;
        if (idle.has(pid)) {
          idleTicks += used;
          continue;
        }
        const database = procs1.get(pid).database ?? this.procs0.get(pid)?.database;
        if (comm === 'postgres') {
          postgresTicks += used;
          if (database && database in ticksByDatabase) ticksByDatabase[database] += used;
        } else if (this.kafkaPids.has(pid)) kafkaTicks += used;
        else others.push({ pid, comm, cpuPct: pct(used) });
      }
      others.sort((a, b) => b.cpuPct - a.cpuPct);
    }
    const machine =
      m0 && machine1 && machine1.total > m0.total
        ? {
            scale: (100 * cpuCount()) / (machine1.total - m0.total),
            busy: machine1.busy - m0.busy,
            irq: machine1.irq - m0.irq,
          }
        : null;
    return {
      seconds,
      perPid,
      loadGenCpuPct: ((self.user + self.system) / 1e6 / seconds) * 100,
      // Every local process named "postgres" (the server's backends, checkpointer, WAL writer…).
      postgresCpuPct: postgresTicks === null ? null : pct(postgresTicks),
      // CPU seconds, for costs per unit of work: each bench database's backends, and the Kafka broker
      cpuSeconds: {
        perPid: Object.fromEntries(
          this.pids.map((pid) => {
            const t0 = this.cpu0.get(pid);
            const t1 = cpuTicks(pid);
            return [pid, t0 === null || t1 === null ? null : (t1 - t0) / CLK_TCK];
          }),
        ),
        postgresByDatabase: Object.fromEntries(
          Object.entries(ticksByDatabase).map(([d, t]) => [d, t / CLK_TCK]),
        ),
        postgresAll: postgresTicks === null ? null : postgresTicks / CLK_TCK,
        kafka: kafkaTicks === null ? null : kafkaTicks / CLK_TCK,
        loadGenerator: (self.user + self.system) / 1e6,
      },
      // The bench's other children (e.g. catalog while the bare ceiling runs, search behind the gateway).
      idleServicesCpuPct: postgresTicks === null ? null : pct(idleTicks),
      // Busy share of all cores, expressed like the per-process numbers (cores × 100 % at full load).
      machineCpuPct: machine ? machine.busy * machine.scale : null,
      // Hardware and soft interrupts (loopback TCP is partly processed there): no process is charged for them.
      interruptCpuPct: machine ? machine.irq * machine.scale : null,
      busiestOtherProcesses: others.slice(0, 5),
    };
  }
}

let cores;
function cpuCount() {
  if (cores === undefined) {
    try {
      cores = readFileSync('/proc/stat', 'utf8')
        .split('\n')
        .filter((l) => /^cpu\d+ /.test(l)).length;
    } catch {
      cores = 1;
    }
  }
  return cores;
}

/** PIDs of Kafka brokers on this machine (java processes running kafka.Kafka), read-only from /proc. */
export function kafkaBrokerPids() {
  const pids = [];
  for (const n of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const cmdline = readFileSync(`/proc/${n}/cmdline`, 'utf8');
      if (cmdline.startsWith('java') && cmdline.includes('kafka.Kafka')) pids.push(Number(n));
    } catch {
      /* exited meanwhile */
    }
  }
  return pids;
}
