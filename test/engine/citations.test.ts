import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../support/cli.js';
import { lintText } from '../support/engine.js';
import { lintRule } from '../support/rule-tester.js';

// Pack citations: the Welsh rules cite `{welsh-citation}`, filled from welsh.citation in the configuration.
const DEFAULT = 'Welsh Language Standards, social media';
// Every welsh/* rule at once (missing-welsh, placeholder, unequal-content … need their own texts).
const DRAFTS = {
  'road.md': 'Road closed on the A48 at Cross Hands today. Welsh to follow\n',
  'market.md':
    "Our Christmas market returns to Carmarthen this weekend on 6 December!\n\nMae ein marchnad Nadolig yn dychwelyd i Gaerfyrddin y penwythnos hwn!\n\nMae'r dÅµr yfed am ddim ger y stondinau.\n",
  'reply.md': '---\nin-reply-to: { language: cy }\nchannel: twitter\n---\n' + 'Thanks for your message about the bins, we will look into it and come back to you. '.repeat(4) + '\n',
};

async function welshRefs(dir: string, ...args: string[]): Promise<Map<string, Set<string>>> {
  const { stdout, stderr } = await runCli(['check', '.', '--format', 'json', '--date', '2026-11-23', ...args], { cwd: dir });
  expect(stderr).toBe('');
  const refs = new Map<string, Set<string>>();
  for (const r of parseJson(stdout).results) {
    for (const f of r.findings) {
      if (!f.ruleId.startsWith('welsh/')) continue;
      expect(f.policy.pack).toBe('welsh-language');
      refs.set(f.ruleId, (refs.get(f.ruleId) ?? new Set()).add(f.policy.ref));
    }
  }
  return refs;
}

describe('welsh.citation: the policy reference of the Welsh rules', () => {
  it(`defaults to "${DEFAULT}"`, async () => {
    const dir = tempDir({ ...DRAFTS, '.smpolicy.yaml': 'extends: [recommended]\nwelsh:\n  order: welsh-first\n' });
    const refs = await welshRefs(dir.path);
    expect([...refs.keys()]).toEqual(
      expect.arrayContaining([
        'welsh/english-first',
        'welsh/mangled-diacritics',
        'welsh/missing-welsh',
        'welsh/placeholder',
        'welsh/reply-language',
        'welsh/truncation-risk',
        'welsh/unequal-content',
      ]),
    );
    for (const [, set] of refs) expect([...set]).toEqual([DEFAULT]);
  });

  it('is replaced by welsh.citation from the configuration file', async () => {
    const citation = 'Standards 52-58, Compliance Notice, Carmarthenshire County Council';
    const dir = tempDir({ ...DRAFTS, '.smpolicy.yaml': `extends: [recommended]\nwelsh:\n  order: welsh-first\n  citation: "${citation}"\n` });
    const refs = await welshRefs(dir.path);
    expect(refs.size).toBeGreaterThanOrEqual(7);
    for (const [, set] of refs) expect([...set]).toEqual([citation]);
  });

  it("is used from --config too, and leaves the other packs' citations alone", async () => {
    const dir = tempDir({ 'post.md': 'Call Dai on 07700 900123 about the road. Welsh to follow\n', 'conf/welsh.yaml': 'welsh:\n  citation: "Safon 58"\n' });
    const { stdout } = await runCli(['check', 'post.md', '--config', 'conf/welsh.yaml', '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
    const findings = parseJson(stdout).results[0].findings as Array<{ ruleId: string; policy: { ref: string } }>;
    const welsh = findings.filter((f) => f.ruleId.startsWith('welsh/'));
    const others = findings.filter((f) => !f.ruleId.startsWith('welsh/'));
    expect(welsh.length).toBeGreaterThan(0);
    expect(welsh.every((f) => f.policy.ref === 'Safon 58')).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((f) => f.policy.ref.includes('Safon'))).toBe(false);
  });
});

describe('welsh.citation in the in-process test kits', () => {
  it(`the rule tester cites "${DEFAULT}" by default`, async () => {
    const [f] = await lintRule('welsh/placeholder', 'Welsh to follow');
    expect(f.policy.ref).toBe(DEFAULT);
  });

  it(`the engine kit cites "${DEFAULT}" by default`, async () => {
    const [f] = await lintText('Welsh to follow');
    expect(f.policy.ref).toBe(DEFAULT);
  });

  it('the rule tester fills welsh.citation from the configuration, as the CLI does', async () => {
    const [f] = await lintRule('welsh/placeholder', { text: 'Welsh to follow', config: { welsh: { citation: 'Safon 58' } } });
    expect(f.policy.ref).toBe('Safon 58');
  });

  it('the engine kit fills welsh.citation from the configuration, as the CLI does', async () => {
    const [f] = await lintText('Welsh to follow', 'draft.md', { config: { welsh: { citation: 'Safon 58' } } });
    expect(f.policy.ref).toBe('Safon 58');
  });
});
