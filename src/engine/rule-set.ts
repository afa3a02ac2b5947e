import { UserError, type DetectorRegistry, type Location } from '../model/index.js';
import { fieldDetector } from './kinds/field.js';
import { patternDetector } from './kinds/pattern.js';
import { phrasesDetector } from './kinds/phrases.js';
import { META_RULES, META_RULES_CY } from './meta-rules.js';
import { publishedView } from './published.js';
import { didYouMean } from '../support/nearest.js';
import type { PackSpec, RuleSpec } from '../model/index.js';
import type { AccountDocument, BuiltinDetector, Lang, LintDocument, Match, PostDocument, RuleInfo, RunContext, SeverityOrOff } from '../model/index.js';
import { t } from '../i18n/index.js';

export interface CompiledRule {
  info: RuleInfo;
  spec: RuleSpec;
  /** The language of its human text: a match's own Welsh message is used when it is 'cy'. */
  lang: Lang;
  /** Synchronous when the detector is (most are): an await per rule per post adds up. */
  detect(doc: LintDocument, ctx: RunContext): Match[] | Promise<Match[]>;
  /** Loads a builtin's module if not yet loaded, so several can load in parallel; else undefined. */
  ready?: () => Promise<unknown> | undefined;
}

export interface RuleSet {
  /** Enabled rules, with configured severities. */
  rules: CompiledRule[];
  /** Every known rule (enabled or not), for formats, `rules` and `explain`. */
  known: Map<string, RuleInfo>;
  /** Severity of the engine's own suppression rules ('off' disables them). */
  meta: Map<string, SeverityOrOff>;
}

/** Values for `{name}` placeholders in policy citations, e.g. `{welsh-citation}`. */
export type Citations = Record<string, string>;

const cite = (text: string, citations: Citations) => text.replace(/\{([a-z-]+)\}/g, (whole, key: string) => citations[key] ?? whole);

/**
 * A rule's metadata as formats, `rules` and `explain` show it, in the run's language: in Welsh
 * its `cy:` texts (message, remediation, why, policy title and reference) and its pack's Welsh
 * title, each falling back to the English where a pack gives none.
 */
export function ruleInfo(rule: RuleSpec, pack: PackSpec, citations: Citations = {}, lang: Lang = 'en'): RuleInfo {
  const cy = lang === 'cy' ? rule.cy : undefined;
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    appliesTo: rule['applies-to'] ?? 'post',
    pack: pack.pack,
    packTitle: (lang === 'cy' ? pack.cy?.title : undefined) ?? pack.title,
    policy: { ref: cite(cy?.policy?.ref ?? rule.policy.ref, citations), title: cite(cy?.policy?.title ?? rule.policy.title, citations) },
    message: cy?.message ?? rule.message,
    remediation: cy?.remediation ?? rule.remediation,
    why: cy?.why ?? rule.why,
    url: rule.url,
    examples: {
      bad: rule.examples.bad.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))),
      good: rule.examples.good.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))),
    },
    ...(lang === 'cy' ? { lang } : {}),
  };
}

type Compiled = Pick<CompiledRule, 'detect' | 'ready'>;

/** Runs a detector over the published, normalised view of a post and maps its matches back. */
function detectPublished(detector: BuiltinDetector<any>, doc: PostDocument, params: Record<string, unknown>, ctx: RunContext): Match[] | Promise<Match[]> {
  const view = publishedView(doc);
  const back = (matches: Match[]) =>
    !matches.length ? matches : matches.map((m) => {
      const [start, end] = view.original(m.start, m.end);
      if (!m.fix) return { ...m, start, end };
      const [fixStart, fixEnd] = view.original(m.fix.start, m.fix.end);
      return { ...m, start, end, fix: { ...m.fix, start: fixStart, end: fixEnd } };
    });
  const found = detector.detect(view.doc, params, ctx);
  return found instanceof Promise ? found.then(back) : back(found);
}

