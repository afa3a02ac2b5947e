import { electionAt, LineIndex } from '../model/index.js';
import { excerpt, shownEnd } from './excerpt.js';
import { accountFingerprint, postFingerprint } from './fingerprint.js';
import { fixFor, personalDataFix } from './fix.js';
import { didYouMean } from '../support/nearest.js';
import { translate } from '../i18n/index.js';
import { mask, maskSpans, SpanIndex } from './redact.js';
import type { CompiledRule, RuleSet } from './rule-set.js';
import { DIRECTIVES, isSuppressed, parseSuppressions, type Directive } from './suppressions.js';
import type { Finding, LintDocument, Match, PostDocument, RuleSpec, RunContext, Severity } from '../model/index.js';

export interface LintOptions {
  /** Mask personal data in messages and excerpts (default true; --no-redact turns it off). */
  redact: boolean;
  /**
   * Finds personal data whatever rules run, so masking never depends on them: given the
   * rules that ran (their specs), it looks for the kinds of data they did not cover.
   */
  privacy?: PrivacyScan;
  /**
   * The language of the text at an offset, by the run's language identifier ('cy', 'en', or
   * undefined when it cannot tell): the language of a personal-data placeholder. Without it,
   * the words around the match decide.
   */
  languageAt?: (doc: PostDocument, offset: number) => 'cy' | 'en' | undefined;
}

export interface PrivacyScan {
  spans(doc: PostDocument, ctx: RunContext, ran: ReadonlySet<RuleSpec>): Promise<Array<[number, number]>>;
  /** A free text (a message quoting what a user wrote) with its personal data masked. */
  mask(text: string, ctx: RunContext): Promise<string>;
}

const normaliseChannel = (c: string | undefined) => (c === 'x' ? 'twitter' : c);


/** Whether a rule's `when` conditions hold for this document and run. */
export function applies(rule: CompiledRule, doc: LintDocument, ctx: RunContext): boolean {
  if (rule.info.appliesTo !== doc.kind) return false;
  const when = rule.spec.when;
  if (!when) return true;
  if (when.channel) {
    const channel = normaliseChannel(ctx.channel ?? (doc.kind === 'post' ? doc.frontMatter.channel : undefined)) ?? 'none';
    if (!when.channel.map(normaliseChannel).includes(channel)) return false;
  }
  if (when.election && (when.election === 'inside') !== Boolean(electionAt(doc, ctx))) return false;
  if (when['account-type'] && (doc.kind !== 'account' || !when['account-type'].includes(String(doc.data.type)))) return false;
  return true;
}

/** The message template of a match: its own (in the run's language when it gives one), else the rule's. */
const messageOf = (rule: CompiledRule, match: Match) => (rule.lang === 'cy' ? (match.messageCy ?? match.message) : match.message) ?? rule.info.message;

/**
 * Fills `{key}` from data (and `{match}` from `match` when given); a Welsh `{key-cy}` the
 * detector does not give falls back to its `{key}`.
 */
function fill(template: string, data: Record<string, string>, match?: string): string {
  if (!template.includes('{')) return template;
  const value = (key: string) => (key === 'match' && match !== undefined ? match : key in data ? data[key] : undefined);
  return template.replace(/\{(\w[\w-]*)\}/g, (whole, key: string) => value(key) ?? (key.endsWith('-cy') ? value(key.slice(0, -3)) : undefined) ?? whole);
}

interface Raw { rule: CompiledRule; match: Match }

/**
 * Runs every applicable rule over one document and returns its findings: severities applied,
 * suppressions honoured (and reported when missing a reason or unused), personal data masked
 * unless `redact` is false, sorted by line, column and rule id. No I/O of its own (only the
 * image detectors read the attachments a draft names).
 */
export async function lintDocument(doc: LintDocument, ruleSet: RuleSet, ctx: RunContext, options: LintOptions): Promise<Finding[]> {
  const own = await lintOne(doc, ruleSet, ctx, options);
  if (doc.kind !== 'account' || !doc.profile?.length) return own;
  // An account's published texts (bio, auto-reply...) are read by the post rules too, except the
  // Welsh ones (welsh/account-profile judges a profile's languages as a whole), unless a rule says
  // otherwise (`profile: true`: mangled Welsh letters in a bio are as wrong as in a post).
  const profileRules: RuleSet = { ...ruleSet, rules: ruleSet.rules.filter((r) => r.spec.profile ?? r.info.category !== 'welsh-language') };
  const found = [...own];
  for (const post of doc.profile) found.push(...(await lintOne(post, profileRules, ctx, options)));
  return sortFindings(found);
}

