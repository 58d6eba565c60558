import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHook, named, ofKind, podTemplate, rendered, selects } from './lib/manifests.mjs';
import { renderCases } from './lib/paths.mjs';
import { runtimeEnv } from '../../tools/bench/lib/runtime-env.mjs';

/** Mi of a Kubernetes quantity (Mi, Gi, M, G or bytes). */
function mebibytes(quantity) {
  const m = /^(\d+(?:\.\d+)?)(Mi|Gi|M|G)?$/.exec(String(quantity));
  assert.ok(m, `memory quantity ${quantity}`);
  const n = Number(m[1]);
  return { Mi: n, Gi: n * 1024, M: (n * 1e6) / 2 ** 20, G: (n * 1e9) / 2 ** 20 }[m[2]] ?? n / 2 ** 20;
}

// The services' images cap V8's old generation (Dockerfile, stage runtime); a memory limit below that cap plus the
// process' native memory would kill the pod before V8 could collect (docs/adr/0019).
const oldSpaceMi = Number(/--max-old-space-size=(\d+)/.exec(runtimeEnv().NODE_OPTIONS ?? '')?.[1]);
const NATIVE_MI = 160;

const recommendedLabels = ['name', 'instance', 'version', 'component', 'part-of', 'managed-by']
  .map((key) => `app.kubernetes.io/${key}`);

function assertHardenedPod(where, pod) {
  const spec = pod.spec;
  assert.equal(spec.automountServiceAccountToken, false, `${where}: service account token is mounted`);
  assert.equal(spec.securityContext?.runAsNonRoot, true, `${where}: pod runAsNonRoot`);
  assert.equal(spec.securityContext?.runAsUser, 10001, `${where}: pod uid`);
  assert.equal(spec.securityContext?.seccompProfile?.type, 'RuntimeDefault', `${where}: pod seccomp`);
  for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
    const ctx = container.securityContext ?? {};
    const at = `${where} container ${container.name}`;
    assert.equal(ctx.runAsNonRoot, true, `${at}: runAsNonRoot`);
    assert.equal(ctx.readOnlyRootFilesystem, true, `${at}: readOnlyRootFilesystem`);
    assert.equal(ctx.allowPrivilegeEscalation, false, `${at}: allowPrivilegeEscalation`);
    assert.deepEqual(ctx.capabilities?.drop, ['ALL'], `${at}: capabilities.drop`);
    assert.ok(!ctx.capabilities?.add?.length, `${at}: adds capabilities`);
    assert.equal(ctx.seccompProfile?.type, 'RuntimeDefault', `${at}: seccomp`);
    for (const kind of ['requests', 'limits']) {
      assert.ok(container.resources?.[kind]?.cpu && container.resources?.[kind]?.memory, `${at}: ${kind}`);
    }
  }
}

