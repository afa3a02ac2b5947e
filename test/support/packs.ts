/** Test packs written as YAML, loaded through the real loader. */
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { PackSpec } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';

/** A minimal, valid test pack in YAML; `rules` is the YAML of the rules list, indented by two. */
export function packYaml(name: string, rules: string): string {
  return `pack: ${name}\ntitle: Test pack ${name}\nrules:\n${rules}`;
}

/** One post rule in pack YAML (two-space list indentation). */
export function postRule(id: string, detect: string, extra = '', examples = '{ bad: ["x"], good: ["y"] }'): string {
  return [
    `  - id: ${id}`,
    `    category: test`,
    `    severity: error`,
    `    policy: { ref: "T1", title: "Test" }`,
    `    message: "Test finding '{match}'"`,
    `    remediation: "Fix it."`,
    `    examples: ${examples}`,
    ...(extra ? extra.split('\n').map((l) => `    ${l}`) : []),
    `    detect: ${detect}`,
    '',
  ].join('\n');
}

/** Loads pack YAML, failing the test with every problem when it does not load. */
export async function packFrom(yaml: string, file = 'test-pack.yaml'): Promise<PackSpec> {
  const { pack, errors } = await loadPackText(yaml, file, BUILTINS);
  if (!pack) throw new Error(`pack did not load:\n${errors.map((e) => e.format()).join('\n')}`);
  return pack;
}
