/** Every rule speaks both languages (issue 14): the checks validate-policy runs, and the shipped packs pass them. */
import { describe, expect, it } from 'vitest';
import { missingWelsh, placeholders, welshTextProblems } from '../../src/engine/welsh-texts.js';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import type { PackSpec, RuleSpec } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { loadShippedPacks } from '../../scripts/docs.js';
import { lintDocument } from '../../src/engine/lint.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { context } from '../support/engine.js';
import { packFrom, packYaml, postRule } from '../support/packs.js';

const rule = (extra: Partial<RuleSpec> = {}): RuleSpec => ({
  id: 'test/rule',
  category: 'test',
  severity: 'error',
  policy: { ref: 'T1', title: 'Test' },
  message: "Found ({what}): '{match}'",
  remediation: 'Fix it.',
  why: 'Because.',
  examples: { bad: [], good: [] },
  detect: { kind: 'phrases', phrases: ['x'] },
  file: 'rule.yaml',
  ...extra,
});
const pack = (rules: RuleSpec[], cy: PackSpec['cy'] | null = { title: 'Pecyn' }): PackSpec => ({ pack: 'test', title: 'Test', file: 'pack.yaml', ...(cy ? { cy } : {}), rules });
const WELSH = { message: "Canfuwyd ({what-cy}): '{match}'", remediation: 'Cywirwch ef.', why: 'Oherwydd.', policy: { title: 'Prawf' } };

describe('placeholders', () => {
  it('lists the {names} of a message once each, sorted; a Welsh {name-cy} counts as {name}', () => {
    expect(placeholders("Post is {length} characters where {channel} allows {limit}: {consequence}")).toEqual(['channel', 'consequence', 'length', 'limit']);
    expect(placeholders("Delwedd heb {what-cy}: '{match}' ({what-cy})", true)).toEqual(['match', 'what']);
    expect(placeholders('{what-cy}')).toEqual(['what-cy']);
    expect(placeholders('No placeholders')).toEqual([]);
  });
});

describe('welshTextProblems', () => {
  it('a complete pack has none', () => {
    expect(welshTextProblems(pack([rule({ cy: WELSH })]))).toEqual([]);
  });

  it('names every Welsh text a rule lacks; why only when the English has one', () => {
    expect(missingWelsh(rule())).toEqual(['cy.message', 'cy.remediation', 'cy.why', 'cy.policy.title']);
    expect(missingWelsh(rule({ why: undefined, cy: { message: 'Neges', remediation: 'Cywirwch.', policy: { title: 'Teitl' } } }))).toEqual([]);
    expect(missingWelsh(rule({ cy: { ...WELSH, remediation: '  ' } }))).toEqual(['cy.remediation']);
    expect(welshTextProblems(pack([rule({ cy: { message: WELSH.message } })]))).toEqual([
      { ruleId: 'test/rule', file: 'rule.yaml', kind: 'missing', problem: 'test/rule: no Welsh text: add cy.remediation, cy.why, cy.policy.title' },
    ]);
  });

  it("a pack without a Welsh title, or with a description but no Welsh one, is reported at its file", () => {
    expect(welshTextProblems(pack([rule({ cy: WELSH })], null)).map((p) => [p.file, p.kind, p.problem])).toEqual([
      ['pack.yaml', 'missing', "pack 'test' has no Welsh title: add cy: { title: ... } to its pack file"],
    ]);
    expect(welshTextProblems({ ...pack([rule({ cy: WELSH })]), description: 'About.' }).map((p) => p.problem)).toEqual(["pack 'test' has no Welsh description: add cy.description"]);
    expect(welshTextProblems({ ...pack([rule({ cy: WELSH })]), description: 'About.', source: 'Policy, 2018' }).map((p) => p.problem)).toEqual(["pack 'test' has no Welsh description or source: add cy.description, cy.source"]);
    expect(welshTextProblems({ ...pack([rule({ cy: WELSH })], { title: 'Pecyn', source: 'Polisi, 2018' }), source: 'Policy, 2018' })).toEqual([]);
  });

  it('a Welsh message must name the placeholders of the English one: missing and extra ones are errors', () => {
    const [lacking] = welshTextProblems(pack([rule({ cy: { ...WELSH, message: 'Canfuwyd rhywbeth' } })]));
    expect(lacking).toEqual({
      ruleId: 'test/rule',
      file: 'rule.yaml',
      kind: 'placeholders',
      problem: 'test/rule: the Welsh message lacks {match}, {what} (cy.message must name the placeholders of message; {name-cy} may stand for {name})',
    });
    const [extra] = welshTextProblems(pack([rule({ cy: { ...WELSH, message: "Canfuwyd ({what}): '{match}' {count}" } })]));
    expect(extra.problem).toContain('has {count} that the English message does not');
    expect(welshTextProblems(pack([rule({ cy: { ...WELSH, message: "'{match}' ({what})" } })]))).toEqual([]);
  });
});

describe('a Welsh run', () => {
  it("uses the rule's Welsh message, filling {name-cy} with the detector's Welsh value, else with {name}", async () => {
    const cy = `cy: { message: "Ffrwyth ({match-cy}): '{match}'", remediation: "Tynnwch ef.", policy: { title: "Ffrwythau" } }`;
    const packs = [await packFrom(packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', cy)))];
    const lint = async (lang: 'cy' | 'en') => {
      const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, lang });
      const parsed = await parseDraft('A banana.\n', 'draft.md');
      return (await lintDocument(parsed.doc!, ruleSet, context(), { redact: true })).map((f) => f.message);
    };
    expect(await lint('cy')).toEqual(["Ffrwyth (banana): 'banana'"]);
    expect(await lint('en')).toEqual(["Test finding 'banana'"]);
  });
});

describe('the shipped packs speak both languages', () => {
  it('every shipped pack and rule has its Welsh texts, with the placeholders of the English', async () => {
    const packs = await loadShippedPacks();
    expect(packs.length).toBeGreaterThanOrEqual(6);
    const problems = packs.flatMap((p) => welshTextProblems(p)).map((p) => `${p.file}: ${p.problem}`);
    expect(problems).toEqual([]);
    const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, lang: 'cy' });
    for (const p of packs) {
      for (const r of p.rules) {
        const info = ruleSet.known.get(r.id)!;
        expect(info.message, r.id).toBe(r.cy!.message);
        expect(info.policy.title, r.id).not.toBe(r.policy.title);
        expect(info.packTitle, r.id).toBe(p.cy!.title);
        // A citation naming documents is given in Welsh too; {welsh-citation} is filled in the run's language.
        if (r.policy.ref.replace(/\{[\w-]+\}/g, '').trim()) expect(r.cy!.policy?.ref, `${r.id} cy.policy.ref`).toBeTruthy();
      }
    }
  });
});
