import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  createTestDatabase,
  freePort,
  infraEnv,
  ServiceProcess,
  startStorefrontServer,
  TestDatabase,
  waitFor,
} from '@getit/testing';
import { CheckoutFixture, send } from './checkout.fixture';
import { PrometheusServer, ScrapeTarget } from './prometheus-server';
import { Selector, selectorsOf, selectorText } from './promql-selectors';

jest.setTimeout(600_000);

const root = join(__dirname, '../../..');
const dashboardsDir = join(root, 'deploy/grafana/dashboards');

/**
 * Series no process of this run can export, each with its reason. Everything else an alert, a recording rule or a
 * dashboard selects must exist once the services have served a checkout.
 */
const NOT_IN_THIS_RUN: { why: string; matches: (s: Selector) => boolean }[] = [
  { why: 'kube-state-metrics (needs a cluster)', matches: (s) => s.name.startsWith('kube_') },
  {
    // A labelled counter has no series before its first increment; a healthy checkout parks nothing.
    why: 'born on the first dead-lettered message (asserted by the messaging contract suite)',
    matches: (s) => s.name === 'messaging_dead_letter_total',
  },
  {
    // A histogram labelled by courier and district has no series before a delivery there; a checkout delivers none.
    why: "born on a courier's first delivery in a district (asserted by courier-delivery.int-spec.ts)",
    matches: (s) => s.name.startsWith('shipping_delivery_days_'),
  },
];

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
}
interface Query {
  where: string;
  expr: string;
}

/**
 * The real check behind the alerts and dashboards: Debian's Prometheus loads the rules rendered from the Helm chart
 * for production and scrapes every service running as its own process on real Postgres and Kafka; after a checkout,
 * every rule and every dashboard query is evaluated through Prometheus' HTTP API, and each series it selects (by
 * name, service, histogram bucket and the labels it matches or groups by) must exist.
 */
