import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../../src/engine/lint.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { PackSpec } from '../../src/engine/pack-types.js';
import { buildRuleSet, DEFAULT_CITATIONS, type RuleSet } from '../../src/engine/rule-set.js';
import type { Channel, Finding, RunContext } from '../../src/model/index.js';
import { parseDraft } from '../../src/inputs/draft.js';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const PACK_FILE = join(ROOT, 'policies', 'welsh-language.yaml');

let pack: Promise<PackSpec> | undefined;

/** The shipped Welsh language pack, loaded (and validated) once per test file. */
export function welshPack(): Promise<PackSpec> {
  pack ??= loadPackText(readFileSync(PACK_FILE, 'utf8'), PACK_FILE).then(({ pack: p, errors }) => {
    if (!p) throw new Error(`welsh-language.yaml did not load:\n${errors.map((e) => e.format()).join('\n')}`);
    return p;
  });
  return pack;
}

export interface WelshLintOptions {
  /** File name of the draft (decides Markdown or plain text, and the pair's name). */
  file?: string;
  /** The configuration's `welsh:` section (and the citation, either here or in `welsh`). */
  config?: { welsh?: { order?: 'welsh-first' | 'any'; citation?: string }; citation?: string };
  /** As --channel: overrides front matter. */
  channel?: Channel;
  /** The other-language file of a pair (NAME.cy.md for NAME.en.md, and the other way round). */
  pairText?: string;
  /** Name of the pair file (default: the other-language name of `file`, else 'pair.md'). */
  pairFile?: string;
}

/** The other-language name of NAME.en.EXT / NAME.cy.EXT. */
export function otherName(file: string): string {
  const m = /^(.*)\.(en|cy)(\.(?:txt|md|markdown))$/i.exec(file);
  if (!m) return 'pair.md';
  return `${m[1]}.${m[2].toLowerCase() === 'en' ? 'cy' : 'en'}${m[3]}`;
}

export function welshContext(o: WelshLintOptions = {}): RunContext {
  const citation = o.config?.citation ?? o.config?.welsh?.citation;
  return {
    date: '2026-11-23',
    ...(o.channel ? { channel: o.channel } : {}),
    organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } },
    welsh: { order: o.config?.welsh?.order ?? 'any', ...(citation ? { citation } : {}) },
    elections: [],
  };
}

async function ruleSetFor(citation?: string): Promise<RuleSet> {
  const citations = { ...DEFAULT_CITATIONS, ...(citation ? { 'welsh-citation': citation } : {}) };
  const { ruleSet, errors } = buildRuleSet([await welshPack()], [], citations);
  if (errors.length) throw errors[0];
  return ruleSet;
}

/** Lints `text` as a draft with the Welsh language pack only. */
export async function lintText(text: string, o: WelshLintOptions = {}): Promise<Finding[]> {
  const file = o.file ?? 'draft.md';
  const parsed = await parseDraft(text, file);
  if (!parsed.doc) throw parsed.errors[0];
  if (o.pairText !== undefined) {
    const other = await parseDraft(o.pairText, o.pairFile ?? otherName(file));
    if (!other.doc) throw other.errors[0];
    parsed.doc.pair = other.doc;
  }
  const ctx = welshContext(o);
  const ruleSet = await ruleSetFor(ctx.welsh.citation);
  return lintDocument(parsed.doc, ruleSet, ctx, { redact: true, frontMatterKeyAt: parsed.smpolicyKeyAt });
}

/** Rule ids of the findings, in order. */
export const ids = (findings: Finding[]): string[] => findings.map((f) => f.ruleId);

/** Findings of one rule. */
export const only = (findings: Finding[], ruleId: string): Finding[] => findings.filter((f) => f.ruleId === ruleId);

/** "line:column ruleId" for compact assertions. */
export const at = (f: Finding): string => `${f.line}:${f.column} ${f.ruleId}`;

/** Front matter + body. */
export const fm = (front: string, body: string): string => `---\n${front}\n---\n${body}`;
