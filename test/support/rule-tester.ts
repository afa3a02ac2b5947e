/**
 * The one rule tester (ESLint's RuleTester is the model): `ruleTester(ruleId, { valid,
 * invalid })` runs each case through the real engine (the shipped rule, loaded from its YAML
 * file by the same loader as the build, parsed by the real draft or account source, linted
 * with a context made from configuration by the same function as the CLI's). Every rule's
 * tests use it, in test/packs/<pack>/<rule>.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseConfig, runContext, type RawConfig } from '../../src/engine/config.js';
import { lintDocument } from '../../src/engine/lint.js';
import type { PackSpec, RuleSpec } from '../../src/model/index.js';
import { buildRuleSet, configCitations } from '../../src/engine/rule-set.js';
import { parseAccount } from '../../src/inputs/account.js';
import { parseDraft } from '../../src/inputs/draft.js';
import type { Channel, Finding, LintDocument } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { attachmentReader } from '../../src/workspace/attachments.js';
import { loadPackPaths } from '../../src/workspace/pack-files.js';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The day rules judge against unless a case says otherwise. */
export const TEST_DATE = '2026-11-23';

export interface Case {
  /** The draft (front matter included), or for an account rule the account file's YAML. */
  text: string;
  /** Test title (default: the text). */
  name?: string;
  /** File name: decides Markdown or plain text, and a pair's name (default draft.md / account.yaml). */
  file?: string;
  /** The other-language file of a pair (NAME.cy.md beside NAME.en.md, or front matter pair:). */
  pair?: string;
  pairFile?: string;
  /** Part of .smpolicy.yaml: organisation, welsh, elections. */
  config?: RawConfig;
  /** --date (default TEST_DATE). */
  date?: string;
  /** --channel. */
  channel?: Channel;
  /** Folder attachments are read from (default: the repository root). */
  cwd?: string;
  /** The rule as a council's local pack might change it: detector params merged over the shipped ones. */
  params?: Record<string, unknown>;
  /** ...or its message replaced (placeholders filled from the detector's data, e.g. {issuer}). */
  message?: string;
}

export interface InvalidCase extends Case {
  /**
   * What was found, in order: the matched text unmasked, with " (warning)" or " (info)"
   * when the finding's severity is not the rule's own.
   */
  found?: string[];
  /** Each finding in order has these properties (a message alone may be given as a string). */
  errors?: Array<Partial<Finding> | string>;
  /** Check masked output (default true, as the CLI prints). */
  redact?: boolean;
}

let packs: Promise<PackSpec[]> | undefined;