describe('alerts and dashboards select series the services export (real Prometheus)', () => {
  const f = new CheckoutFixture();
  const prometheus = new PrometheusServer();
  const scratch = mkdtempSync(join(tmpdir(), 'getit-prom-rules-'));
  const ruleFile = join(scratch, 'rules.yaml');
  let authDb: TestDatabase;
  let auth: ServiceProcess;
  let storefront: ServiceProcess;
  let rules: Rule[];
  let targets: ScrapeTarget[];
  let order: { id: string; totalPoisha: number };

  beforeAll(async () => {
    // The chart's PrometheusRules for production, rendered by the deploy toolchain (Helm runner, cached).
    execFileSync(process.execPath, [join(root, 'deploy/test/render-rules.mjs'), ruleFile], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    rules = (parse(readFileSync(ruleFile, 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap(
      (g) => g.rules,
    );
    await f.start();
    auth = await startAuth();
    storefront = await startStorefrontServer(f.market.gateway.url);
    targets = [
      { service: 'gateway', url: f.market.gateway.url },
      { service: 'catalog', url: f.market.catalog.url },
      { service: 'search', url: f.market.search.url },
      { service: 'auth', url: auth.url },
      { service: 'storefront', url: storefront.url },
      ...(['inventory', 'shipping', 'order', 'payment'] as const).map((service) => ({
        service,
        url: f.services[service].url,
      })),
    ];
    await prometheus.start(targets, ruleFile);
    order = await codCheckout();
    // A shopper's pages: the storefront's RED series (page latency, errors by route) begin with its first answers.
    for (const path of ['/bn', '/en/cart', '/bn/search?q=%E0%A6%B6%E0%A6%BE%E0%A6%A1%E0%A6%BC%E0%A6%BF'])
      expect((await fetch(`${storefront.url}${path}`)).status).toBe(200);
    // A scrape after the order settled, and a rule evaluation after that scrape.
    await waitFor(
      'Prometheus to scrape the confirmed order',
      async () => (await value('sum(orders_confirmed_total)')) === 1,
      {
        timeoutMs: 30_000,
        intervalMs: 250,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 2_500));
  });

  afterAll(async () => {
    await prometheus.stop();
    await auth?.stop();
    await storefront?.stop();
    await f.stop();
    await authDb?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function startAuth(): Promise<ServiceProcess> {
    authDb = await createTestDatabase('e2e_prom_auth');
    const port = await freePort();
    return new ServiceProcess({
      name: 'auth',
      script: join(root, 'dist/apps/auth/src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATABASE_URL: authDb.url,
        AUTH_KEY_ENCRYPTION_SECRET: randomUUID() + randomUUID(),
        SMS_PROVIDER: 'dev-sink',
        REDIS_URL: '',
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: f.market.topicPrefix,
      },
    }).start();
  }

  /** A guest buys one saree with cash on delivery through the gateway; resolves once the order is confirmed. */
  async function codCheckout(): Promise<{ id: string; totalPoisha: number }> {
    const vendor = await f.stockedVendor(
      { name: 'Tangail Tant Ghar', slug: `tant-${randomUUID().slice(0, 6)}` },
      1,
      5,
    );
    const cart = await retried(() => send('POST', f.api('/carts'), {}));
    const line = await retried(() =>
      send('PUT', f.api(`/carts/${cart.body.id}/lines/${vendor.variants[0]!.variantId}`), { quantity: 1 }),
    );
    const idempotencyKey = randomUUID();
    expect(line.status).toBe(200);
    const placed = await retried(() =>
      send(
        'POST',
        f.api('/orders'),
        {
          cartId: cart.body.id,
          paymentMethod: 'cod',
          address: {
            name: 'Rahima Akter',
            phone: '01712345678',
            division: 'Dhaka',
            district: 'Dhaka',
            area: 'Dhanmondi',
            postcode: '1209',
            street: 'House 12, Road 5',
          },
        },
        { 'idempotency-key': idempotencyKey },
      ),
    );
    if (placed.status !== 201) {
      const logs = (['order', 'shipping', 'payment'] as const).map(
        (s) => `--- ${s}\n${f.services[s].logs().slice(-1500)}`,
      );
      throw new Error(
        `placing the order: ${placed.status} ${JSON.stringify(placed.body)}\n${logs.join('\n')}`,
      );
    }
    const settled = await waitFor(
      `order ${placed.body.id} to settle`,
      async () => {
        const answer = await send('GET', f.api(`/orders/${placed.body.id}?waitMs=5000`));
        return answer.status === 200 && answer.body.status !== 'pending_payment' ? answer.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    expect({ status: settled.status, reason: settled.cancelReason }).toEqual({
      status: 'confirmed',
      reason: undefined,
    });
    return { id: placed.body.id, totalPoisha: placed.body.totalPoisha };
  }

  /** A client's retry of a 503 (a dependency slow to answer on a busy machine); orders keep their idempotency key. */
  async function retried<T extends { status: number }>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const answer = await call();
      if (answer.status !== 503 || attempt === 5) return answer;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }

  async function value(expr: string): Promise<number | undefined> {
    const { result } = await prometheus.query(expr);
    const [first] = result as { value: [number, string] }[];
    return first ? Number(first.value[1]) : undefined;
  }

  const recorded = () => new Set(rules.filter((r) => r.record).map((r) => r.record!));

  /** Why `expr` does not hold up: a PromQL error, or each selected series / label that does not exist. */
  async function problems(where: string, expr: string): Promise<string[]> {
    const found: string[] = [];
    await prometheus.query(expr).catch((error: Error) => found.push(`${where}: ${error.message}`));
    const { selectors, groupingLabels } = selectorsOf(expr);
    const labelsSeen = new Set<string>();
    let checked = 0;
    for (const selector of selectors) {
      if (recorded().has(selector.name)) continue; // its recording rule's own selectors are checked
      if (NOT_IN_THIS_RUN.some((exempt) => exempt.matches(selector))) continue;
      checked++;
      // Name, service and bucket must match exactly; other matchers only need their label to exist.
      const exact = selectorText(selector, (label) =>
        ['__name__', 'service', 'le', 'namespace'].includes(label),
      );
      const series = await prometheus.series(exact);
      if (series.length === 0) {
        found.push(`${where}: no series ${exact}`);
        continue;
      }
      series.forEach((s) => Object.keys(s).forEach((label) => labelsSeen.add(label)));
      for (const { label } of selector.matchers) {
        if (!series.some((s) => label in s)) found.push(`${where}: ${exact} has no label "${label}"`);
      }
    }
    if (checked > 0) {
      for (const label of groupingLabels) {
        if (!labelsSeen.has(label))
          found.push(`${where}: groups by "${label}", which none of its series has`);
      }
    }
    return found;
  }

  it('scrapes every service', async () => {
    const { result } = await prometheus.query('up');
    const up = (result as { metric: Record<string, string>; value: [number, string] }[]).map((r) => [
      r.metric.job,
      r.value[1],
    ]);
    expect(up.sort()).toEqual(targets.map((t) => [t.service, '1']).sort());
  });

  it('loads every rendered rule and evaluates each without error', async () => {
    const data = await prometheus.api<{
      groups: { rules: { name: string; health: string; lastError?: string }[] }[];
    }>('rules', {});
    const loaded = data.groups.flatMap((g) => g.rules);
    expect(loaded).toHaveLength(rules.length);
    expect(
      loaded.filter((r) => r.health !== 'ok').map((r) => `${r.name}: ${r.health} ${r.lastError ?? ''}`),
    ).toEqual([]);
  });

  it('every alert and recording rule selects series that exist', async () => {
    expect(rules.filter((r) => r.alert).length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const rule of rules) found.push(...(await problems(rule.alert ?? rule.record!, rule.expr)));
    expect([...new Set(found)]).toEqual([]);
  });

  it('every dashboard query selects series that exist, for each value its variables offer', async () => {
    const found: string[] = [];
    let evaluated = 0;
    for (const file of readdirSync(dashboardsDir).filter((name) => name.endsWith('.json'))) {
      for (const { where, expr } of await dashboardQueries(file)) {
        evaluated++;
        found.push(...(await problems(where, expr)));
      }
    }
    expect(evaluated).toBeGreaterThan(50);
    expect([...new Set(found)]).toEqual([]);
  });

  it('the business series carry the checkout: one COD order placed and confirmed, its GMV, a balanced ledger', async () => {
    expect(await value('sum(orders_placed_total{service="order",payment_method="cod"})')).toBe(1);
    expect(await value('sum(order_gmv_poisha_total{service="order"})')).toBe(order.totalPoisha);
    expect(
      await value('sum(payment_attempts_total{service="payment",provider="cod",outcome="authorized"})'),
    ).toBe(1);
    expect(await value('sum(payment_attempts_total{service="payment",outcome="failed"})')).toBeUndefined();
    expect(await value('max(checkout_saga_stuck_orders{service="order"})')).toBe(0);
    expect(await value('max(ledger_imbalance_poisha{service="payment"})')).toBe(0);
    // The business alerts are quiet for a healthy checkout.
    const firing = await prometheus.api<{ alerts: { labels: { alertname: string } }[] }>('alerts', {});
    const business = ['CheckoutSagaStuckOrders', 'PaymentFailureSpike', 'LedgerImbalance'];
    expect(firing.alerts.filter((a) => business.includes(a.labels.alertname))).toEqual([]);
  });

  /**
   * A dashboard's PromQL as Grafana would send it: its time macros filled in, a textbox at its default, and each
   * query variable at every value Prometheus offers for it (the variable's own query must offer one).
   */
  async function dashboardQueries(file: string): Promise<Query[]> {
    const dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8'));
    const panels = dashboard.panels.flatMap((p: any) => [p, ...(p.panels ?? [])]);
    const macros = (expr: string) =>
      expr.replaceAll('$__rate_interval', '1m').replaceAll('$__range', '1h').replaceAll('$__interval', '15s');
    const variables: Record<string, string[]> = {};
    const queries: Query[] = [];
    for (const variable of dashboard.templating.list) {
      if (variable.type === 'textbox') variables[variable.name] = [variable.current?.value ?? variable.query];
      if (variable.type !== 'query') continue;
      const [, selector, label] = /^label_values\((.*),\s*([A-Za-z_]+)\)$/.exec(variable.definition) ?? [];
      queries.push({ where: `${file} $${variable.name}`, expr: selector! });
      const series = await prometheus.series(selector!);
      const values = [...new Set(series.map((s) => s[label!]).filter((v): v is string => Boolean(v)))].sort();
      expect({ variable: `${file} $${variable.name}`, offers: values.length > 0 }).toEqual({
        variable: `${file} $${variable.name}`,
        offers: true,
      });
      variables[variable.name] = values;
    }
    for (const panel of panels) {
      for (const target of panel.targets ?? []) {
        let expanded = [macros(target.expr)];
        for (const [name, values] of Object.entries(variables)) {
          // `=~"$var"` is Grafana's multi-value form: every value at once; `="$var"` takes one value per query.
          const all = new RegExp(`=~"\\$\\{?${name}\\}?"`, 'g');
          expanded = expanded.map((expr) => expr.replace(all, `=~"${values.join('|')}"`));
          const pattern = new RegExp(`\\$\\{?${name}\\}?(?![A-Za-z0-9_])`, 'g');
          const uses = new RegExp(pattern.source);
          expanded = expanded.flatMap((expr) =>
            uses.test(expr) ? values.map((v) => expr.replace(pattern, v)) : [expr],
          );
        }
        queries.push(...[...new Set(expanded)].map((expr) => ({ where: `${file} "${panel.title}"`, expr })));
      }
    }
    return queries;
  }
});
