/**
 * The pack commands: `rules`, `explain` and `validate-policy` (formats, Welsh texts, shipped
 * packs against a council's own). Moved out of options.test.ts, which holds check's options.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson, ROOT, runCli as run, tempDir, type RunOptions } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';
import { isShippedPack } from '../../src/cli/validate-policy.js';

/** The CLI with only the core rules on, so new rules in the shipped packs do not change these results. */
const runCli = (argv: string[], opts: RunOptions = {}) => run(argv, { coreRulesOnly: true, ...opts });

/** A test pack with its Welsh texts: the pack's Welsh title and (with `rules`) each rule's cy block. */
function withWelsh(yaml: string, rules = true): string {
  const cy = `    cy: { message: "Canfyddiad prawf '{match}'", remediation: "Cywirwch ef.", policy: { title: "Prawf" } }\n`;
  const out = yaml.replace('\nrules:\n', '\ncy: { title: Pecyn prawf }\nrules:\n');
  return rules ? out.replace(/^ {4}detect:/gm, `${cy}    detect:`) : out;
}

describe('rules, explain, validate-policy', () => {
  it('rules --format json gives an array of {id, category, severity, pack, policy, message}, sorted by id', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = parseJson(r.stdout);
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['category', 'id', 'message', 'pack', 'policy', 'severity']);
      expect(Object.keys(row.policy).sort()).toEqual(['ref', 'title']);
      expect(['error', 'warning', 'info', 'off']).toContain(row.severity);
    }
    const ids = rows.map((x: any) => x.id);
    expect(ids).toEqual([...ids].sort((a: string, b: string) => a.localeCompare(b)));
    expect(rows.find((x: any) => x.id === 'dp/phone-number')).toEqual({
      id: 'dp/phone-number',
      category: 'data-protection',
      severity: 'error',
      pack: 'data-protection',
      policy: { ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation: do not publish personal contact details' },
      message: "Phone number in a post: '{match}'",
    });
    expect(ids).toContain('smpolicy/unused-suppression');
  });

  it('rules shows configured severities, off included', async () => {
    const r = await runCli(['rules', '--format', 'json', '--rule', 'dp/phone-number=off', '--rule', 'welsh/placeholder=warning']);
    const rows = parseJson(r.stdout);
    expect(rows.find((x: any) => x.id === 'dp/phone-number').severity).toBe('off');
    expect(rows.find((x: any) => x.id === 'welsh/placeholder').severity).toBe('warning');
  });

  it('rules (table) lists every rule with its citation', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^RULE\s+SEVERITY\s+CATEGORY\s+POLICY$/);
    expect(r.stdout).toMatch(/^dp\/phone-number\s+error\s+data-protection\s+UK GDPR Art\. 5\(1\)\(c\): Data minimisation/m);
  });

  it('rules with a bad --format is exit 2', async () => {
    const r = await runCli(['rules', '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format 'yaml'/);
  });

  it('explain dp/phone-number prints the policy, why, fix and examples', async () => {
    const r = await runCli(['explain', 'dp/phone-number']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/^dp\/phone-number {2}\(error, data-protection\)$/m);
    expect(out).toMatch(/^Policy: +UK GDPR Art\. 5\(1\)\(c\): Data minimisation: do not publish personal contact details$/m);
    expect(out).toMatch(/^Why it matters:\n {2}A resident's mobile number/m);
    expect(out).toMatch(/^How to fix:\n {2}Remove the number/m);
    expect(out).toContain('✗ Call Mrs Davies back on 07700 900123 please');
    expect(out).toContain('✓ The road reopens on 23/11/2026 at 14:30.');
    expect(out.indexOf('Policy:')).toBeLessThan(out.indexOf('Why it matters:'));
    expect(out.indexOf('Why it matters:')).toBeLessThan(out.indexOf('How to fix:'));
    expect(out.indexOf('How to fix:')).toBeLessThan(out.indexOf('Examples that are reported:'));
  });

  it('explain shows the configured severity', async () => {
    const r = await runCli(['explain', 'dp/phone-number', '--rule', 'dp/phone-number=off']);
    expect(r.stdout).toMatch(/^dp\/phone-number {2}\(off, data-protection\)$/m);
  });

  it('explain knows the engine rules', async () => {
    const r = await runCli(['explain', 'smpolicy/suppression-reason']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^smpolicy\/suppression-reason {2}\(warning, suppressions\)/);
  });

  it('explain --lang cy prints the rule in Welsh: headings, severity, policy title, message, why and fix; the id unchanged', async () => {
    const r = await runCli(['explain', 'dp/phone-number', '--lang', 'cy']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^dp\/phone-number {2}\(gwall, data-protection\)$/m);
    expect(out).toMatch(/^Polisi: +GDPR y DU Erthygl 5\(1\)\(c\): Lleihau data: peidiwch â chyhoeddi manylion cyswllt personol$/m);
    expect(out).toMatch(/^Ffynhonnell: +Bwrdd Gweithredol Cyngor Sir Caerfyrddin, Polisi'r Cyfryngau Cymdeithasol/m);
    expect(out).toMatch(/^Pecyn: +data-protection: Diogelu data/m);
    expect(out).toMatch(/^Neges: +Rhif ffôn mewn neges: '\{match\}'$/m);
    expect(out).toMatch(/^Pam mae hyn yn bwysig:\n {2}Mae rhif ffôn symudol/m);
    expect(out).toMatch(/^Sut i'w gywiro:\n {2}Tynnwch y rhif/m);
    expect(out.indexOf("Sut i'w gywiro:")).toBeLessThan(out.indexOf("Enghreifftiau sy'n cael eu nodi:"));
    expect(out).toContain("Enghreifftiau sy'n iawn:");
    for (const english of ['Policy:', 'Why it matters', 'How to fix', 'Examples that']) expect(out).not.toContain(english);
  });

  it('explain takes its language from SMPOLICY_LANG and the locale too; --lang wins; a bad --lang is exit 2', async () => {
    expect((await runCli(['explain', 'welsh/placeholder'], { env: { SMPOLICY_LANG: 'cy' } })).stdout).toMatch(/^Neges: +Testun dros dro yn lle'r Gymraeg/m);
    expect((await runCli(['explain', 'welsh/placeholder'], { env: { LANG: 'cy_GB.UTF-8' } })).stdout).toMatch(/^Neges: +Testun dros dro/m);
    expect((await runCli(['explain', 'welsh/placeholder', '--lang', 'en'], { env: { SMPOLICY_LANG: 'cy' } })).stdout).toMatch(/^Message: +Translation placeholder/m);
    const bad = await runCli(['explain', 'welsh/placeholder', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang 'fr'/);
  });

  it('rules --lang cy: Welsh headings, severities and policy titles; ids, categories and JSON keys unchanged', async () => {
    const table = await runCli(['rules', '--lang', 'cy', '--rule', 'dp/postcode=off']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^RHEOL\s+DIFRIFOLDEB\s+CATEGORI\s+POLISI$/);
    expect(table.stdout).toMatch(/^dp\/phone-number\s+gwall\s+data-protection\s+GDPR y DU Erthygl 5\(1\)\(c\): Lleihau data/m);
    expect(table.stdout).toMatch(/^dp\/postcode\s+wedi'i diffodd\s+data-protection/m);
    const json = parseJson((await runCli(['rules', '--format', 'json', '--lang', 'cy'])).stdout);
    const phone = json.find((x: any) => x.id === 'dp/phone-number');
    expect(Object.keys(phone).sort()).toEqual(['category', 'id', 'message', 'pack', 'policy', 'severity']);
    expect(phone).toMatchObject({ severity: 'error', category: 'data-protection', message: "Rhif ffôn mewn neges: '{match}'" });
    const markdown = (await runCli(['rules', '--format', 'markdown', '--lang', 'cy'])).stdout;
    expect(markdown.split('\n')[0]).toBe('| rheol | difrifoldeb | categori | polisi | neges |');
  });

  it('validate-policy on a good pack exits 0 and counts its rules', async () => {
    const pack = packYaml(
      'fruit',
      postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', '', '{ bad: ["A banana."], good: ["Bananas are plural."] }') +
        postRule('fruit/apple', '{ kind: pattern, pattern: "\\\\bapples?\\\\b" }', '', '{ bad: ["An apple"], good: ["Pineapple"] }'),
    );
    const dir = tempDir({ 'fruit.yaml': withWelsh(pack) });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 pack, 2 rules: valid, and every example behaves as documented\n');
  });

  it("validate-policy warns, and still exits 0, when a council's own pack lacks Welsh texts", async () => {
    const pack = packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', 'why: "Bananas bruise."', '{ bad: ["A banana."], good: ["An apple."] }'));
    const dir = tempDir({ 'fruit.yaml': pack });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      "fruit.yaml: warning: pack 'fruit' has no Welsh title: add cy: { title: ... } to its pack file",
      'fruit.yaml: warning: fruit/banana: no Welsh text: add cy.message, cy.remediation, cy.why, cy.policy.title',
    ]);
    expect(r.stdout).toMatch(/^✔ 1 pack, 1 rule: valid/);
  });

  it("validate-policy fails a Welsh message whose placeholders differ from the English message's", async () => {
    const cy = 'cy: { message: "Canfyddiad prawf: {what-cy}", remediation: "Cywirwch ef.", policy: { title: "Prawf" } }';
    const pack = withWelsh(packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', cy, '{ bad: ["A banana."], good: ["An apple."] }')), false);
    const dir = tempDir({ 'fruit.yaml': pack });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("fruit.yaml: fruit/banana: the Welsh message lacks {match} and has {what} that the English message does not (cy.message must name the placeholders of message; {name-cy} may stand for {name})\n");
  });

  it('validate-policy accepts {name-cy} in the Welsh message for {name} in the English one', async () => {
    const rule = postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', '', '{ bad: ["A banana."], good: ["An apple."] }').replace(`"Test finding '{match}'"`, `"Test finding ({kind}): '{match}'"`);
    const cy = `    cy: { message: "Canfyddiad prawf ({kind-cy}): '{match}'", remediation: "Cywirwch ef.", policy: { title: "Prawf" } }\n`;
    const dir = tempDir({ 'fruit.yaml': withWelsh(packYaml('fruit', rule.replace('    detect:', `${cy}    detect:`)), false) });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it("a missing Welsh text fails smpolicy's own packs (policies/), never a council's", () => {
    expect(isShippedPack(`${ROOT}/policies/data-protection/phone-number.yaml`)).toBe(true);
    expect(isShippedPack(`${ROOT}/policies/welsh-language/pack.yaml`)).toBe(true);
    expect(isShippedPack(`${ROOT}/policies`)).toBe(false);
    expect(isShippedPack(`${ROOT}/fixtures/packs/pack.yaml`)).toBe(false);
    expect(isShippedPack('/elsewhere/policies/data-protection/pack.yaml')).toBe(false);
  });

  it('validate-policy fails a pack whose examples misbehave, naming the rule and example', async () => {
    const pack = withWelsh(packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', '', '{ bad: ["An apple"], good: ["A banana"] }')));
    const dir = tempDir({ 'fruit.yaml': pack });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fruit.yaml: fruit/banana: bad example "An apple" produced no finding');
    expect(r.stderr).toContain('fruit.yaml: fruit/banana: good example "A banana" produced a finding:');
    // In Welsh, each line says what went wrong once, after a dash.
    const cy = await runCli(['validate-policy', 'fruit.yaml', '--lang', 'cy'], { cwd: dir.path });
    expect(cy.stderr).toContain('fruit.yaml: fruit/banana: enghraifft wael "An apple" — dim canfyddiadau');
    expect(cy.stderr).toContain('fruit.yaml: fruit/banana: enghraifft dda "A banana" — rhoddodd ganfyddiad:');
  });

  it('validate-policy on every shipped pack folder exits 0', async () => {
    const files = readdirSync(`${ROOT}/policies`)
      .filter((f) => f !== 'schema')
      .map((f) => `policies/${f}`);
    expect(files.length).toBeGreaterThan(0);
    const r = await runCli(['validate-policy', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^✔ ${files.length} packs?, \\d+ rules?: valid`));
  });
});