async function lintOne(doc: LintDocument, ruleSet: RuleSet, ctx: RunContext, options: LintOptions): Promise<Finding[]> {
  const raws: Raw[] = [];
  const rules = ruleSet.rules.filter((rule) => applies(rule, doc, ctx));
  // Detector modules load on first use; start them all at once rather than one by one.
  let loading: Array<Promise<unknown>> | undefined;
  for (const rule of rules) {
    const ready = rule.ready?.();
    if (ready) (loading ??= []).push(ready);
  }
  if (loading) await Promise.all(loading);
  for (const rule of rules) {
    const found = rule.detect(doc, ctx);
    for (const match of found instanceof Promise ? await found : found) raws.push({ rule, match });
  }
  dropSuperseded(raws, doc.kind);
  const lines = new LineIndex(doc.text);
  if (doc.kind === 'account') {
    // An account file's lines and values are shown as they are, so personal data in them is
    // found by the privacy scan over the whole file (no rule reports it there).
    const found = options.redact && options.privacy && raws.length ? await options.privacy.spans(asText(doc.text), ctx, new Set()) : [];
    const sensitive = new SpanIndex(found);
    return sortFindings(raws.map((r) => accountFinding(doc, lines, r, sensitive, options)));
  }
  const directives = parseSuppressions(doc, lines, doc.smpolicyKeyAt);
  const own: Array<[number, number]> = options.redact ? raws.filter((r) => r.match.sensitive || r.rule.spec.sensitive).map((r) => [r.match.start, r.match.end]) : [];
  const scanned = options.redact && options.privacy && raws.length ? await options.privacy.spans(doc, ctx, new Set(rules.map((r) => r.spec))) : [];
  const sensitive = new SpanIndex(scanned.length ? [...own, ...scanned] : own);
  const findings: Finding[] = [];
  for (const raw of raws) {
    if (directives.length && isSuppressed(directives, raw.rule.info.id, raw.match.start)) continue;
    findings.push(postFinding(doc, lines, raw, sensitive, options));
  }
  for (const f of suppressionFindings(doc, lines, directives, ruleSet)) {
    // A suppression comment is not prose: what it quotes (an unknown "rule") is masked here.
    findings.push(options.redact && options.privacy ? { ...f, message: await options.privacy.mask(f.message, ctx) } : f);
  }
  return sortFindings(findings);
}

/**
 * Drops a match covered by a match of a rule it names in `superseded-by` (one finding, not
 * two). In a post a match covers the text inside its span; in an account file, the value at
 * its JSON Pointer ("two-factor: yes" is account/schema's to report, not also account/two-factor's).
 */
function dropSuperseded(raws: Raw[], kind: LintDocument['kind']): void {
  if (!raws.some((r) => r.rule.spec['superseded-by']?.length)) return;
  let covered: (id: string, match: Match) => boolean;
  if (kind === 'account') {
    const places = new Set(raws.filter((r) => r.match.pointer).map((r) => `${r.rule.info.id}\u0000${r.match.pointer}`));
    covered = (id, match) => match.pointer !== undefined && places.has(`${id}\u0000${match.pointer}`);
  } else {
    const byRule = new Map<string, Array<[number, number]>>();
    for (const { rule, match } of raws) {
      const list = byRule.get(rule.info.id) ?? [];
      list.push([match.start, match.end]);
      byRule.set(rule.info.id, list);
    }
    const index = new Map([...byRule].map(([id, spans]) => [id, new SpanIndex(spans)]));
    covered = (id, { start, end }) => index.get(id)?.overlapping(start, end).some(([s, e]) => s <= start && e >= end) ?? false;
  }
  // Kept in place, in order, in one pass: a splice per dropped match made a long draft with
  // thousands of postcodes inside addresses quadratic.
  let kept = 0;
  for (const raw of raws) {
    const by = raw.rule.spec['superseded-by'];
    if (!raw.match.standalone && by?.some((id) => id !== raw.rule.info.id && covered(id, raw.match))) continue;
    raws[kept++] = raw;
  }
  raws.length = kept;
}

