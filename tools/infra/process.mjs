/**
 * Small helpers for managing one OS process by PID. Used for the Kafka broker,
 * which may be our child (tests) or a detached process started by an earlier
 * `infra.mjs up` (then only its PID is known).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 100;

/** True while `pid` is a running (not zombie) process. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM'; // exists, but belongs to someone else
  }
  // kill(pid, 0) also succeeds for a zombie nobody has reaped yet (e.g. a
  // detached broker under a container init that does not reap); it has exited.
  return processState(pid) !== 'Z';
}

/** Single-letter state from /proc/<pid>/stat, or null where there is no procfs. */
function processState(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may contain spaces; the state follows ") ".
    return stat.charAt(stat.lastIndexOf(')') + 2);
  } catch {
    return null;
  }
}

/** The command line of `pid` as one string, or null if it is not running. */
export function commandLine(pid) {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').join(' ').trim() || null;
  } catch {
    // No procfs (macOS) or no such process: ask ps, which fails for the latter.
  }
  try {
    return (
      execFileSync('ps', ['-p', String(pid), '-o', 'command='], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || null
    );
  } catch {
    return null;
  }
}

/** Resolves true once `pid` has exited, false if it is still alive after `ms`. */
export async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
  return true;
}

/**
 * SIGTERM `pid`, give it `graceMs` to shut down cleanly, then SIGKILL.
 * Signals exactly that PID, never a process group or a name.
 */
export async function terminate(pid, { graceMs = 15_000, log = () => {} } = {}) {
  if (!signal(pid, 'SIGTERM')) return;
  if (await waitForExit(pid, graceMs)) return;
  log(`pid ${pid} still running ${Math.round(graceMs / 1000)} s after SIGTERM; sending SIGKILL`);
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, 5_000))) {
    throw new Error(`pid ${pid} is still running after SIGKILL`);
  }
}

/** Sends `sig` to `pid`; false if the process was already gone. */
function signal(pid, sig) {
  try {
    process.kill(pid, sig);
    return true;
  } catch (err) {
    if (err.code === 'ESRCH') return false;
    throw err;
  }
}