for (const { id } of renderCases) {
  describe(`workloads (${id})`, () => {
    const docs = rendered(id);
    const deployments = ofKind(docs, 'Deployment');
    const hpas = ofKind(docs, 'HorizontalPodAutoscaler');
    const pdbs = ofKind(docs, 'PodDisruptionBudget');

    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const pod = podTemplate(deployment);
      const labels = pod.metadata.labels;

      it(`${name}: recommended labels and an image of ghcr.io/getit/${name}`, () => {
        for (const key of recommendedLabels) assert.ok(deployment.metadata.labels[key], `missing ${key}`);
        for (const key of recommendedLabels) assert.ok(labels[key], `pod missing ${key}`);
        assert.match(pod.spec.containers[0].image, new RegExp(`^ghcr\\.io/getit/${name}[:@]`));
        // The storefront is Next's standalone server (Dockerfile stage `storefront`), the services are Nest builds.
        const main = name === 'storefront' ? 'apps/storefront/server.js' : `dist/apps/${name}/src/main.js`;
        assert.deepEqual(pod.spec.containers[0].command, ['node', main]);
      });

      if (name !== 'storefront')
        it(`${name}: memory limit above the image's V8 heap cap plus native memory`, () => {
          assert.ok(oldSpaceMi > 0, 'the Dockerfile runtime stage sets --max-old-space-size');
          const limit = mebibytes(pod.spec.containers[0].resources.limits.memory);
          assert.ok(limit >= oldSpaceMi + NATIVE_MI, `${name}: limit ${limit} Mi < ${oldSpaceMi} + ${NATIVE_MI} Mi`);
        });

      it(`${name}: hardened pod, own service account, requests and limits`, () => {
        assertHardenedPod(name, pod);
        const account = named(docs, 'ServiceAccount', pod.spec.serviceAccountName);
        assert.ok(account, `service account ${pod.spec.serviceAccountName} is not rendered`);
        assert.equal(account.automountServiceAccountToken, false);
        const users = deployments.filter((d) => podTemplate(d).spec.serviceAccountName === pod.spec.serviceAccountName);
        assert.equal(users.length, 1, 'service accounts are not shared');
      });

      it(`${name}: startup and liveness probe /healthz, readiness probe /readyz`, () => {
        const container = pod.spec.containers[0];
        assert.equal(container.startupProbe?.httpGet?.path, '/healthz');
        assert.equal(container.livenessProbe?.httpGet?.path, '/healthz');
        assert.equal(container.readinessProbe?.httpGet?.path, name === 'storefront' ? '/healthz' : '/readyz');
        const port = container.ports.find((p) => p.name === 'http');
        assert.ok(port, 'an http port');
        const env = named(docs, 'ConfigMap', name).data;
        assert.equal(env.PORT, String(port.containerPort));
        assert.equal(env.SERVICE_NAME, name);
      });

      it(`${name}: spreads over zones and nodes`, () => {
        const keys = (pod.spec.topologySpreadConstraints ?? []).map((c) => c.topologyKey).sort();
        assert.deepEqual(keys, ['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
        for (const constraint of pod.spec.topologySpreadConstraints) assert.ok(selects(constraint.labelSelector, labels));
      });

      it(`${name}: an HPA on CPU that owns the replica count`, () => {
        const hpa = hpas.find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
        assert.ok(hpa, 'no HPA');
        assert.ok(hpa.spec.metrics.some((m) => m.type === 'Resource' && m.resource.name === 'cpu'));
        assert.ok(hpa.spec.minReplicas <= hpa.spec.maxReplicas);
        assert.equal(deployment.spec.replicas, undefined, 'replicas set next to an HPA resets scaling on each upgrade');
      });

      it(`${name}: a PDB that selects it and never blocks a drain`, () => {
        const matching = pdbs.filter((p) => selects(p.spec.selector, labels));
        assert.equal(matching.length, 1, 'exactly one PDB');
        const [pdb] = matching;
        const hpa = hpas.find((h) => h.spec.scaleTargetRef.name === name);
        if ('maxUnavailable' in pdb.spec) assert.ok(pdb.spec.maxUnavailable >= 1, 'maxUnavailable >= 1');
        else assert.ok(pdb.spec.minAvailable < hpa.spec.minReplicas, 'minAvailable below minReplicas');
      });

      it(`${name}: a Service and a ServiceMonitor on the http port`, () => {
        const service = named(docs, 'Service', name);
        assert.ok(service && selects({ matchLabels: service.spec.selector }, labels));
        const monitor = ofKind(docs, 'ServiceMonitor').find((m) => selects(m.spec.selector, service.metadata.labels));
        assert.ok(monitor, 'no ServiceMonitor selects the Service');
        assert.deepEqual(monitor.spec.endpoints.map((e) => [e.port, e.path, e.honorLabels]), [['http', '/metrics', true]]);
      });
    }

    it('Kafka consumers also scale on consumer lag (when enabled)', () => {
      const search = hpas.find((h) => h.metadata.name === 'search');
      const external = search.spec.metrics.filter((m) => m.type === 'External');
      if (id === 'dev') return assert.equal(external.length, 0);
      assert.equal(external.length, 1);
      assert.equal(external[0].external.metric.selector.matchLabels.service, 'search');
      const gateway = hpas.find((h) => h.metadata.name === 'gateway');
      assert.ok(!gateway.spec.metrics.some((m) => m.type === 'External'));
    });

    it('services with a database migrate in a pre-install/pre-upgrade hook Job', () => {
      const jobs = ofKind(docs, 'Job');
      assert.deepEqual(jobs.map((j) => j.metadata.name).sort(), ['auth-migrate', 'catalog-migrate', 'inventory-migrate', 'order-migrate', 'payment-migrate', 'search-migrate', 'shipping-migrate']);
      for (const job of jobs) {
        const hook = job.metadata.annotations;
        assert.equal(hook['helm.sh/hook'], 'pre-install,pre-upgrade');
        const container = job.spec.template.spec.containers[0];
        assert.deepEqual(container.args, ['migrate']);
        const service = job.metadata.labels['app.kubernetes.io/name'];
        assert.equal(named(docs, 'ConfigMap', service).data.MIGRATE_ON_START, 'false', 'pods must not migrate on start');
        assert.ok(container.env.some((e) => e.name === 'DATABASE_URL' && e.valueFrom?.secretKeyRef));
        assertHardenedPod(job.metadata.name, job.spec.template);
        // Everything the Job uses must exist before it, i.e. be a hook with a lower weight.
        const before = (doc) => isHook(doc) && Number(doc.metadata.annotations['helm.sh/hook-weight']) < Number(hook['helm.sh/hook-weight']);
        const account = named(docs, 'ServiceAccount', job.spec.template.spec.serviceAccountName);
        assert.ok(account && before(account), 'its service account is an earlier hook');
        const policy = ofKind(docs, 'NetworkPolicy').find((p) => selects(p.spec.podSelector, job.spec.template.metadata.labels) && p.spec.podSelector.matchLabels);
        assert.ok(policy && before(policy), 'its network policy is an earlier hook');
        const secretName = container.env.find((e) => e.name === 'DATABASE_URL').valueFrom.secretKeyRef.name;
        const secret = named(docs, 'Secret', secretName) ?? named(docs, 'ExternalSecret', secretName);
        if (secret) assert.ok(before(secret), `${secretName} is chart-owned, so it must be an earlier hook`);
        const routed = ofKind(docs, 'Service').find((s) => selects({ matchLabels: s.spec.selector }, job.spec.template.metadata.labels));
        assert.equal(routed, undefined, 'a Service would route traffic to the migration pod');
      }
    });

    it('every secret reference points at a Secret the chart renders or a named external one', () => {
      const external = { base: ['gateway-secrets', 'catalog-secrets', 'search-secrets', 'auth-secrets', 'inventory-secrets', 'shipping-secrets', 'order-secrets', 'payment-secrets'], dev: ['catalog-db-app', 'search-db-app', 'auth-secrets', 'inventory-db-app', 'shipping-db-app', 'order-db-app', 'payment-db-app'], prod: [] }[id];
      const owned = new Set([...ofKind(docs, 'Secret'), ...ofKind(docs, 'ExternalSecret')].map((s) => s.metadata.name));
      for (const workload of [...deployments, ...ofKind(docs, 'Job')]) {
        for (const container of podTemplate(workload).spec.containers) {
          for (const env of container.env ?? []) {
            const name = env.valueFrom?.secretKeyRef?.name;
            if (name) assert.ok(owned.has(name) || external.includes(name), `${workload.metadata.name}: ${name}`);
          }
        }
      }
    });
  });
}

describe('production specifics', () => {
  const docs = rendered('prod');
  it('secrets come from AWS Secrets Manager through External Secrets, none inline', () => {
    assert.deepEqual(ofKind(docs, 'Secret'), []);
    const names = ofKind(docs, 'ExternalSecret').filter((e) => !isHook(e)).map((e) => e.metadata.name).sort();
    assert.deepEqual(names, ['auth-secrets', 'catalog-secrets', 'gateway-secrets', 'inventory-secrets', 'order-secrets', 'payment-secrets', 'search-secrets', 'shipping-secrets']);
  });

  it('pods must spread across zones, at least three replicas each', () => {
    for (const deployment of ofKind(docs, 'Deployment')) {
      const zone = podTemplate(deployment).spec.topologySpreadConstraints.find((c) => c.topologyKey.includes('zone'));
      assert.equal(zone.whenUnsatisfiable, 'DoNotSchedule');
    }
    for (const hpa of ofKind(docs, 'HorizontalPodAutoscaler')) assert.ok(hpa.spec.minReplicas >= 3);
  });

  it('gateway URLs for its callees follow the Services', () => {
    const env = named(docs, 'ConfigMap', 'gateway').data;
    assert.equal(env.CATALOG_URL, 'http://catalog:3001');
    assert.equal(env.SEARCH_URL, 'http://search:3002');
    assert.equal(env.AUTH_URL, 'http://auth:3003');
    assert.equal(env.INVENTORY_URL, 'http://inventory:3004');
    assert.equal(env.SHIPPING_URL, 'http://shipping:3005');
    assert.equal(env.ORDER_URL, 'http://order:3006');
    assert.equal(env.PAYMENT_URL, 'http://payment:3007');
    assert.equal(named(docs, 'ConfigMap', 'order').data.SHIPPING_URL, 'http://shipping:3005');
    assert.equal(named(docs, 'ConfigMap', 'catalog').data.KAFKA_CLIENT_ID, 'catalog');
    assert.match(env.OTEL_EXPORTER_OTLP_ENDPOINT, /^http/);
  });
});
