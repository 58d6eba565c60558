/**
 * Validates objects against the Kubernetes OpenAPI schemas compiled into kubernetes-models
 * (types, required fields, formats such as quantities) and, for the custom resources the charts
 * render, the CRD schemas of prometheus-operator and external-secrets. Unknown fields are caught
 * separately by the helm runner's Java model validators (see validation.tsv).
 */
const packages = {
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
  'external-secrets.io': '@kubernetes-models/external-secrets',
};

function modulePath(apiVersion) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (packages[group]) return `${packages[group]}/${group}/${version}`;
  if (group.includes('.') && !group.endsWith('.k8s.io')) return null;
  return group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
}

const modules = new Map();

/** Returns null when valid, 'no-schema' when no model covers the kind, or the error message. */
export async function validateObject(doc) {
  const path = modulePath(doc.apiVersion ?? '');
  if (!path) return 'no-schema';
  if (!modules.has(path)) modules.set(path, await import(path).catch(() => null));
  const Model = modules.get(path)?.[doc.kind];
  if (typeof Model !== 'function') return 'no-schema';
  try {
    new Model(doc).validate();
    return null;
  } catch (error) {
    return error.message;
  }
}
