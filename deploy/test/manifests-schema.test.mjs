import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateObject } from './lib/k8s-schema.mjs';
import { rendered } from './lib/manifests.mjs';
import { renderCases, renderDir, variantCases } from './lib/paths.mjs';
import { readStrictValidation } from './lib/render.mjs';

const cases = [...renderCases, ...variantCases].map((c) => c.id);
const strict = readStrictValidation(renderDir());
// Custom resources the charts render; each has a schema below or in kubernetes-models packages.
const customKinds = new Set(['ServiceMonitor', 'PrometheusRule', 'ExternalSecret']);

describe('rendered manifests match the Kubernetes OpenAPI schemas (kubernetes-models)', () => {
  for (const id of cases) {
    it(`${id}: every object validates, and every kind has a schema`, async () => {
      const problems = [];
      for (const doc of rendered(id)) {
        const error = await validateObject(doc);
        if (error) problems.push(`${doc.kind}/${doc.metadata?.name}: ${error}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('rendered manifests have no unknown or missing fields (Kubernetes Java models)', () => {
  for (const id of cases) {
    it(`${id}: strict validation`, () => {
      const rows = strict.filter((row) => row.id === `tpl-${id}`);
      assert.ok(rows.length > 20, `expected the runner to validate tpl-${id}`);
      const errors = rows.filter((row) => row.verdict === 'error').map((r) => `${r.kind}/${r.name}: ${r.message}`);
      assert.deepEqual(errors, []);
      const uncovered = rows.filter((row) => row.verdict === 'no-schema' && !customKinds.has(row.kind));
      assert.deepEqual(uncovered.map((r) => `${r.apiVersion} ${r.kind}`), []);
    });
  }

  it('catches a typo, so a clean result means something', async () => {
    const typo = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { ports: [{ port: 'eighty' }] } };
    assert.match(await validateObject(typo), /port/);
  });
});
