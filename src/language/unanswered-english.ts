import type { LanguageSegment } from './segments.js';

/**
 * English in a bilingual text that no Welsh beside it answers: a page whose notice is in both
 * languages and whose body is English only ("Oherwydd gwaith cynnal a chadw … ⏎ Due to
 * essential maintenance … ⏎ Grit bins ⏎ There are over 900 grit bins …"), or an English
 * covering note above a message given in both languages.
 *
 * The text is read as runs of one language: consecutive segments; a segment in both languages
 * ends a run unless it is a heading or label under MIN_MIXED characters; one in neither is
 * passed over. A Welsh run and an English run side by side may be versions of each other; the
 * pairing that answers the most English is taken (each run in at most one pair). An English run
 * with no Welsh run paired to it is unanswered. An English run paired to the Welsh run before it
 * is answered as far as the Welsh goes, paragraph by paragraph: what lies past that is unanswered. Stretches shorter than MIN_UNANSWERED are
 * passed over (a "Published:" label, a caption).
 */
export function unansweredEnglish(segments: readonly LanguageSegment[]): { start: number; end: number; chars: number } | undefined {
  const runs = languageRuns(segments);
  // Nothing shorter than MIN_UNANSWERED is reported: most posts stop here, before any pairing.
  if (!runs.some((r) => r.lang === 'en' && r.chars >= MIN_UNANSWERED)) return undefined;
  const pairedWith = pairRuns(runs);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.lang !== 'en') continue;
    const partner = pairedWith[i];
    if (partner === undefined) {
      if (run.chars >= MIN_UNANSWERED) return { start: run.segments[0]!.start, end: run.segments[0]!.end, chars: run.chars };
      continue;
    }
    // An English run paired to the Welsh after it (English first) counts as answered; one paired
    // to the Welsh before it is answered from its start, and the segments past the Welsh's length are not.
    if (partner > i) continue;
    const welsh = runs[partner]!.chars;
    // The English answered: the first segments, as long together as the Welsh is, as nearly as
    // they can be (and no more than half as long again).
    let answered = 0;
    let k = 0;
    for (let j = 0, sum = 0; j < run.segments.length; j++) {
      sum += segLength(run.segments[j]!);
      if (sum > welsh * STRETCH) break;
      if (Math.abs(sum - welsh) < Math.abs(answered - welsh) || k === 0) [answered, k] = [sum, j + 1];
    }
    const rest = run.chars - answered;
    // Only past a prefix that answers the Welsh well: a Welsh version cut short, with no such
    // prefix, is welsh/unequal-content's to report.
    if (answered < welsh / STRETCH) continue;
    if (k > 0 && k < run.segments.length && rest >= MIN_UNANSWERED && rest >= run.chars / 2) {
      const at = run.segments[k]!;
      return { start: at.start, end: at.end, chars: rest };
    }
  }
  return undefined;
}

/** English this long with no Welsh beside it is a text, not a label or a caption. */
const MIN_UNANSWERED = 250;
/** Segments in both languages shorter than this are headings and labels, passed over. */
const MIN_MIXED = 150;
/** A translation runs longer or shorter than its original, up to about this factor. */
const STRETCH = 1.5;

interface Run { lang: 'cy' | 'en' | 'mixed'; chars: number; segments: LanguageSegment[]; marks?: Set<string> }

/** Numbers, and capitalised words inside a sentence: what a translation keeps as it is. */
const MARK = /\d+|(?<=\p{Ll}[ \u00A0])\p{Lu}[\p{L}'’-]*/gu;
const marksOf = (run: Run) => (run.marks ??= new Set(run.segments.flatMap((s) => s.text.match(MARK) ?? [])));

/** The share of the fewer marks of two runs found in the other (0 when either has none). */
function shared(a: Run, b: Run): number {
  const [x, y] = [marksOf(a), marksOf(b)];
  const [few, many] = x.size <= y.size ? [x, y] : [y, x];
  if (!few.size) return 0;
  let n = 0;
  for (const m of few) if (many.has(m)) n++;
  return n / few.size;
}

const segLength = (s: LanguageSegment) => s.text.trim().length;

function languageRuns(segments: readonly LanguageSegment[]): Run[] {
  const runs: Run[] = [];
  for (const s of segments) {
    // A heading or label in both languages ("(GELLIWION ROAD, PONTYPRIDD)", "‘Mynd a Dod’, Monday
    // and Tuesday") neither starts nor ends a run.
    if (s.lang === 'unknown' || (s.lang === 'mixed' && segLength(s) < MIN_MIXED)) continue;
    const last = runs[runs.length - 1];
    if (last && last.lang === s.lang && s.lang !== 'mixed') {
      last.chars += segLength(s);
      last.segments.push(s);
    } else runs.push({ lang: s.lang, chars: segLength(s), segments: [s] });
  }
  return runs;
}

/**
 * The pairing of side-by-side Welsh and English runs that answers the most English (a maximum
 * matching on a path, by dynamic programming): for each run, the index of its partner.
 */
function pairRuns(runs: readonly Run[]): Array<number | undefined> {
  const weight = (i: number) => {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    if (!((a.lang === 'cy' && b.lang === 'en') || (a.lang === 'en' && b.lang === 'cy'))) return -1;
    // Versions share their numbers and names: the runs that share more are the likelier pair.
    // Welsh first, as the standards ask, wins a tie: a Welsh run answers the English after it.
    return Math.min(a.chars, b.chars) * (0.5 + shared(a, b)) + (a.lang === 'cy' ? 0.5 : 0);
  };
  const best = new Array<number>(runs.length + 1).fill(0);
  for (let i = 1; i < runs.length; i++) {
    const w = weight(i);
    best[i + 1] = Math.max(best[i]!, w < 0 ? -Infinity : best[i - 1]! + w);
  }
  const partner = new Array<number | undefined>(runs.length).fill(undefined);
  for (let i = runs.length - 1; i >= 1; ) {
    const w = weight(i);
    if (w >= 0 && best[i + 1]! > best[i]!) {
      partner[i] = i - 1;
      partner[i - 1] = i;
      i -= 2;
    } else i--;
  }
  return partner;
}
