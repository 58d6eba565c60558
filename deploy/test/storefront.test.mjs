import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canConnect, podOf } from './lib/netpol.mjs';
import { named, ofKind, podTemplate, rendered, selects } from './lib/manifests.mjs';
import { namespace } from './lib/paths.mjs';

const ingressController = {
  namespace: 'ingress-nginx',
  labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
};

/** Which Service an Ingress sends host+path to (longest prefix wins, as with ingress-nginx). */
function route(docs, host, path) {
  const candidates = ofKind(docs, 'Ingress').flatMap((ingress) => ingress.spec.rules
    .filter((rule) => rule.host === host)
    .flatMap((rule) => rule.http.paths
      .filter((p) => p.pathType === 'Prefix' && (path === p.path || path.startsWith(p.path.replace(/\/?$/, '/')) || p.path === '/'))
      .map((p) => ({ length: p.path.length, service: p.backend.service.name }))));
  return candidates.sort((a, b) => b.length - a.length)[0]?.service;
}

describe('storefront (values-prod.yaml)', () => {
  const docs = rendered('prod');
  const deployment = named(docs, 'Deployment', 'storefront');
  const pod = podTemplate(deployment);
  const container = pod.spec.containers[0];

  it('runs Next\'s standalone server from its image, on PORT, talking to the gateway', () => {
    assert.match(container.image, /^ghcr\.io\/getit\/storefront[:@]/);
    assert.deepEqual(container.command, ['node', 'apps/storefront/server.js']);
    const env = named(docs, 'ConfigMap', 'storefront').data;
    assert.equal(env.PORT, '3010');
    assert.equal(env.GATEWAY_URL, 'http://gateway:3000');
    assert.equal(env.HOSTNAME, '0.0.0.0');
    assert.equal(env.PUBLIC_URL, 'https://getit.com.bd');
    assert.equal(env.OTEL_EXPORTER_OTLP_ENDPOINT, undefined);
    assert.equal(container.env, undefined, 'no secrets');
  });

  it('scales with an HPA and keeps a PDB that never blocks a drain', () => {
    const hpa = ofKind(docs, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === 'storefront');
    assert.equal(hpa.spec.minReplicas, 3);
    assert.equal(hpa.spec.maxReplicas, 16);
    assert.ok(hpa.spec.metrics.every((m) => m.type === 'Resource'), 'no Kafka lag metric for a web app');
    const pdb = ofKind(docs, 'PodDisruptionBudget').find((p) => selects(p.spec.selector, pod.metadata.labels));
    assert.equal(pdb.spec.maxUnavailable, 1);
  });

  it('NetworkPolicy: ingress from the ingress controller (and Prometheus) only, egress to DNS and the gateway only', () => {
    const policy = named(docs, 'NetworkPolicy', 'storefront');
    const peers = policy.spec.ingress.flatMap((rule) => rule.from.map((peer) => peer.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] ?? 'same namespace'));
    assert.deepEqual(peers.sort(), ['ingress-nginx', 'monitoring']);
    const egressTo = policy.spec.egress.map((rule) => rule.to.map((peer) => peer.podSelector?.matchLabels['app.kubernetes.io/name'] ?? peer.podSelector?.matchLabels['k8s-app']));
    assert.deepEqual(egressTo, [['kube-dns'], ['gateway']]);
    const storefront = podOf(deployment, namespace);
    const gateway = podOf(named(docs, 'Deployment', 'gateway'), namespace);
    assert.ok(canConnect(docs, ingressController, storefront, 3010));
    assert.ok(canConnect(docs, storefront, gateway, 3000));
    assert.ok(!canConnect(docs, storefront, podOf(named(docs, 'Deployment', 'catalog'), namespace), 3001));
  });

  it('one host: / goes to the storefront, /api to the gateway; api.getit.com.bd stays on the gateway', () => {
    assert.equal(route(docs, 'getit.com.bd', '/'), 'storefront');
    assert.equal(route(docs, 'getit.com.bd', '/bn/p/jamdani-saree'), 'storefront');
    assert.equal(route(docs, 'getit.com.bd', '/checkout/payment'), 'storefront');
    assert.equal(route(docs, 'getit.com.bd', '/api/products'), 'gateway');
    assert.equal(route(docs, 'getit.com.bd', '/api/payments/callbacks/bkash'), 'gateway');
    assert.equal(route(docs, 'getit.com.bd', '/apiary'), 'storefront');
    assert.equal(route(docs, 'api.getit.com.bd', '/api/products'), 'gateway');
    for (const ingress of ofKind(docs, 'Ingress')) {
      assert.deepEqual(ingress.spec.tls.flatMap((t) => t.hosts).filter((h) => h === 'getit.com.bd'), ['getit.com.bd']);
    }
  });
});
