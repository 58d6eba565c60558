import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canConnect, podOf } from './lib/netpol.mjs';
import { named, ofKind, podTemplate, rendered } from './lib/manifests.mjs';
import { namespace, renderCases } from './lib/paths.mjs';

/** The payment service's settings for bKash, Nagad and SSLCommerz, as Kubernetes would hand them to the process. */
function paymentSettings(id) {
  const docs = rendered(id);
  const container = podTemplate(named(docs, 'Deployment', 'payment')).spec.containers[0];
  const config = named(docs, 'ConfigMap', 'payment').data;
  const fromSecret = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.valueFrom?.secretKeyRef]));
  return { docs, container, config, fromSecret };
}

const credentials = [
  'BKASH_USERNAME', 'BKASH_PASSWORD', 'BKASH_APP_KEY', 'BKASH_APP_SECRET', 'NAGAD_MERCHANT_ID', 'NAGAD_MERCHANT_NUMBER',
  'NAGAD_PUBLIC_KEY', 'NAGAD_MERCHANT_PRIVATE_KEY', 'NAGAD_CLIENT_IP', 'SSLCOMMERZ_STORE_ID', 'SSLCOMMERZ_STORE_PASSWORD',
];

describe('online payments in production (values-prod.yaml)', () => {
  const { docs, config, fromSecret } = paymentSettings('prod');

  it('takes every method, against the providers\' live HTTPS hosts', () => {
    assert.equal(config.PAYMENT_METHODS_ENABLED, 'cod,bkash,nagad,sslcommerz');
    assert.equal(config.BKASH_BASE_URL, 'https://tokenized.pay.bka.sh/v1.2.0-beta');
    assert.equal(config.NAGAD_BASE_URL, 'https://api.mynagad.com/api/dfs');
    assert.equal(config.SSLCOMMERZ_BASE_URL, 'https://securepay.sslcommerz.com');
    assert.equal(config.PAYMENT_CALLBACK_BASE_URL, 'https://getit.com.bd/api/payments/callbacks');
    assert.equal(config.STOREFRONT_RETURN_URL, 'https://getit.com.bd/checkout/payment');
  });

  it('reads every merchant credential from payment-secrets, which External Secrets syncs from AWS Secrets Manager', () => {
    for (const name of credentials) {
      assert.equal(fromSecret[name]?.name, 'payment-secrets', `${name} comes from the Secret`);
      assert.equal(config[name], undefined, `${name} must not sit in the ConfigMap`);
    }
    const external = named(docs, 'ExternalSecret', 'payment-secrets');
    assert.equal(external.spec.secretStoreRef.name, 'aws-secrets-manager');
    assert.equal(external.spec.target.name, 'payment-secrets');
    const synced = Object.fromEntries(external.spec.data.map((d) => [d.secretKey, d.remoteRef]));
    for (const name of ['database-url', ...credentials.map((c) => fromSecret[c].key)]) {
      assert.deepEqual(synced[name], { key: 'getit/production/payment', property: name }, name);
    }
  });

  it('no ConfigMap anywhere carries a password, app secret or private key', () => {
    for (const configMap of ofKind(docs, 'ConfigMap').filter((c) => c.metadata.name !== 'grafana-dashboards')) {
      const leaked = Object.keys(configMap.data ?? {}).filter((key) => /PASSWORD|APP_SECRET|PRIVATE_KEY/.test(key));
      assert.deepEqual(leaked, [], configMap.metadata.name);
    }
  });
});

for (const { id } of renderCases) {
  describe(`online payments (${id})`, () => {
    const { docs, config } = paymentSettings(id);
    const pods = Object.fromEntries(ofKind(docs, 'Deployment').map((d) => [d.metadata.name, podOf(d, namespace)]));
    const bkash = { ip: '103.4.145.10' }; // a public address; the egress rule names no provider by address

    it('every provider base URL is HTTPS: the egress policy opens 443 only', () => {
      const urls = Object.entries(config).filter(([key]) => /_BASE_URL$/.test(key) && key !== 'PAYMENT_CALLBACK_BASE_URL');
      assert.ok(urls.length >= 2, 'provider base URLs are set');
      for (const [key, url] of urls) assert.match(url, /^https:\/\/[^/:]+(\/|$)/, key);
      for (const method of config.PAYMENT_METHODS_ENABLED.split(',').filter((m) => m !== 'cod')) {
        assert.ok(config[`${method.toUpperCase()}_BASE_URL`], `${method} is enabled without a base URL`);
      }
    });

    it('payment reaches the providers on 443; no other service but shipping (couriers) leaves the cluster', () => {
      assert.ok(canConnect(docs, pods.payment, bkash, 443));
      assert.ok(!canConnect(docs, pods.payment, bkash, 80));
      for (const [name, pod] of Object.entries(pods)) {
        if (name !== 'payment' && name !== 'shipping') assert.ok(!canConnect(docs, pod, bkash, 443), `${name} -> internet`);
      }
    });

    it('the payment migration Job does not get the internet rule', () => {
      const job = podOf(named(docs, 'Job', 'payment-migrate'), namespace);
      assert.ok(!canConnect(docs, job, bkash, 443));
    });
  });
}
