import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canConnect, podOf } from './lib/netpol.mjs';
import { isHook, named, ofKind, rendered, selects } from './lib/manifests.mjs';
import { namespace, renderCases } from './lib/paths.mjs';

const external = {
  ingress: { namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
  prometheus: { namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } },
  stranger: { namespace: 'default', labels: { app: 'curl' } },
  dns: { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
  redis: { namespace: 'getit-data', labels: { 'app.kubernetes.io/name': 'redis' }, ip: '10.40.97.10' },
  catalogDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'catalog-db' }, ip: '10.40.96.20' },
  searchDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'search-db' }, ip: '10.40.98.30' },
  authDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'auth-db' }, ip: '10.40.97.50' },
  inventoryDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'inventory-db' }, ip: '10.40.98.60' },
  shippingDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'shipping-db' }, ip: '10.40.98.70' },
  orderDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'order-db' }, ip: '10.40.97.80' },
  paymentDb: { namespace: 'getit-data', labels: { 'cnpg.io/cluster': 'payment-db' }, ip: '10.40.96.90' },
  opensearch: { namespace: 'getit-data', labels: { 'opster.io/opensearch-cluster': 'getit-search' }, ip: '10.40.98.35' },
  kafka: { namespace: 'getit-data', labels: { 'strimzi.io/cluster': 'getit-kafka', 'strimzi.io/broker-role': 'true' }, ip: '10.40.96.40' },
  internet: { ip: '93.184.216.34' },
  bkash: { ip: '103.4.145.10' },
  otherVpcHost: { ip: '10.40.1.7' },
  cloudMetadata: { ip: '169.254.169.254' },
  otel: { namespace: 'observability', labels: { 'app.kubernetes.io/name': 'opentelemetry-collector' } },
};