function compileDetect(rule: RuleSpec, registry: DetectorRegistry): Compiled {
  const d = rule.detect;
  switch (d.kind) {
    case 'pattern': {
      const run = patternDetector(d);
      return { detect: (doc) => run(doc as PostDocument) };
    }
    case 'phrases': {
      const run = phrasesDetector(d);
      return { detect: (doc) => run(doc as PostDocument) };
    }
    case 'field': {
      const run = fieldDetector(d);
      return { detect: (doc, ctx) => run(doc as AccountDocument, ctx) };
    }
    case 'builtin': {
      const params = d.params ?? {};
      // Kept once loaded: a repeated dynamic import() costs microseconds per rule per post.
      let detector: BuiltinDetector<any> | undefined;
      let loading: Promise<BuiltinDetector<any>> | undefined;
      const load = () =>
        (loading ??= registry[d.name]().then((loaded) => {
          loaded.prepare?.(params);
          return (detector = loaded);
        }));
      const run = (det: BuiltinDetector<any>, doc: LintDocument, ctx: RunContext) => (det.reads === 'published' && doc.kind === 'post' ? detectPublished(det, doc, params, ctx) : det.detect(doc, params, ctx));
      return {
        ready: () => (detector ? undefined : load()),
        detect: (doc, ctx) => (detector ? run(detector, doc, ctx) : load().then((loaded) => run(loaded, doc, ctx))),
      };
    }
  }
}

/**
 * Each council's Welsh Language Standards compliance notice numbers the social media
 * standards differently, so packs cite `{welsh-citation}` and the configuration's
 * `welsh.citation` fills it in.
 */
export const DEFAULT_CITATIONS: Citations = { 'welsh-citation': 'Welsh Language Standards, social media' };
const DEFAULT_CITATIONS_CY: Citations = { 'welsh-citation': "Safonau'r Gymraeg, cyfryngau cymdeithasol" };

/** The citations a configuration gives (its `welsh.citation`), over the defaults of the run's language. */
export function configCitations(config: { welsh: { citation?: string } }, lang: Lang = 'en'): Citations {
  return { ...(lang === 'cy' ? DEFAULT_CITATIONS_CY : DEFAULT_CITATIONS), ...(config.welsh.citation ? { 'welsh-citation': config.welsh.citation } : {}) };
}

/**
 * Assembles the rules of the given packs in order (a later pack's rule replaces an earlier
 * one with the same id, so a council can adapt a shipped rule), then applies severity
 * overrides. Unknown rule ids in overrides are errors naming the closest id.
 */
export interface RuleSetInput {
  packs: PackSpec[];
  /** Builtin detectors by name: the engine is given them, never imports them. */
  registry: DetectorRegistry;
  /** Severities from the configuration and --rule, in that order. */
  overrides?: SeverityOverride[];
  citations?: Citations;
  /** The language of the rules' human text (default English). */
  lang?: Lang;
}

/** A severity set for a rule id, and where it was set (config line, or the --rule flag). */
export interface SeverityOverride { id: string; severity: SeverityOrOff; at: Location }

export function buildRuleSet({ packs, registry, overrides = [], citations = DEFAULT_CITATIONS, lang = 'en' }: RuleSetInput): { ruleSet: RuleSet; errors: UserError[] } {
  const specs = new Map<string, { rule: RuleSpec; pack: PackSpec }>();
  for (const pack of packs) for (const rule of pack.rules) specs.set(rule.id, { rule, pack });
  const severity = new Map<string, SeverityOrOff>();
  const meta = new Map<string, SeverityOrOff>(META_RULES.map((r) => [r.id, r.severity]));
  const known = new Map<string, RuleInfo>((lang === 'cy' ? META_RULES_CY : META_RULES).map((r) => [r.id, r]));
  for (const { rule, pack } of specs.values()) known.set(rule.id, ruleInfo(rule, pack, citations, lang));
  const errors: UserError[] = [];
  for (const o of overrides) {
    if (!known.has(o.id)) {
      errors.push(UserError.at(t('setup.unknownRule', { id: o.id, hint: didYouMean(o.id, known.keys()) }), o.at));
    } else if (meta.has(o.id)) meta.set(o.id, o.severity);
    else severity.set(o.id, o.severity);
  }
  const rules: CompiledRule[] = [];
  for (const { rule, pack } of specs.values()) {
    const level = severity.get(rule.id) ?? rule.severity;
    if (level === 'off') continue;
    const info = { ...ruleInfo(rule, pack, citations, lang), severity: level };
    known.set(rule.id, info);
    rules.push({ info, spec: rule, lang, ...compileDetect(rule, registry) });
  }
  return { ruleSet: { rules, known, meta }, errors };
}
