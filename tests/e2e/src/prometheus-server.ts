import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { freePort, waitFor } from '@getit/testing';

const root = join(__dirname, '../../..');

export interface ScrapeTarget {
  /** The service name: the `job` of its scrape, and the pod/container label Kubernetes would add. */
  service: string;
  /** http://127.0.0.1:<port> */
  url: string;
}

export interface PromSample {
  metric: Record<string, string>;
}

/**
 * A Prometheus server of a test's own: Debian's `prometheus` (installed by tools/infra/prometheus.mjs when
 * missing), on a free loopback port with a fresh data directory, scraping the given services every second and
 * evaluating `ruleFile` every second. Stopped by its PID.
 */
export class PrometheusServer {
  private child?: ChildProcess;
  private dir?: string;
  private stderr = '';
  url = '';

  async start(targets: ScrapeTarget[], ruleFile: string): Promise<this> {
    const binary = execFileSync(process.execPath, [join(root, 'tools/infra/prometheus.mjs'), 'ensure'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
    this.dir = await mkdtemp(join(tmpdir(), 'getit-prometheus-'));
    const config = {
      global: { scrape_interval: '1s', scrape_timeout: '900ms', evaluation_interval: '1s' },
      rule_files: [ruleFile],
      scrape_configs: targets.map(({ service, url }) => ({
        job_name: service,
        // As the ServiceMonitors do: keep the `service` label each process exports.
        honor_labels: true,
        static_configs: [
          {
            targets: [new URL(url).host],
            // What Kubernetes service discovery adds in the cluster (rules and dashboards select and group by it).
            labels: { namespace: 'getit', service, pod: `${service}-0`, container: service },
          },
        ],
      })),
    };
    const configFile = join(this.dir, 'prometheus.yml');
    await writeFile(configFile, stringify(config));
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(
      binary,
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${join(this.dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child.stderr!.on('data', (chunk) => (this.stderr = (this.stderr + chunk).slice(-4000)));
    await waitFor(
      `prometheus on ${this.url}`,
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`prometheus exited: ${this.stderr}`);
        return (await fetch(`${this.url}/-/ready`)).ok;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    return this;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child?.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      await exited;
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  /** GET /api/v1/<path>; throws with Prometheus' error (a PromQL syntax error names the position). */
  async api<T>(path: string, params: Record<string, string | string[]>): Promise<T> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      for (const one of Array.isArray(value) ? value : [value]) query.append(key, one);
    }
    const response = await fetch(`${this.url}/api/v1/${path}?${query}`);
    const body = (await response.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`${path} ${JSON.stringify(params)}: ${body.error}`);
    return body.data;
  }

  /** Evaluates an expression now (instant query). */
  query(expr: string): Promise<{ resultType: string; result: unknown[] }> {
    return this.api('query', { query: expr });
  }

  /** Series matching a selector, over everything scraped so far. */
  series(selector: string): Promise<PromSample['metric'][]> {
    return this.api('series', { 'match[]': selector, start: String(Date.now() / 1000 - 3600) });
  }
}
