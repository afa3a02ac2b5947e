/**
 * Structure checks against the SARIF 2.1.0 specification (OASIS, sarif-v2.1.0-os), section
 * numbers in the test names. No schema library: each requirement is asserted directly.
 */
import { describe, expect, it } from 'vitest';
import formatSarif, { pascalName, toArtifactLocation } from '../../src/formats/sarif.js';
import type { Finding } from '../../src/model/index.js';
import { CWD, finding, input } from './fixture.js';
import { normaliseConfig } from '../../src/engine/config.js';
import { lintDocument } from '../../src/engine/lint.js';
import { buildRuleSet, configCitations } from '../../src/engine/rule-set.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { context, corePacks } from '../support/engine.js';

type Json = any;
const sarif = (overrides = {}): Json => JSON.parse(formatSarif(input(overrides)));

describe('sarif', () => {
  it('§3.13 sarifLog: $schema, version 2.1.0, exactly one run; JSON ending in a newline', () => {
    const out = formatSarif(input());
    expect(out.endsWith('}\n')).toBe(true);
    const log = JSON.parse(out);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(Object.keys(log.runs[0])).toEqual(['tool', 'originalUriBaseIds', 'columnKind', 'results']);
    expect(['utf16CodeUnits', 'unicodeCodePoints']).toContain(log.runs[0].columnKind);
  });

  it('§3.18/§3.19 tool.driver: name, version, absolute informationUri', () => {
    const { driver } = sarif().runs[0].tool;
    expect(driver.name).toBe('smpolicy');
    expect(driver.version).toBe('0.1.0');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(new URL(driver.informationUri).protocol).toBe('https:');
  });

  it('§3.19.23 rules: one reportingDescriptor per rule id that appears, unique, sorted', () => {
    const { rules } = sarif().runs[0].tool.driver;
    expect(rules.map((r: Json) => r.id)).toEqual(['a11y/camelcase-hashtag', 'dp/phone-number', 'welsh/missing-welsh']);
  });

  it('§3.49 reportingDescriptor: id, name, descriptions, help, helpUri, defaultConfiguration, properties', () => {
    const [hashtag, phone] = sarif().runs[0].tool.driver.rules;
    expect(phone).toEqual({
      id: 'dp/phone-number',
      name: 'DpPhoneNumber',
      shortDescription: { text: 'Data minimisation' },
      fullDescription: { text: "template of dp/phone-number: '{match}'" },
      help: {
        text:
          'Fix dp/phone-number.\n\n' +
          'Policy: UK GDPR Art. 5(1)(c): Data minimisation (data-protection pack)\n\n' +
          'Why it matters: A phone number identifies a person.',
      },
      helpUri: 'https://smpolicy.example/rules/dp/phone-number',
      defaultConfiguration: { level: 'error' },
      properties: {
        category: 'data-protection',
        policy: { pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation' },
        tags: ['data-protection'],
      },
    });
    expect(hashtag).not.toHaveProperty('helpUri');
    expect(hashtag.defaultConfiguration).toEqual({ level: 'note' });
  });

  it('§3.27 results: ruleId, ruleIndex pointing at the same rule, level, message.text', () => {
    const run = sarif().runs[0];
    expect(run.results).toHaveLength(3);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['none', 'note', 'warning', 'error']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
    }
    expect(run.results.map((r: Json) => [r.ruleId, r.level])).toEqual([
      ['dp/phone-number', 'error'],
      ['welsh/missing-welsh', 'warning'],
      ['a11y/camelcase-hashtag', 'note'],
    ]);
    expect(run.results[0].message).toEqual({ text: "Personal phone number in a post: '0770•••••23'" });
    expect(run.results[2].properties).toEqual({
      category: 'accessibility',
      excerpt: '#roadclosedtoday',
      actual: '#roadclosedtoday',
      suggestions: ['#RoadClosedToday'],
      note: 'Screen readers read CamelCase hashtags word by word.',
    });
  });

  it('§3.28/§3.29/§3.30 locations: one physicalLocation with a 1-based region', () => {
    const [phone, welsh] = sarif().runs[0].results;
    expect(phone.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'drafts/road.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 25 },
        },
      },
    ]);
    expect(welsh.locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 1, endLine: 6, endColumn: 18 });
  });

  it('§3.14.14 originalUriBaseIds: %SRCROOT% is an absolute file URI ending in "/"', () => {
    const run = sarif().runs[0];
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    expect(base).toBe('file:///work/council/');
    const resolved = new URL(run.results[0].locations[0].physicalLocation.artifactLocation.uri, base);
    expect(resolved.href).toBe('file:///work/council/drafts/road.md');
  });

  it('§3.4 artifactLocation.uri: relative, forward slashes, percent-encoded', () => {
    const file = 'drafts/Ffordd ar gau #1 100%/ŵyl?.md';
    const { uri, uriBaseId } = toArtifactLocation(file, CWD);
    expect(uri).toBe('drafts/Ffordd%20ar%20gau%20%231%20100%25/%C5%B5yl%3F.md');
    expect(uriBaseId).toBe('%SRCROOT%');
    expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]+$/);
    expect(decodeURIComponent(new URL(uri, 'file:///work/council/').pathname)).toBe(`${CWD}/${file}`);
  });

  it('§3.4 an absolute path inside cwd becomes relative; outside it, an absolute file URI', () => {
    expect(toArtifactLocation(`${CWD}/drafts/a.md`, CWD)).toEqual({ uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' });
    expect(toArtifactLocation('/elsewhere/a b.md', CWD)).toEqual({ uri: 'file:///elsewhere/a%20b.md' });
    expect(toArtifactLocation('../sibling/a.md', CWD)).toEqual({ uri: 'file:///work/sibling/a.md' });
  });

  it('§3.30 leaves out impossible positions instead of emitting an invalid region', () => {
    const run = sarif({
      results: [
        {
          file: 'a.yaml',
          kind: 'account',
          findings: [
            finding({ line: 0, column: 0, endLine: 0, endColumn: 0 }),
            finding({ line: 4, column: 9, endLine: 4, endColumn: 3 }),
            finding({ line: 4, column: 9, endLine: 2, endColumn: 3 }),
          ],
        },
      ],
    }).runs[0];
    expect(run.results[0].locations[0].physicalLocation).not.toHaveProperty('region');
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 9, endLine: 4 });
    expect(run.results[2].locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 9 });
  });

  it('describes a rule missing from the rule map from its finding', () => {
    const engineRule: Finding = finding({
      ruleId: 'smpolicy/unused-suppression',
      category: 'smpolicy',
      severity: 'warning',
      policy: { pack: 'smpolicy', ref: '', title: 'Suppression that suppresses nothing' },
    });
    const run = sarif({ results: [{ file: 'a.md', kind: 'post', findings: [engineRule] }] }).runs[0];
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'smpolicy/unused-suppression',
        name: 'SmpolicyUnusedSuppression',
        shortDescription: { text: 'Suppression that suppresses nothing' },
        help: { text: 'Policy: Suppression that suppresses nothing' },
        helpUri: 'https://smpolicy.example/rules/dp/phone-number',
        defaultConfiguration: { level: 'warning' },
        properties: {
          category: 'smpolicy',
          policy: { pack: 'smpolicy', ref: '', title: 'Suppression that suppresses nothing' },
          tags: ['smpolicy'],
        },
      },
    ]);
    expect(run.results[0].ruleIndex).toBe(0);
  });

  it('§3.14.23/§3.19.23 a clean run still has results and rules arrays', () => {
    const run = sarif({ results: [{ file: 'a.md', kind: 'post', findings: [] }] }).runs[0];
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
  });

  it('names rules in Pascal case', () => {
    expect(pascalName('welsh/missing-welsh')).toBe('WelshMissingWelsh');
    expect(pascalName('a11y/camelcase-hashtag')).toBe('A11yCamelcaseHashtag');
  });
});

