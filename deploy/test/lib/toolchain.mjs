import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { infraDir, runnerDir } from './paths.mjs';

/** sha256 over the contents of files (and directories, recursively), in a stable order. */
export function hashFiles(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(path).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  paths.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

export function hashText(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** promtool ships in Debian's prometheus package; install it only when it is missing. */
export function ensurePromtool(log) {
  if (commandExists('promtool')) return 'promtool';
  if (process.getuid?.() !== 0) {
    throw new Error('promtool is missing and this user cannot apt-get install it: apt-get install -y prometheus');
  }
  log('promtool missing: apt-get update && apt-get install -y --no-install-recommends prometheus');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus'], { stdio: 'inherit', env });
  return 'promtool';
}

/**
 * Compiles deploy/tools/helm-runner with Maven once per content hash of its pom and source, into
 * .infra/deploy/helm-runner/<hash>/, and returns the java classpath. A warm run does no Maven.
 */
export function ensureHelmRunner(log) {
  const key = hashFiles([join(runnerDir, 'pom.xml'), join(runnerDir, 'src')]);
  const buildDir = join(infraDir, 'helm-runner', key);
  const classpathFile = join(buildDir, 'classpath.txt');
  if (!existsSync(join(buildDir, 'ready'))) {
    // Built in a directory of this process's own and renamed into place, so a concurrent build (the e2e
    // Prometheus test beside `deploy:test`) never reads half-written classes.
    const workDir = `${buildDir}.tmp-${process.pid}`;
    log(`building helm runner with Maven into ${relative(process.cwd(), buildDir)}`);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const maven = spawnSync(
      'mvn',
      ['-q', '-B', '-Dstyle.color=never', '-f', join(runnerDir, 'pom.xml'), `-Drunner.buildDir=${workDir}`,
        `-Dmdep.outputFile=${join(workDir, 'classpath.txt')}`, 'compile', 'dependency:build-classpath'],
      { encoding: 'utf8' },
    );
    if (maven.status !== 0) throw new Error(`Maven build of the helm runner failed:\n${maven.stdout}\n${maven.stderr}`);
    writeFileSync(join(workDir, 'ready'), new Date().toISOString());
    if (!existsSync(join(buildDir, 'ready'))) rmSync(buildDir, { recursive: true, force: true });
    try {
      renameSync(workDir, buildDir);
    } catch (error) {
      if (!existsSync(join(buildDir, 'ready'))) throw error;
      rmSync(workDir, { recursive: true, force: true });
    }
  } else {
    log(`helm runner cached (${key})`);
  }
  return `${join(buildDir, 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
}
