import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions } from 'dependency-cruiser';

const ROOT = join(import.meta.dirname, '..');
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));

async function violations(baseDir: string): Promise<string[]> {
  const options: ICruiseOptions = { ...config.options, ruleSet: { forbidden: config.forbidden, allowed: config.allowed, allowedSeverity: config.allowedSeverity }, baseDir, validate: true };
  const result = await cruise(['src'], options);
  const output = result.output as { summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> } };
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('layers (.dependency-cruiser.cjs; README: Architecture)', () => {
  it('no module imports a layer it may not, and there are no cycles', async () => {
    expect(await violations(ROOT)).toEqual([]);
  }, 60_000);

  it('the rules bite: the engine importing an input source is reported', async () => {
    expect(await violations(join(ROOT, 'test/data/layers'))).toEqual(['not-in-allowed: src/engine/lint.ts → src/inputs/draft.ts']);
  }, 60_000);
});
