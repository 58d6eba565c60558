import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  bootstrapDir, chartDir, deployDir, infraDir, kubeVersion, libChartDir, namespace, negativeCases,
  releaseName, renderCases, repoRoot, variantCases,
} from './paths.mjs';
import { hashFiles, hashText } from './toolchain.mjs';

function yamlFilesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => /\.ya?ml$/.test(file) && !file.includes('values'))
    .sort()
    .map((file) => join(dir, file));
}

/** Job id for a deploy/k8s file, e.g. k8s/data/kafka.yaml -> k8s-data-kafka. */
export function bootstrapJobId(file) {
  return `k8s-${relative(bootstrapDir, file).replace(/\.ya?ml$/, '').replaceAll('/', '-')}`;
}

export function bootstrapFiles() {
  return yamlFilesUnder(bootstrapDir);
}

function jobLines() {
  const rel = (path) => relative(repoRoot, path);
  const values = (files) => files.map((file) => rel(join(chartDir, file))).join(',');
  const lines = [['lint', 'lint-lib', rel(libChartDir)]];
  for (const { id, values: files } of renderCases) {
    lines.push(['lint', `lint-${id}`, rel(chartDir), values(files)]);
    lines.push(['template', `tpl-${id}`, rel(chartDir), releaseName, namespace, values(files)]);
  }
  for (const { id, values: files, fixtures } of variantCases) {
    const all = [values(files), ...fixtures.map((f) => rel(join(deployDir, 'test/fixtures', f)))].join(',');
    lines.push(['template', `tpl-${id}`, rel(chartDir), releaseName, namespace, all]);
  }
  for (const { fixture } of negativeCases) {
    const file = rel(join(deployDir, 'test/fixtures', fixture));
    lines.push(['template', `neg-${fixture.replace(/\.yaml$/, '')}`, rel(chartDir), releaseName, namespace, file]);
  }
  for (const file of bootstrapFiles()) lines.push(['validate', bootstrapJobId(file), rel(file)]);
  return lines.map((fields) => fields.join('\t'));
}

/**
 * Lints and renders every chart/values combination, renders the negative fixtures and validates
 * deploy/k8s, all in one JVM. Outputs are cached under .infra/deploy/render/<hash of inputs>.
 */
export function renderAll(classpath, log) {
  const jobs = jobLines();
  const inputs = hashFiles([join(deployDir, 'helm'), join(deployDir, 'test/fixtures'), bootstrapDir]);
  const key = `${inputs}-${hashText([classpath, kubeVersion, ...jobs].join('\n'))}`;
  const root = join(infraDir, 'render');
  const outDir = join(root, key);
  if (existsSync(join(outDir, 'results.tsv'))) {
    log(`renders cached (${key})`);
    return outDir;
  }
  // Rendered in a directory of this process's own, then renamed into place: the e2e Prometheus test renders the
  // same inputs while `deploy:test` runs (nx runs two targets at once), and neither may delete the other's work.
  const workDir = join(root, `${key}.tmp-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const jobsFile = join(workDir, 'jobs.tsv');
  writeFileSync(jobsFile, jobs.join('\n') + '\n');
  log(`helm lint/template and strict schema checks: ${jobs.length} jobs in one JVM`);
  const java = spawnSync('java', ['-cp', classpath, 'getit.deploy.HelmRunner', jobsFile, workDir, kubeVersion], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  // Helm logs each time it follows files/dashboards -> deploy/grafana/dashboards; say it once.
  const noise = /found symbolic link in path/;
  const stderr = java.stderr.split('\n').filter((line) => line && !noise.test(line));
  if (noise.test(java.stderr)) log('helm followed the symlink files/dashboards -> deploy/grafana/dashboards');
  process.stdout.write(java.stdout);
  if (stderr.length) console.error(stderr.join('\n'));
  if (java.status !== 0) throw new Error(`helm runner exited with ${java.status}`);
  rmSync(join(workDir, 'stage'), { recursive: true, force: true });
  // Older renders go; another process's work in progress (*.tmp-<pid>) stays.
  for (const entry of readdirSync(root))
    if (entry !== key && !entry.includes('.tmp-')) rmSync(join(root, entry), { recursive: true, force: true });
  try {
    renameSync(workDir, outDir);
  } catch (error) {
    // Another process finished the same render first: use its copy.
    if (!existsSync(join(outDir, 'results.tsv'))) throw error;
    rmSync(workDir, { recursive: true, force: true });
  }
  return outDir;
}

/** results.tsv as { id: { status, millis } }. */
export function readResults(dir) {
  const rows = readFileSync(join(dir, 'results.tsv'), 'utf8').trim().split('\n');
  return Object.fromEntries(rows.map((row) => {
    const [id, status, millis] = row.split('\t');
    return [id, { status, millis: Number(millis) }];
  }));
}

export function readOutput(dir, id) {
  return readFileSync(join(dir, `${id}.out`), 'utf8');
}

/** validation.tsv rows from the Kubernetes Java models (unknown and missing fields). */
export function readStrictValidation(dir) {
  const text = readFileSync(join(dir, 'validation.tsv'), 'utf8').trim();
  if (!text) return [];
  return text.split('\n').map((row) => {
    const [id, index, apiVersion, kind, name, verdict, message] = row.split('\t');
    return { id, index: Number(index), apiVersion, kind, name, verdict, message };
  });
}
