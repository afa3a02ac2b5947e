import { t } from '../i18n/index.js';
import { requirePackage } from '../support/require-package.js';

/**
 * Pack patterns (`kind: pattern`, and `matches:` of field rules) must not be able to hang a
 * run: JavaScript cannot interrupt a regular expression once it runs, so a pattern is made
 * safe before it runs on anyone's text.
 *
 * - A user pack's pattern runs in RE2 (re2js: a linear-time engine, no backtracking at all),
 *   so exponential, cubic and quadratic patterns alike take time in proportion to the text,
 *   and no screening is needed. RE2 lacks lookaround and `\b` is ASCII-only there.
 * - A pattern RE2 cannot run (lookahead or lookbehind) runs in JavaScript's own engine only if
 *   recheck, an ReDoS checker that proves a pattern safe by automata analysis and by fuzzing,
 *   finds no super-linear backtracking at all (not even quadratic: a 1 MB line would take
 *   hours); otherwise it is refused with the attack recheck found.
 * - The shipped packs' patterns are screened when the build compiles them: those recheck
 *   proves safe run in JavaScript's faster engine, the rest in RE2.
 * - Back-references are refused outright: no checker can bound them.
 */
export type PatternEngine = 're2' | 'js';

export interface PatternCheck { engine?: PatternEngine; problem?: string }

type Re2 = typeof import('re2js');
const re2 = () => requirePackage<Re2>('re2js').RE2JS;

/** What screening found: catastrophic backtracking (with an attack string), or too complex to tell. */
type Verdict = { degree: number; exponential: boolean; attack: string } | 'unknown' | undefined;

// Screening costs tens of milliseconds a pattern: each verdict is kept for the process (its
// message is worded when asked for, in the run's language).
const verdicts = new Map<string, Verdict>();

/** How a pattern will run, or why it cannot: `trusted` for the shipped packs (screened at build time, for speed). */
export async function checkPattern(source: string, ignoreCase: boolean, trusted = false): Promise<PatternCheck> {
  try {
    new RegExp(source, ignoreCase ? 'giu' : 'gu');
  } catch (e) {
    return { problem: t('pattern.invalid', { why: (e as Error).message.replace(/^Invalid regular expression: /, '') }) };
  }
  if (/\\[1-9]|\\k</.test(source)) return { problem: t('pattern.backReference') };
  let linear = false;
  try {
    const { compile, CASE_INSENSITIVE } = re2();
    compile(source, ignoreCase ? CASE_INSENSITIVE : 0);
    linear = true;
  } catch {
    // Lookaround or another construct RE2 lacks: screened below, then run in JavaScript.
  }
  if (linear && !trusted) return { engine: 're2' };
  const key = `${ignoreCase ? 'i' : ''}/${source}`;
  if (!verdicts.has(key)) verdicts.set(key, screen(source, ignoreCase ? 'iu' : 'u'));
  const verdict = verdicts.get(key);
  if (!verdict) return { engine: 'js' };
  return linear ? { engine: 're2' } : { problem: describe(verdict) };
}

function describe(verdict: Exclude<Verdict, undefined>): string {
  if (verdict === 'unknown') return t('pattern.tooComplex');
  const kind = verdict.exponential ? t('pattern.exponential') : verdict.degree === 2 ? t('pattern.quadratic') : t('pattern.polynomial', { degree: verdict.degree });
  return t('pattern.catastrophic', { kind, attack: truncate(verdict.attack) });
}

function screen(source: string, flags: string): Verdict {
  // The pure-JavaScript backend: no worker thread or native binary to start. checkSync reads
  // RECHECK_SYNC_BACKEND (else synckit's worker, which the bundle does not carry).
  process.env.RECHECK_BACKEND ??= 'pure';
  process.env.RECHECK_SYNC_BACKEND ??= 'pure';
  const { checkSync } = requirePackage<typeof import('recheck')>('recheck');
  const result = checkSync(source, flags, { timeout: 5000 });
  if (result.status === 'vulnerable') {
    const c = result.complexity;
    return { exponential: c.type === 'exponential', degree: c.type === 'exponential' ? 0 : c.degree, attack: result.attack.string };
  }
  if (result.status === 'unknown') return 'unknown';
  return undefined;
}

/** A compiled pattern as the detectors use it: each match's [start, end) in `text` (of `group` when given). */
export type Finder = (text: string) => Array<[number, number]>;

export function compilePattern(source: string, o: { ignoreCase?: boolean; group?: number; engine?: PatternEngine }): Finder {
  const group = o.group ?? 0;
  if (o.engine === 're2') {
    const { compile, CASE_INSENSITIVE } = re2();
    const pattern = compile(source, o.ignoreCase ? CASE_INSENSITIVE : 0);
    return (text) => {
      const out: Array<[number, number]> = [];
      const m = pattern.matcher(text);
      while (m.find()) {
        const start = m.start(group);
        if (start >= 0 && m.end(group) > start) out.push([start, m.end(group)]);
      }
      return out;
    };
  }
  // With a group, the 'd' flag gives the group's own offsets.
  const re = new RegExp(source, `g${o.ignoreCase ? 'i' : ''}u${group ? 'd' : ''}`);
  return (text) => {
    const out: Array<[number, number]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const span = group ? m.indices?.[group] : [m.index, m.index + m[0].length];
      if (span) out.push([span[0], span[1]]);
    }
    return out;
  };
}

const truncate = (s: string) => (s.length > 24 ? `${s.slice(0, 21)}...` : s);
