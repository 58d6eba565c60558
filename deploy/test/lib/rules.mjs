import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ofKind, rendered } from './manifests.mjs';
import { renderDir } from './paths.mjs';

/** Rule groups of every PrometheusRule in a render, as promtool reads them. */
export function ruleGroups(caseId) {
  return ofKind(rendered(caseId), 'PrometheusRule').flatMap((rule) => rule.spec.groups);
}

export const allRules = (caseId) => ruleGroups(caseId).flatMap((group) => group.rules);
export const alertRules = (caseId) => allRules(caseId).filter((rule) => rule.alert);
export const recordedNames = (caseId) => new Set(allRules(caseId).filter((r) => r.record).map((r) => r.record));

/** Writes a case's rule groups to <renderDir>/promtool/<case>/rules.yaml and returns the folder. */
export function writeRuleFile(caseId) {
  const dir = join(renderDir(), 'promtool', caseId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rules.yaml'), stringify({ groups: ruleGroups(caseId) }, { lineWidth: 0 }));
  return dir;
}
