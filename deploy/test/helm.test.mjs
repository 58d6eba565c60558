import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negativeCases, renderCases, renderDir } from './lib/paths.mjs';
import { readOutput, readResults } from './lib/render.mjs';
import { rendered } from './lib/manifests.mjs';

const results = readResults(renderDir());

describe('helm lint (strict)', () => {
  for (const id of ['lib', ...renderCases.map((c) => c.id)]) {
    it(`passes for ${id}`, () => {
      assert.equal(results[`lint-${id}`]?.status, 'ok', readOutput(renderDir(), `lint-${id}`));
      assert.doesNotMatch(readOutput(renderDir(), `lint-${id}`), /\[(WARNING|ERROR)\]/);
    });
  }
});

describe('helm template', () => {
  for (const { id } of renderCases) {
    it(`renders ${id} into parseable YAML with the eight services and the storefront`, () => {
      assert.equal(results[`tpl-${id}`]?.status, 'ok', readOutput(renderDir(), `tpl-${id}`));
      const names = rendered(id).filter((d) => d.kind === 'Deployment').map((d) => d.metadata.name).sort();
      assert.deepEqual(names, ['auth', 'catalog', 'gateway', 'inventory', 'order', 'payment', 'search', 'shipping', 'storefront']);
    });
  }

  it('renders nothing of a disabled service and keeps the others', () => {
    assert.equal(results['tpl-search-disabled']?.status, 'ok', readOutput(renderDir(), 'tpl-search-disabled'));
    const docs = rendered('search-disabled');
    const search = docs.filter((d) => d.metadata.labels?.['app.kubernetes.io/name'] === 'search');
    assert.deepEqual(search.map((d) => `${d.kind}/${d.metadata.name}`), []);
    const deployments = docs.filter((d) => d.kind === 'Deployment').map((d) => d.metadata.name).sort();
    assert.deepEqual(deployments, ['auth', 'catalog', 'gateway', 'inventory', 'order', 'payment', 'shipping', 'storefront']);
  });
});

describe('chart guards refuse unsafe values', () => {
  for (const { fixture, error } of negativeCases) {
    it(fixture, () => {
      const id = `neg-${fixture.replace(/\.yaml$/, '')}`;
      assert.equal(results[id]?.status, 'fail', `${fixture} rendered, but should have failed`);
      assert.match(readOutput(renderDir(), id), error);
    });
  }
});