for (const { id } of renderCases) {
  describe(`network policies (${id})`, () => {
    const docs = rendered(id);
    const policies = ofKind(docs, 'NetworkPolicy');
    const pods = Object.fromEntries(ofKind(docs, 'Deployment').map((d) => [d.metadata.name, podOf(d, namespace)]));
    const migrations = Object.fromEntries(ofKind(docs, 'Job').map((j) => [j.metadata.name, podOf(j, namespace)]));
    const kafkaPort = id === 'prod' ? 9094 : 9092;
    // the OpenSearch operator's cluster answers on 9200; AWS OpenSearch Service (prod) on 443
    const openSearchPort = id === 'prod' ? 443 : 9200;

    it('the namespace denies all ingress and egress by default', () => {
      const deny = policies.filter((p) => Object.keys(p.spec.podSelector).length === 0);
      assert.equal(deny.length, 1);
      assert.deepEqual(deny[0].spec.policyTypes.sort(), ['Egress', 'Ingress']);
      assert.equal(deny[0].spec.ingress, undefined);
      assert.equal(deny[0].spec.egress, undefined);
    });

    it('every egress and ingress rule is an allow-list: peers and ports, an open CIDR only for payment and shipping on 443', () => {
      for (const policy of policies) {
        for (const rule of policy.spec.egress ?? []) {
          const at = `${policy.metadata.name} egress ${JSON.stringify(rule)}`;
          assert.ok(rule.to?.length, `${at}: no peers means any destination`);
          assert.ok(rule.ports?.length, `${at}: no ports means any port`);
          for (const peer of rule.to) {
            assert.ok(Object.keys(peer).length, `${at}: an empty peer matches everything`);
            assert.notEqual(peer.ipBlock?.cidr, '::/0', `${at}: open IPv6 CIDR`);
            if (peer.ipBlock?.cidr !== '0.0.0.0/0') continue;
            // The internet rule: third-party callers only, HTTPS only, never the VPC, pods or the metadata endpoint.
            assert.ok(['payment', 'shipping'].includes(policy.metadata.name), `${at}: open CIDR`);
            assert.deepEqual(rule.ports, [{ port: 443, protocol: 'TCP' }], `${at}: ports`);
            for (const range of ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10']) {
              assert.ok(peer.ipBlock.except?.includes(range), `${at}: must except ${range}`);
            }
          }
        }
        for (const rule of policy.spec.ingress ?? []) {
          assert.ok(rule.from?.length && rule.ports?.length, `${policy.metadata.name}: ingress rule without peers or ports`);
        }
      }
    });

    it('every pod is selected by its own policy restricting both directions', () => {
      for (const [name, pod] of Object.entries({ ...pods, ...migrations })) {
        const own = policies.filter((p) => Object.keys(p.spec.podSelector).length && selects(p.spec.podSelector, pod.labels));
        assert.equal(own.length, 1, `${name}: ${own.length} policies`);
        assert.deepEqual([...own[0].spec.policyTypes].sort(), ['Egress', 'Ingress']);
      }
    });

    it('callers reach only the services that list them: gateway -> catalog, search, auth, inventory, shipping, order, payment; order -> shipping; storefront -> gateway', () => {
      const matrix = {};
      for (const [from, source] of Object.entries(pods)) {
        for (const [to, target] of Object.entries(pods)) {
          if (from !== to) matrix[`${from}->${to}`] = canConnect(docs, source, target, target.ports.http);
        }
      }
      assert.deepEqual(matrix, {
        'auth->catalog': false, 'auth->gateway': false, 'auth->inventory': false, 'auth->order': false, 'auth->payment': false, 'auth->search': false, 'auth->shipping': false,
        'catalog->auth': false, 'catalog->gateway': false, 'catalog->inventory': false, 'catalog->order': false, 'catalog->payment': false, 'catalog->search': false, 'catalog->shipping': false,
        'gateway->auth': true, 'gateway->catalog': true, 'gateway->inventory': true, 'gateway->order': true, 'gateway->payment': true, 'gateway->search': true, 'gateway->shipping': true,
        'inventory->auth': false, 'inventory->catalog': false, 'inventory->gateway': false, 'inventory->order': false, 'inventory->payment': false, 'inventory->search': false, 'inventory->shipping': false,
        'order->auth': false, 'order->catalog': false, 'order->gateway': false, 'order->inventory': false, 'order->payment': false, 'order->search': false, 'order->shipping': true,
        'payment->auth': false, 'payment->catalog': false, 'payment->gateway': false, 'payment->inventory': false, 'payment->order': false, 'payment->search': false, 'payment->shipping': false,
        'search->auth': false, 'search->catalog': false, 'search->gateway': false, 'search->inventory': false, 'search->order': false, 'search->payment': false, 'search->shipping': false,
        'shipping->auth': false, 'shipping->catalog': false, 'shipping->gateway': false, 'shipping->inventory': false, 'shipping->order': false, 'shipping->payment': false, 'shipping->search': false,
        ...Object.fromEntries(Object.keys(pods).filter((name) => name !== 'storefront').flatMap((name) => [
          [`storefront->${name}`, name === 'gateway'],
          [`${name}->storefront`, false],
        ])),
      });
    });

    it('from outside the namespace: the ingress controller reaches only the gateway and the storefront; Prometheus scrapes all', () => {
      for (const [name, pod] of Object.entries(pods)) {
        const public_ = ['gateway', 'storefront'].includes(name);
        assert.equal(canConnect(docs, external.ingress, pod, pod.ports.http), public_, `ingress -> ${name}`);
        assert.equal(canConnect(docs, external.prometheus, pod, pod.ports.http), true, `prometheus -> ${name}`);
        assert.equal(canConnect(docs, external.stranger, pod, pod.ports.http), false, `stranger -> ${name}`);
        assert.equal(canConnect(docs, external.ingress, pod, 9999), false, `ingress -> ${name}:9999`);
      }
    });

    it('egress reaches DNS and declared dependencies only', () => {
      const { gateway, catalog, search, auth, inventory, shipping, order, payment } = pods;
      for (const pod of Object.values(pods)) assert.ok(canConnect(docs, pod, external.dns, 53));
      assert.ok(canConnect(docs, gateway, external.redis, 6379));
      assert.ok(canConnect(docs, catalog, external.catalogDb, 5432));
      assert.ok(canConnect(docs, catalog, external.kafka, kafkaPort));
      assert.ok(canConnect(docs, search, external.searchDb, 5432));
      // the search engine (docs/adr/0017): search alone reaches OpenSearch, on its HTTPS port only
      assert.ok(canConnect(docs, search, external.opensearch, openSearchPort), 'search -> opensearch');
      assert.ok(!canConnect(docs, search, external.opensearch, 9300), 'search -> opensearch:9300 (transport)');
      for (const [name, pod] of Object.entries(pods))
        if (name !== 'search')
          assert.ok(!canConnect(docs, pod, external.opensearch, openSearchPort), `${name} -> opensearch`);
      assert.ok(canConnect(docs, auth, external.authDb, 5432));
      assert.ok(canConnect(docs, auth, external.redis, 6379));
      assert.ok(canConnect(docs, auth, external.kafka, kafkaPort));
      assert.ok(canConnect(docs, inventory, external.inventoryDb, 5432));
      assert.ok(canConnect(docs, inventory, external.kafka, kafkaPort));
      assert.ok(canConnect(docs, shipping, external.shippingDb, 5432));
      assert.ok(!canConnect(docs, gateway, external.shippingDb, 5432), 'gateway -> shipping db');
      assert.ok(canConnect(docs, order, external.orderDb, 5432));
      assert.ok(canConnect(docs, order, external.kafka, kafkaPort));
      assert.ok(canConnect(docs, payment, external.paymentDb, 5432));
      assert.ok(canConnect(docs, payment, external.kafka, kafkaPort));
      assert.ok(!canConnect(docs, gateway, external.orderDb, 5432), 'gateway -> order db');
      assert.ok(!canConnect(docs, gateway, external.paymentDb, 5432), 'gateway -> payment db');
      assert.ok(!canConnect(docs, order, external.redis, 6379), 'order -> redis');
      assert.ok(!canConnect(docs, payment, external.redis, 6379), 'payment -> redis');
      assert.ok(!canConnect(docs, gateway, external.inventoryDb, 5432), 'gateway -> inventory db');
      assert.ok(!canConnect(docs, inventory, external.redis, 6379), 'inventory -> redis');
      assert.ok(!canConnect(docs, gateway, external.authDb, 5432), 'gateway -> auth db');
      assert.ok(!canConnect(docs, gateway, external.catalogDb, 5432), 'gateway -> catalog db');
      assert.ok(!canConnect(docs, gateway, external.kafka, kafkaPort), 'gateway -> kafka');
      assert.ok(!canConnect(docs, catalog, external.redis, 6379), 'catalog -> redis');
      assert.ok(!canConnect(docs, catalog, external.catalogDb, 22), 'catalog -> db:22');
      for (const [name, pod] of Object.entries(pods)) {
        // Only payment (bKash, Nagad, SSLCommerz) and shipping (Pathao, Steadfast, RedX) call third parties, over HTTPS.
        const thirdParty = name === 'payment' || name === 'shipping';
        assert.equal(canConnect(docs, pod, external.internet, 443), thirdParty, `${name} -> internet:443`);
        assert.equal(canConnect(docs, pod, external.bkash, 443), thirdParty, `${name} -> bKash:443`);
        assert.ok(!canConnect(docs, pod, external.internet, 80), `${name} -> internet:80`);
        assert.ok(!canConnect(docs, pod, external.bkash, 10080), `${name} -> internet:10080`);
        assert.ok(!canConnect(docs, pod, external.otherVpcHost, 5432), `${name} -> other VPC hosts`);
        assert.ok(!canConnect(docs, pod, external.otherVpcHost, 443), `${name} -> VPC hosts on 443`);
        assert.ok(!canConnect(docs, pod, external.cloudMetadata, 443), `${name} -> cloud metadata`);
      }
      // The storefront renders pages from the gateway's answers: DNS and the gateway, nothing else.
      const { storefront } = pods;
      assert.ok(canConnect(docs, storefront, gateway, gateway.ports.http), 'storefront -> gateway');
      for (const target of [external.redis, external.kafka, external.catalogDb, external.otel]) {
        for (const port of [5432, 6379, kafkaPort, 4318, 443]) assert.ok(!canConnect(docs, storefront, target, port), `storefront -> ${JSON.stringify(target.labels)}:${port}`);
      }
      if (id !== 'prod') assert.ok(!canConnect(docs, catalog, external.searchDb, 5432), 'catalog -> search db');
      if (id !== 'prod') {
        assert.ok(!canConnect(docs, order, external.paymentDb, 5432), 'order -> payment db');
        assert.ok(!canConnect(docs, payment, external.orderDb, 5432), 'payment -> order db');
      }
    });

    it('migration pods reach DNS and their database only, and accept no connections', () => {
      const job = migrations['catalog-migrate'];
      assert.ok(canConnect(docs, job, external.catalogDb, 5432));
      assert.ok(canConnect(docs, job, external.dns, 53));
      assert.ok(!canConnect(docs, job, external.kafka, kafkaPort));
      assert.ok(!canConnect(docs, job, pods.search, pods.search.ports.http));
      assert.ok(!canConnect(docs, pods.gateway, job, 3001));
      const policy = named(docs, 'NetworkPolicy', 'catalog-migrate');
      assert.ok(isHook(policy), 'must exist before the pre-install Job');
    });
  });
}
