import { parseAllDocuments } from 'yaml';
import { readOutput } from './render.mjs';
import { renderDir } from './paths.mjs';

/** Parses multi-document YAML strictly (duplicate keys and syntax errors throw). */
export function parseManifests(text, source) {
  return parseAllDocuments(text, { uniqueKeys: true })
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return doc.toJS();
    })
    .filter((doc) => doc && typeof doc === 'object');
}

const cache = new Map();

/** The objects `helm template` rendered for one case (base, dev, prod). */
export function rendered(caseId) {
  if (!cache.has(caseId)) {
    cache.set(caseId, parseManifests(readOutput(renderDir(), `tpl-${caseId}`), `tpl-${caseId}`));
  }
  return cache.get(caseId);
}

export const ofKind = (docs, kind) => docs.filter((doc) => doc.kind === kind);
export const named = (docs, kind, name) => docs.find((doc) => doc.kind === kind && doc.metadata?.name === name);
export const isHook = (doc) => Boolean(doc.metadata?.annotations?.['helm.sh/hook']);

/** Kubernetes label-selector semantics for matchLabels (and an empty selector matching all). */
export function selects(selector, labels = {}) {
  const match = selector?.matchLabels ?? {};
  if ((selector?.matchExpressions ?? []).length) throw new Error('matchExpressions are not used by these charts');
  return Object.entries(match).every(([key, value]) => labels[key] === value);
}

/** The pod template of a workload (Deployment, StatefulSet, Job). */
export const podTemplate = (doc) => doc.spec?.template;
