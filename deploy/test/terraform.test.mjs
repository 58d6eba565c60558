import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { format } from '@cdktf/hcl-tools';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';
import { cidrContains } from './lib/netpol.mjs';
import { chartDir, repoRoot, terraformDir } from './lib/paths.mjs';

/**
 * No terraform binary here, so: HashiCorp's HCL parser (hcl2json, WebAssembly) for syntax,
 * hclwrite.Format (the formatter inside `terraform fmt`) for formatting, and reference checks
 * that stand in for the parts of `terraform validate` that need no provider schemas.
 */
const tfFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.tf')).sort().map((f) => join(dir, f));
const modulesDir = join(terraformDir, 'modules');
const modules = readdirSync(modulesDir).sort();
const environments = readdirSync(join(terraformDir, 'environments')).sort();
const roots = [...modules.map((m) => join(modulesDir, m)), ...environments.map((e) => join(terraformDir, 'environments', e))];

async function load(dir) {
  const files = tfFiles(dir);
  const parsed = await Promise.all(files.map(async (file) => parseHcl(file, readFileSync(file, 'utf8'))));
  const merged = {};
  for (const doc of parsed) {
    for (const [block, entries] of Object.entries(doc)) {
      merged[block] = Array.isArray(entries) ? [...(merged[block] ?? []), ...entries] : { ...(merged[block] ?? {}), ...entries };
    }
  }
  const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  return { files, hcl: merged, text };
}

const loaded = Object.fromEntries(await Promise.all(roots.map(async (dir) => [dir, await load(dir)])));
const rel = (path) => relative(repoRoot, path);

describe('terraform', () => {
  it('has the five service modules plus network, and both environments', () => {
    assert.deepEqual(modules, ['cluster', 'kafka', 'network', 'postgres', 'redis', 'search']);
    assert.deepEqual(environments, ['production', 'staging']);
  });

  for (const dir of roots) {
    describe(rel(dir), () => {
      const { files, hcl, text } = loaded[dir];

      it('is `terraform fmt` clean', async () => {
        for (const file of files) {
          const source = readFileSync(file, 'utf8');
          assert.equal(await format(source), source, `${rel(file)} is not formatted`);
        }
      });

      it('pins Terraform and its providers', () => {
        const [terraform] = hcl.terraform ?? [];
        assert.ok(terraform?.required_version, 'required_version');
        for (const [name, provider] of Object.entries(terraform.required_providers[0])) {
          assert.match(provider.version, /^~> \d+\.\d+$/, `${name} version`);
        }
      });

      it('declares every variable with a type and description, every output with a description', () => {
        for (const [name, [variable]] of Object.entries(hcl.variable ?? {})) {
          assert.ok(variable.type && variable.description, `variable ${name}`);
        }
        for (const [name, [output]] of Object.entries(hcl.output ?? {})) assert.ok(output.description, `output ${name}`);
      });

      it('references only variables, locals, resources and data sources it declares', () => {
        const declared = (block) => new Set(Object.keys(hcl[block] ?? {}));
        const locals = new Set((hcl.locals ?? []).flatMap((l) => Object.keys(l)));
        const resources = new Set(Object.entries(hcl.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)));
        const data = new Set(Object.entries(hcl.data ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)));
        const missing = [];
        for (const [, name] of text.matchAll(/\bvar\.([a-z0-9_]+)/g)) if (!declared('variable').has(name)) missing.push(`var.${name}`);
        for (const [, name] of text.matchAll(/\blocal\.([a-z0-9_]+)/g)) if (!locals.has(name)) missing.push(`local.${name}`);
        for (const [, ref] of text.matchAll(/\bdata\.([a-z0-9_]+\.[a-z0-9_]+)/g)) if (!data.has(ref)) missing.push(`data.${ref}`);
        for (const [, ref] of text.matchAll(/(?<![.\w"])((?:aws|random|tls)_[a-z0-9_]+\.[a-z0-9_]+)\b/g)) {
          if (!resources.has(ref)) missing.push(ref);
        }
        assert.deepEqual([...new Set(missing)], []);
      });
    });
  }

  for (const environment of environments) {
    it(`environments/${environment}: module calls match the modules' variables and outputs`, () => {
      const dir = join(terraformDir, 'environments', environment);
      const { hcl, text } = loaded[dir];
      for (const [name, [call]] of Object.entries(hcl.module)) {
        const source = resolve(dir, call.source);
        assert.ok(existsSync(source), `module ${name}: ${call.source}`);
        const target = loaded[source].hcl;
        const variables = target.variable ?? {};
        const passed = Object.keys(call).filter((key) => !['source', 'providers', 'depends_on', 'count', 'for_each'].includes(key));
        for (const key of passed) assert.ok(variables[key], `module ${name} has no variable ${key}`);
        for (const [key, [variable]] of Object.entries(variables)) {
          if (!('default' in variable)) assert.ok(passed.includes(key), `module ${name}: required variable ${key} not passed`);
        }
      }
      for (const [, moduleName, output] of text.matchAll(/\bmodule\.([a-z0-9_]+)\.([a-z0-9_]+)/g)) {
        const source = resolve(dir, hcl.module[moduleName][0].source);
        assert.ok(loaded[source].hcl.output?.[output], `module.${moduleName}.${output} is not an output`);
      }
    });
  }

  it('production data subnets sit inside the egress block of values-prod.yaml', () => {
    const { hcl } = loaded[join(terraformDir, 'environments', 'production')];
    const cidrs = hcl.locals[0].data_subnet_cidrs;
    const prod = parseYaml(readFileSync(join(chartDir, 'values-prod.yaml'), 'utf8'));
    for (const [name, dependency] of Object.entries(prod.dependencies)) {
      for (const peer of dependency.to) {
        const block = peer.ipBlock.cidr;
        for (const cidr of cidrs) assert.ok(cidrContains(block, cidr.split('/')[0]), `${name}: ${cidr} outside ${block}`);
      }
    }
    const databases = hcl.locals[0].databases.sort();
    const chart = parseYaml(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
    const withMigrations = Object.entries(chart.services).filter(([, s]) => s.migrations?.enabled).map(([n]) => n).sort();
    assert.deepEqual(databases, withMigrations, 'one RDS instance per service with a database');
  });
});