describe('sarif in a Welsh run (issue 14)', () => {
  /** The core rules linted in the given language, through the real engine, into SARIF. */
  async function run(lang: 'cy' | 'en'): Promise<Json> {
    const packs = await corePacks();
    const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, citations: configCitations(normaliseConfig({}), lang), lang });
    const parsed = await parseDraft('Ffoniwch Mrs Davies ar 07700 900123.\n\nCall Mrs Davies on 07700 900123.\n', 'drafts/road.md');
    const findings = await lintDocument(parsed.doc!, ruleSet, context(), { redact: true });
    return JSON.parse(formatSarif({ results: [{ file: 'drafts/road.md', kind: 'post', findings }], rules: ruleSet.known, version: '0.1.0', color: false, cwd: CWD }));
  }

  it('rule descriptions, help, policy citations and result messages are Welsh; ids, keys and levels are not translated', async () => {
    const [cy, en] = [await run('cy'), await run('en')];
    const phone = (log: Json) => log.runs[0].tool.driver.rules.find((r: Json) => r.id === 'dp/phone-number');
    const results = (log: Json) => log.runs[0].results.filter((r: Json) => r.ruleId === 'dp/phone-number');
    expect(phone(cy).shortDescription.text).toBe('Lleihau data: peidiwch â chyhoeddi manylion cyswllt personol');
    expect(phone(cy).fullDescription.text).toBe("Rhif ffôn mewn neges: '{match}'");
    expect(phone(cy).help.text).toMatch(/^Tynnwch y rhif a pharhewch â'r sgwrs drwy neges uniongyrchol\./);
    expect(phone(cy).help.text).toContain('\n\nPolisi: GDPR y DU Erthygl 5(1)(c): Lleihau data');
    expect(phone(cy).help.text).toContain('(Diogelu data (GDPR y DU a Deddf Diogelu Data 2018))');
    expect(phone(cy).help.text).toContain('\n\nPam mae hyn yn bwysig: Mae rhif ffôn symudol');
    expect(phone(cy).help.text).not.toMatch(/Policy:|Why it matters:/);
    expect(results(cy).map((r: Json) => r.message.text)).toEqual(["Rhif ffôn mewn neges: '0770•••••23'", "Rhif ffôn mewn neges: '0770•••••23'"]);
    expect(results(en).map((r: Json) => r.message.text)).toEqual(["Phone number in a post: '0770•••••23'", "Phone number in a post: '0770•••••23'"]);
    // Everything but the human text is the same in both languages.
    const strip = (log: Json) => {
      const copy = structuredClone(log);
      for (const r of copy.runs[0].tool.driver.rules) {
        delete r.shortDescription;
        delete r.fullDescription;
        delete r.help;
        delete r.properties.policy.title;
        delete r.properties.policy.ref;
      }
      for (const r of copy.runs[0].results) delete r.message;
      return copy;
    };
    expect(strip(cy)).toEqual(strip(en));
    expect(phone(cy).properties.policy).toEqual({ pack: 'data-protection', ref: 'GDPR y DU Erthygl 5(1)(c)', title: 'Lleihau data: peidiwch â chyhoeddi manylion cyswllt personol' });
    expect(phone(en).properties.policy).toEqual({ pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation: do not publish personal contact details' });
  });
});