function postFinding(doc: PostDocument, lines: LineIndex, { rule, match }: Raw, sensitive: SpanIndex, options: LintOptions): Finding {
  const raw = doc.text.slice(match.start, match.end);
  // What `actual` shows of a long match (a paragraph): its start, as the excerpt does.
  const cut = shownEnd(doc.text, match.start, match.end);
  const long = cut < match.end;
  let shown = long ? `${doc.text.slice(match.start, cut)}…` : raw;
  const data = maskedData(match, options);
  let message: string;
  if (!options.redact) message = fill(messageOf(rule, match), data, shown);
  else {
    // Personal data found by any rule is masked in every finding that shows it: a finding
    // that is itself personal data is masked whole; one that contains some (a paragraph
    // quoted by a language rule) or lies inside some (a number taken from a phone number)
    // has those parts masked, in its text and in its message.
    const own = match.sensitive || rule.spec.sensitive === true;
    const overlapping = sensitive.overlapping(match.start, match.end);
    const inside = overlapping.some(([s, e]) => s <= match.start && e >= match.end);
    if (own || inside) shown = mask(raw);
    else if (overlapping.length) {
      const within = long ? overlapping.filter(([s]) => s < cut) : overlapping;
      shown = maskSpans(raw.slice(0, cut - match.start), within.map(([s, e]) => [s - match.start, e - match.start])) + (long ? '…' : '');
    }
    const secrets = [...(own || inside ? [raw] : []), ...overlapping.map(([s, e]) => doc.text.slice(s, e))].filter((t) => t.length > 2);
    message = fill(messageOf(rule, match), data, shown);
    for (const secret of secrets.sort((a, b) => b.length - a.length)) message = message.split(secret).join(mask(secret));
  }
  const start = lines.position(match.start);
  const end = lines.position(Math.max(match.end, match.start));
  // In a thread, every finding names its post, in every format (DESIGN §2).
  const thread = threadPost(doc, match.start);
  if (thread) message = `${message} (post ${thread.post} of ${thread.posts})`;
  const fix = fixFor(rule.spec.fix, match, doc, { ...(match.data ?? {}) }, lines);
  // A fix that would print personal data (the matched text of a sensitive match) is not shown masked: it is left out.
  const fixShowsSecret = fix && options.redact && (match.sensitive || rule.spec.sensitive) && raw.length > 2 && fix.text.includes(raw);
  // Personal data with no safe fix of its own may be replaced by a placeholder, only when asked.
  const pd = !fix && (match.sensitive || rule.spec.sensitive === true) ? personalDataFix(match, doc, options.languageAt) : undefined;
  const finding = newFinding(rule, match.severity, message, start, end, excerpt(doc.text, match.start, match.end, sensitive, lines), postFingerprint(rule.info.id, doc.text, match.start, match.end));
  if (thread) finding.thread = thread;
  if (fix && !fixShowsSecret) finding.fix = { range: [fix.start, fix.end], text: fix.text };
  if (pd) finding.suggestedFix = { range: [pd.start, pd.end], text: pd.text, kind: 'personal-data' };
  if (raw) finding.actual = shown;
  addExtras(finding, rule, match);
  return finding;
}

/** Which post of a thread an offset is in: the post it falls in, or the next one after a separator. */
function threadPost(doc: PostDocument, offset: number): { post: number; posts: number } | undefined {
  const posts = doc.posts;
  if (!posts) return undefined;
  let i = posts.findIndex(([, end]) => offset < end || offset === end);
  if (i < 0) i = posts.length - 1;
  return { post: i + 1, posts: posts.length };
}

const NO_DATA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** The match's data, with the values it declares personal masked unless --no-redact. */
function maskedData(match: Match, options: LintOptions): Record<string, string> {
  if (!options.redact || !match.sensitiveData?.length) return match.data ?? NO_DATA;
  const data = { ...match.data };
  for (const key of match.sensitiveData) if (key in data) data[key] = mask(data[key]);
  return data;
}

/** An account file's text as a draft, for the privacy scan. */
const asText = (text: string): PostDocument => ({ kind: 'post', path: '', where: { file: '' }, text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });

function accountFinding(doc: Extract<LintDocument, { kind: 'account' }>, lines: LineIndex, { rule, match }: Raw, sensitive: SpanIndex, options: LintOptions): Finding {
  const pos = doc.locate(match.pointer ?? '', match.key);
  const value = match.data?.value;
  const start = lines.lineStart(pos.line);
  const lineText = lines.lineText(pos.line);
  const onLine = options.redact ? sensitive.overlapping(start, start + lineText.length) : [];
  // A finding is at the line of its key or value: personal data on that line is masked wherever
  // the finding quotes it (a schema message repeats the bad value).
  const secrets = [...new Set(onLine.map(([s, e]) => doc.text.slice(s, e)))].filter((s) => s.length > 2).sort((a, b) => b.length - a.length);
  const maskSecrets = (s: string) => secrets.reduce((out, secret) => out.split(secret).join(mask(secret)), s);
  const shown = value !== undefined && options.redact && (match.sensitive || rule.spec.sensitive || secrets.some((x) => value.includes(x))) ? mask(value) : value;
  const message = maskSecrets(fill(messageOf(rule, match), { ...maskedData(match, options), ...(shown !== undefined ? { value: shown, match: shown } : {}) }));
  const excerptText = maskSpans(lineText, onLine.map(([s, e]) => [s - start, e - start])).trim();
  const finding = newFinding(rule, match.severity, message, pos, pos, excerptText, accountFingerprint(rule.info.id, match.pointer ?? '', match.key, value, match.message));
  if (shown !== undefined) finding.actual = shown;
  addExtras(finding, rule, match);
  return finding;
}

