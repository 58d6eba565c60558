import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths the deploy tests use, independent of the working directory. */
export const deployDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(deployDir, '..');
export const chartDir = join(deployDir, 'helm/getit');
export const libChartDir = join(deployDir, 'helm/getit-lib');
export const grafanaDir = join(deployDir, 'grafana');
export const bootstrapDir = join(deployDir, 'k8s');
export const runbooksDir = join(repoRoot, 'docs/runbooks');
export const terraformDir = join(repoRoot, 'terraform');
export const runnerDir = join(deployDir, 'tools/helm-runner');
export const infraDir = join(repoRoot, '.infra/deploy');

/** Kubernetes version the charts are rendered for (helm template --kube-version). */
export const kubeVersion = '1.32.0';
export const releaseName = 'getit';
export const namespace = 'getit';

/** Each values file is linted and rendered; `base` is values.yaml alone. */
export const renderCases = [
  { id: 'base', values: [] },
  { id: 'dev', values: ['values-dev.yaml'] },
  { id: 'prod', values: ['values-prod.yaml'] },
];

/** Extra renders for behaviour the values files do not exercise (fixtures under test/fixtures). */
export const variantCases = [{ id: 'search-disabled', values: ['values-prod.yaml'], fixtures: ['search-disabled.yaml'] }];

/** Values that must make `helm template` fail, with the message it must fail with. */
export const negativeCases = [
  { fixture: 'bad-unknown-key.yaml', error: /additional properties 'replcas' not allowed/ },
  { fixture: 'bad-open-egress.yaml', error: /dependencies\/kafka\/to.*minItems/ },
  { fixture: 'bad-zero-capacity-pdb.yaml', error: /would block every eviction/ },
  { fixture: 'bad-unknown-dependency.yaml', error: /dependsOn names "elasticsearch"/ },
  { fixture: 'bad-secret-both-sources.yaml', error: /set either external or data, not both/ },
  { fixture: 'bad-open-cidr.yaml', error: /ipBlock\/cidr/ },
];

/** Set by run.mjs: where the runner wrote its outputs for this run. */
export function renderDir() {
  const dir = process.env.GETIT_DEPLOY_RENDER_DIR;
  if (!dir) throw new Error('GETIT_DEPLOY_RENDER_DIR is not set: run the suite through deploy/test/run.mjs');
  return dir;
}
