import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { validateObject } from './lib/k8s-schema.mjs';
import { parseManifests, selects } from './lib/manifests.mjs';
import { bootstrapDir, chartDir, deployDir, renderDir } from './lib/paths.mjs';
import { bootstrapFiles, bootstrapJobId, readStrictValidation } from './lib/render.mjs';

const files = bootstrapFiles();
const docs = files.flatMap((file) => parseManifests(readFileSync(file, 'utf8'), file).map((doc) => ({ ...doc, file })));
const byKind = (kind) => docs.filter((doc) => doc.kind === kind);
const values = parse(readFileSync(`${chartDir}/values.yaml`, 'utf8'));
const devValues = parse(readFileSync(`${chartDir}/values-dev.yaml`, 'utf8'));
const strict = readStrictValidation(renderDir());

/** Labels the operators put on the pods they create for a custom resource. */
function podLabelsOf(doc) {
  switch (doc.kind) {
    case 'Cluster':
      return [{ 'cnpg.io/cluster': doc.metadata.name }];
    case 'KafkaNodePool': {
      const roles = Object.fromEntries(doc.spec.roles.map((role) => [`strimzi.io/${role}-role`, 'true']));
      return [{ 'strimzi.io/cluster': doc.metadata.labels['strimzi.io/cluster'], 'strimzi.io/pool-name': doc.metadata.name, ...roles }];
    }
    case 'OpenSearchCluster':
      return [{ 'opster.io/opensearch-cluster': doc.metadata.name }];
    case 'StatefulSet':
    case 'Deployment':
      return [doc.spec.template.metadata.labels];
    default:
      return [];
  }
}

describe('deploy/k8s bootstrap', () => {
  it('parses, and every object is namespaced into a namespace it creates', () => {
    const namespaces = new Set(byKind('Namespace').map((n) => n.metadata.name));
    for (const doc of docs) {
      if (['Namespace', 'ClusterSecretStore'].includes(doc.kind)) continue;
      assert.ok(namespaces.has(doc.metadata.namespace), `${doc.kind}/${doc.metadata.name}: namespace ${doc.metadata.namespace}`);
    }
  });

  it('built-in kinds and External Secrets validate against their schemas', async () => {
    const problems = [];
    for (const doc of docs) {
      const error = await validateObject(doc);
      if (error && error !== 'no-schema') problems.push(`${doc.kind}/${doc.metadata.name}: ${error}`);
    }
    assert.deepEqual(problems, []);
    for (const file of files) {
      const rows = strict.filter((row) => row.id === bootstrapJobId(file));
      assert.ok(rows.length, `${relative(deployDir, file)} was not validated`);
      assert.deepEqual(rows.filter((r) => r.verdict === 'error').map((r) => `${r.kind}/${r.name}: ${r.message}`), []);
    }
  });

  it('Kafka runs in KRaft mode with node pools: three controllers, three brokers', () => {
    const [kafka] = byKind('Kafka');
    assert.equal(kafka.apiVersion, 'kafka.strimzi.io/v1beta2');
    assert.equal(kafka.metadata.annotations['strimzi.io/kraft'], 'enabled');
    assert.equal(kafka.metadata.annotations['strimzi.io/node-pools'], 'enabled');
    assert.equal(kafka.spec.zookeeper, undefined);
    assert.equal(kafka.spec.kafka.replicas, undefined, 'replicas belong to the node pools');
    const pools = byKind('KafkaNodePool').filter((p) => p.metadata.labels['strimzi.io/cluster'] === kafka.metadata.name);
    const replicas = (role) => pools.filter((p) => p.spec.roles.includes(role)).reduce((n, p) => n + p.spec.replicas, 0);
    assert.ok(replicas('controller') >= 3 && replicas('controller') % 2 === 1, 'an odd controller quorum of 3+');
    assert.ok(replicas('broker') >= kafka.spec.kafka.config['min.insync.replicas'] + 1);
    for (const pool of pools) assert.ok(pool.spec.storage.volumes.some((v) => v.kraftMetadata === 'shared'));
  });

  it('PostgreSQL: a CloudNativePG cluster per database the chart names, with the app Secret dev uses', () => {
    const clusters = byKind('Cluster');
    for (const cluster of clusters) {
      assert.equal(cluster.apiVersion, 'postgresql.cnpg.io/v1');
      assert.ok(cluster.spec.instances >= 2, `${cluster.metadata.name}: a standby`);
      assert.equal(cluster.spec.bootstrap.initdb.owner, 'app');
    }
    for (const [name, service] of Object.entries(devValues.services)) {
      const secret = service.secret?.existingSecret;
      if (secret) assert.ok(clusters.some((c) => `${c.metadata.name}-app` === secret), `${name}: ${secret} is not created by CloudNativePG`);
    }
  });

  it('every in-cluster dependency in the chart selects pods defined here, on a port they serve', () => {
    const pods = docs.flatMap((doc) => podLabelsOf(doc).map((labels) => ({ doc, labels })));
    for (const [name, dependency] of Object.entries(values.dependencies)) {
      if (name === 'otel-collector') continue; // the collector is installed with the observability stack
      for (const peer of dependency.to) {
        const namespace = peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name'];
        const matches = pods.filter(({ doc, labels }) => doc.metadata.namespace === namespace && selects(peer.podSelector, labels));
        assert.ok(matches.length, `dependencies.${name} selects no pod in deploy/k8s`);
      }
    }
    const [kafka] = byKind('Kafka');
    const brokers = values.dependencies.kafka.env.KAFKA_BROKERS;
    assert.equal(brokers, `${kafka.metadata.name}-kafka-bootstrap.${kafka.metadata.namespace}.svc:9092`);
    assert.ok(kafka.spec.kafka.listeners.some((l) => l.port === 9092 && l.tls === false));
    const redis = byKind('Service').find((s) => s.metadata.name === 'getit-redis');
    assert.ok(devValues.services.gateway.secret.data['redis-url'].startsWith(`redis://${redis.metadata.name}.${redis.metadata.namespace}.svc:6379`));
  });

  it('Redis runs hardened', () => {
    const [redis] = byKind('StatefulSet');
    const pod = redis.spec.template.spec;
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.equal(pod.automountServiceAccountToken, false);
    const container = pod.containers[0];
    assert.equal(container.securityContext.readOnlyRootFilesystem, true);
    assert.deepEqual(container.securityContext.capabilities.drop, ['ALL']);
    assert.ok(container.resources.limits.memory);
  });

  it('README names each operator with its version', () => {
    const readme = readFileSync(`${bootstrapDir}/README.md`, 'utf8');
    for (const operator of ['Strimzi', 'CloudNativePG', 'OpenSearch', 'External Secrets', 'Prometheus Adapter']) {
      assert.match(readme, new RegExp(`${operator}[^|]*\\|\\s*[^|]*\\d+\\.\\d+`), operator);
    }
  });
});