/** Every shipped pack, from policies/<pack>/ through the real loader (so a test sees the YAML as edited). */
export function shippedPacks(): Promise<PackSpec[]> {
  packs ??= (async () => {
    const folders = readdirSync(join(ROOT, 'policies'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'schema')
      .map((d) => join(ROOT, 'policies', d.name));
    const { packs: loaded, errors } = await loadPackPaths(ROOT, folders, BUILTINS);
    if (errors.length) throw new Error(errors.map((e) => e.format()).join('\n'));
    return loaded;
  })();
  return packs;
}

export async function shippedRule(ruleId: string): Promise<{ pack: PackSpec; rule: RuleSpec }> {
  for (const pack of await shippedPacks()) {
    const rule = pack.rules.find((r) => r.id === ruleId);
    if (rule) return { pack, rule };
  }
  throw new Error(`no shipped rule ${ruleId}`);
}

const asCase = (c: string | Case): Case => (typeof c === 'string' ? { text: c } : c);

/** The other-language name of NAME.en.EXT / NAME.cy.EXT. */
function otherName(file: string): string {
  const m = /^(.*)\.(en|cy)(\.(?:txt|md|markdown))$/i.exec(file);
  return m ? `${m[1]}.${m[2].toLowerCase() === 'en' ? 'cy' : 'en'}${m[3]}` : 'pair.md';
}

/** Findings of one shipped rule (alone, as its own pack) for one case. */
export async function lintRule(ruleId: string, input: string | Case, o: { redact?: boolean } = {}): Promise<Finding[]> {
  const c = asCase(input);
  const { pack, rule: shipped } = await shippedRule(ruleId);
  const rule = await variant(shipped, c);
  const account = (rule['applies-to'] ?? 'post') === 'account';
  const file = c.file ?? (account ? 'account.yaml' : 'draft.md');
  let doc: LintDocument;
  if (account) {
    const parsed = await parseAccount(c.text, file);
    if (!parsed.doc) throw parsed.errors[0];
    doc = parsed.doc;
  } else {
    const parsed = await parseDraft(c.text, file);
    if (!parsed.doc) throw parsed.errors[0];
    if (c.pair !== undefined) {
      const other = await parseDraft(c.pair, c.pairFile ?? otherName(file));
      if (!other.doc) throw other.errors[0];
      parsed.doc.pair = other.doc;
    }
    doc = parsed.doc;
  }
  const config = normaliseConfig(c.config ?? {});
  const { ruleSet, errors } = buildRuleSet({ packs: [{ ...pack, rules: [rule] }], registry: BUILTINS, citations: configCitations(config) });
  if (errors.length) throw errors[0];
  const ctx = runContext(config, { date: c.date ?? TEST_DATE, channel: c.channel, readAttachment: attachmentReader(c.cwd ?? ROOT) });
  return (await lintDocument(doc, ruleSet, ctx, { redact: o.redact ?? true })).filter((f) => f.ruleId === ruleId);
}

/** The shipped rule with a case's `params` (names checked against the detector's) or `message`. */
async function variant(rule: RuleSpec, c: Case): Promise<RuleSpec> {
  if (!c.params && !c.message) return rule;
  let detect = rule.detect;
  if (c.params) {
    if (detect.kind !== 'builtin') throw new Error(`${rule.id} is not a builtin rule: it has no params`);
    const known = Object.keys(((await BUILTINS[detect.name]()).paramsSchema.properties ?? {}) as object);
    for (const key of Object.keys(c.params)) if (!known.includes(key)) throw new Error(`${rule.id}: no param '${key}' (has ${known.join(', ')})`);
    detect = { ...detect, params: { ...detect.params, ...c.params } };
  }
  return { ...rule, detect, ...(c.message ? { message: c.message } : {}) };
}

/** Matched texts (unmasked) of one rule for one case, with the severity when it is not the rule's own. */
export async function foundBy(ruleId: string, input: string | Case): Promise<string[]> {
  const { rule } = await shippedRule(ruleId);
  return (await lintRule(ruleId, input, { redact: false })).map((f) => `${f.actual ?? ''}${f.severity !== rule.severity ? ` (${f.severity})` : ''}`);
}

/** Findings (unmasked) of a rule changed by a case's `params` or `message`. */
export const lintVariant = (ruleId: string, changes: Pick<Case, 'params' | 'message'>, input: string | Case) => lintRule(ruleId, { ...asCase(input), ...changes }, { redact: false });

/** What the changed rule found: its messages when `message` is set, else the matched texts. */
export async function foundByVariant(ruleId: string, changes: Pick<Case, 'params' | 'message'>, input: string | Case): Promise<string[]> {
  return (await lintVariant(ruleId, changes, input)).map((f) => (changes.message ? f.message : (f.actual ?? '')));
}

const title = (c: Case) => c.name ?? (c.text.length > 90 ? `${c.text.slice(0, 87)}...` : c.text).replace(/\n/g, '⏎');

/** Checks the tables themselves, as ESLint's does: no case twice (names aside), and no expectations on a valid case. */
function checkTables(ruleId: string, valid: Case[], invalid: InvalidCase[]): void {
  const key = (c: Case) => JSON.stringify({ ...c, name: undefined });
  const seen = new Set<string>();
  for (const c of [...valid, ...invalid]) {
    const k = key(c);
    if (seen.has(k)) throw new Error(`${ruleId}: duplicate test case ${title(c)}`);
    seen.add(k);
  }
  for (const c of valid) if ('found' in c || 'errors' in c) throw new Error(`${ruleId}: a valid case cannot expect findings (${title(c)})`);
}

/** Declares the tests of one rule: each valid case must produce no finding of it, each invalid case must. */
export function ruleTester(ruleId: string, tables: { valid?: Array<string | Case>; invalid?: Array<string | InvalidCase> }): void {
  const valid = (tables.valid ?? []).map(asCase);
  const invalid = (tables.invalid ?? []).map((c) => asCase(c) as InvalidCase);
  checkTables(ruleId, valid, invalid);
  describe(ruleId, () => {
    if (valid.length) {
      describe('does not report', () => {
        for (const c of valid) it(title(c), async () => expect(await foundBy(ruleId, c)).toEqual([]));
      });
    }
    if (invalid.length) {
      describe('reports', () => {
        for (const c of invalid) {
          it(title(c), async () => {
            if (c.found) expect(await foundBy(ruleId, c)).toEqual(c.found);
            const findings = await lintRule(ruleId, c, { redact: c.redact ?? true });
            expect(findings.length, 'an invalid case must produce a finding').toBeGreaterThan(0);
            if (c.errors) {
              expect(findings).toHaveLength(c.errors.length);
              c.errors.forEach((e, i) => expect(findings[i]).toMatchObject(typeof e === 'string' ? { message: e } : e));
            }
          });
        }
      });
    }
  });
}