const LEVEL: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

type Position = { line: number; column: number };

/**
 * A finding's required part, every key written out: optional parts are then added by
 * assignment. A spread of a shared head, or of optional parts, costs several times as much in
 * Node 20's V8, and a finding is made for every match (a 1 MB draft can have 30,000); the keys
 * are in the order the JSON format prints them.
 */
function newFinding(rule: CompiledRule, severity: Severity | undefined, message: string, from: Position, to: Position, excerptText: string, fingerprint: string): Finding {
  const info = rule.info;
  return {
    ruleId: info.id,
    category: info.category,
    severity: severityOf(info.severity, severity),
    policy: { pack: info.pack, ref: info.policy.ref, title: info.policy.title },
    message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    excerpt: excerptText,
    fingerprint,
  };
}

/**
 * A finding's severity: a detector may lower it by context, but never raise it above the
 * configured level (a user who turned a rule down keeps it down).
 */
function severityOf(configured: Severity, severity: Severity | undefined): Severity {
  return severity && LEVEL[severity] < LEVEL[configured] ? severity : configured;
}

/** A match's suggestions and note, and the rule's documentation link, when there are any. */
function addExtras(finding: Finding, rule: CompiledRule, match: Match): void {
  if (match.suggestions?.length) finding.suggestions = match.suggestions;
  if (match.note) finding.note = rule.lang === 'cy' ? (match.noteCy ?? match.note) : match.note;
  if (rule.info.url) finding.url = rule.info.url;
}

function suppressionFindings(doc: PostDocument, lines: LineIndex, directives: Directive[], ruleSet: RuleSet): Finding[] {
  const out: Finding[] = [];
  if (!directives.length) return out;
  const enabled = new Set(ruleSet.rules.map((r) => r.info.id));
  const report = (id: string, d: Directive, message: string) => {
    const severity = ruleSet.meta.get(id);
    const info = ruleSet.known.get(id)!;
    if (!severity || severity === 'off') return;
    const start = lines.position(d.start);
    const end = lines.position(d.end);
    out.push({
      ruleId: id,
      category: info.category,
      severity,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      excerpt: excerpt(doc.text, d.start, d.end, [], lines),
      policy: { pack: info.pack, ref: info.policy.ref, title: info.policy.title },
    });
  };
  // In the language of the meta rules' texts (the run's).
  const lang = ruleSet.known.get('smpolicy/unused-suppression')?.lang ?? 'en';
  for (const d of directives) {
    if (d.kind === 'unknown') {
      // ESLint's "disable-line" has no twin here: the comment goes on the line before.
      const hint = d.name!.endsWith('line') ? translate(lang, 'hint.didYouMeanOne', { word: "'smpolicy-disable-next-line'" }) : didYouMean(`smpolicy-${d.name}`, DIRECTIVES.map((x) => `smpolicy-${x}`));
      report('smpolicy/unused-suppression', d, translate(lang, 'suppress.unknownDirective', { name: d.name!, hint }));
      continue;
    }
    const names = d.rules.length ? d.rules.join(', ') : translate(lang, 'suppress.allRules');
    if (!d.reason) report('smpolicy/suppression-reason', d, translate(lang, 'suppress.noReason', { rules: names }));
    for (const id of d.rules) {
      if (!ruleSet.known.has(id)) report('smpolicy/unused-suppression', d, translate(lang, 'suppress.unknownRule', { id, hint: didYouMean(id, ruleSet.known.keys()) }));
      else if (enabled.has(id) && !d.used.has(id)) report('smpolicy/unused-suppression', d, translate(lang, 'suppress.nothing', { id }));
    }
    if (!d.rules.length && !d.used.size) report('smpolicy/unused-suppression', d, translate(lang, 'suppress.allNothing'));
  }
  return out;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
