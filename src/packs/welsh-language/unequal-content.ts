import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { hasWelshText, postLanguages } from '../../language/post-languages.js';
import type { LanguageSegment } from '../../language/segments.js';

interface Params {
  /** Welsh shorter than this share of the English is reported (Welsh usually runs ~1.1×). */
  'min-ratio'?: number;
  /** English shorter than this many characters is too short to compare lengths. */
  'min-english'?: number;
}

type Kind = 'link' | 'mention' | 'hashtag' | 'number';
interface Item { kind: Kind; key: string; start: number; end: number }
interface Halves { cy: Item[]; en: Item[] }
interface Measure { cyChars: number; enChars: number; cyStart?: number; texts: Array<{ start: number; end: number; norm: string }> }

const TOKENS = /(?<![\p{L}\p{N}_@#])([@#])([\p{L}\p{N}_]+)|(?<![\p{L}\p{N}.,:/])(\p{Nd}+(?:[.,:]\p{Nd}+)*)(?:\s?(am|pm|a\.m\.|p\.m\.|yb|yh|yp)(?![\p{L}]))?/giu;

/**
 * A time read the same way in either language: "2pm", "2yp" (yn y prynhawn), "2.00yh" and
 * "14:00" are all "14:00"; "9am" and "9yb" (y bore) are "09:00". Other numbers as written,
 * without thousands separators.
 */
function numberKey(digits: string, suffix: string | undefined): string {
  const time = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(digits);
  if (time && (suffix || digits.includes(':'))) {
    let hour = Number(time[1]);
    const pm = suffix !== undefined && /^(?:pm|p\.m\.|yh|yp)$/i.test(suffix);
    if (suffix !== undefined && hour <= 12) hour = (hour % 12) + (pm ? 12 : 0);
    if (hour < 24) return `${String(hour).padStart(2, '0')}:${time[2] ?? '00'}`;
  }
  return digits.replace(/,(?=\d{3}\b)/g, '');
}

/** Links, @mentions, #hashtags and numbers (dates and times are numbers too) with offsets. */
function items(doc: PostDocument): Item[] {
  const out: Item[] = doc.links.map((l) => ({ kind: 'link' as const, key: l.url.replace(/\/$/, '').toLowerCase(), start: l.start, end: l.end }));
  const body = doc.prose;
  TOKENS.lastIndex = doc.bodyStart;
  for (let m = TOKENS.exec(body); m; m = TOKENS.exec(body)) {
    if (m[1]) out.push({ kind: m[1] === '@' ? 'mention' : 'hashtag', key: m[2].toLowerCase(), start: m.index, end: m.index + m[0].length });
    else out.push({ kind: 'number', key: numberKey(m[3], m[4]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** How much of each language a post has, where its Welsh starts, and its segments' texts (for copies). */
function measure(doc: PostDocument): Measure {
  const { segments } = postLanguages(doc);
  const m: Measure = { cyChars: 0, enChars: 0, texts: [] };
  for (const s of segments) {
    const len = s.text.replace(/\s+/g, ' ').trim().length;
    if (s.lang === 'cy') m.cyChars += len;
    if (s.lang === 'en') m.enChars += len;
    if (s.lang === 'cy' && m.cyStart === undefined) m.cyStart = s.start;
    const norm = s.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (norm.length >= 10) m.texts.push({ start: s.start, end: s.end, norm });
  }
  return m;
}

/**
 * Assigns each item to the Welsh half, the English half, or both: inside a segment it belongs
 * to that segment's language; in a paragraph of one language, to that language; otherwise
 * (a trailing link after "Mwy o wybodaeth / More information:") it is shared. Only run when
 * the post (or its pair) has both languages to compare.
 */
function halves(doc: PostDocument): Halves {
  const { segments } = postLanguages(doc);
  // Paragraph starts (after a blank line), found once: each lookup is then a binary search,
  // so a post of thousands of lines takes time in proportion to its length.
  const starts = [doc.bodyStart];
  for (const m of doc.text.matchAll(/\r?\n\r?\n/g)) if (m.index! >= doc.bodyStart) starts.push(m.index!);
  const paragraphOf = (offset: number) => starts[lastAtOrBefore(starts, offset)];
  const paragraphs = new Map<number, LanguageSegment[]>();
  for (const s of segments) {
    const p = paragraphOf(s.start);
    const list = paragraphs.get(p);
    if (list) list.push(s);
    else paragraphs.set(p, [s]);
  }
  const h: Halves = { cy: [], en: [] };
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const segmentStarts = sorted.map((s) => s.start);
  const languagesOf = new Map<number, Set<string>>();
  for (const item of items(doc)) {
    const candidate = sorted[lastAtOrBefore(segmentStarts, item.start)];
    const inside = candidate && item.start >= candidate.start && item.start < candidate.end ? candidate : undefined;
    const p = paragraphOf(item.start);
    let langs = languagesOf.get(p);
    if (!langs) languagesOf.set(p, (langs = new Set((paragraphs.get(p) ?? []).map((s) => s.lang).filter((l) => l === 'cy' || l === 'en'))));
    const lang = inside && (inside.lang === 'cy' || inside.lang === 'en') ? inside.lang : langs.size === 1 ? [...langs][0] : undefined;
    if (lang !== 'en') h.cy.push(item);
    if (lang !== 'cy') h.en.push(item);
  }
  return h;
}

/** Index of the last value at or before `x` in an ascending list (-1 if none). */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const LABEL: Record<Kind, string> = { link: 'link', mention: 'mention', hashtag: 'hashtag', number: 'number, date or time' };

/**
 * `welsh/unequal-content`: the Welsh version lacks links, numbers (so dates and times),
 * @mentions or #hashtags that the English has; is much shorter than the English; or the same
 * text appears twice (English pasted as the "Welsh"). Works on one bilingual post or on a
 * NAME.en / NAME.cy pair. Mentions, hashtags and links are compared by count, since the Welsh
 * may rightly name the Welsh account (@CyngorSirGar) or a Welsh hashtag; numbers by value.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { 'min-ratio': { type: 'number', minimum: 0, maximum: 1 }, 'min-english': { type: 'integer', minimum: 0 } },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    // An English reply to an English message may carry a Welsh greeting without a full Welsh version.
    if (post.frontMatter['in-reply-to']?.language === 'en') return [];
    const here = measure(post);
    const other = post.pair ? measure(post.pair) : undefined;
    const cyChars = here.cyChars + (other?.cyChars ?? 0);
    const enChars = here.enChars;
    const out: Match[] = [];
    const seen = new Set<string>();
    // In a pair, a copied file is reported in the copy (NAME.cy), not in the original NAME.en.
    const original = other && /\.en\.[a-z]+$/i.test(post.path);
    const copies = original ? [] : [...(other?.texts ?? []), ...here.texts];
    const own = new Set(here.texts);
    for (const t of copies) {
      if (seen.has(t.norm) && own.has(t)) {
        out.push({ start: t.start, end: t.end, message: 'The same text appears twice: the second copy was probably meant to be the other language' });
      }
      seen.add(t.norm);
    }
    if (cyChars === 0 || enChars === 0) return out;
    // A Welsh greeting or sign-off on an English post ("Diolch") is missing-welsh's to report.
    if (!other && !hasWelshText(post)) return out;
    // Welsh that is there but short is reported once, rather than as every number it lacks.
    const ratio = params['min-ratio'] ?? 0.6;
    if (enChars >= (params['min-english'] ?? 40) && cyChars < enChars * ratio) {
      const at = here.cyStart ?? post.bodyStart;
      out.push({ start: at, end: at, message: `Welsh version is much shorter than the English (${cyChars} against ${enChars} characters): check nothing was left out` });
      return out;
    }
    // In a pair, this file's English is compared with the other file's Welsh; the Welsh file
    // itself reports nothing, so a problem is reported once, in the English file.
    const mine = halves(post);
    const en = mine.en;
    const cy = post.pair ? [...mine.cy, ...halves(post.pair).cy] : mine.cy;
    const remaining = new Map<string, number>();
    for (const i of cy) if (i.kind === 'number') remaining.set(i.key, (remaining.get(i.key) ?? 0) + 1);
    const count = (kind: Kind, list: Item[]) => list.filter((i) => i.kind === kind).length;
    for (const kind of ['link', 'mention', 'hashtag'] as const) {
      const missing = count(kind, en) - count(kind, cy);
      if (missing > 0) {
        const last = en.filter((i) => i.kind === kind).slice(-missing);
        for (const i of last) out.push({ start: i.start, end: i.end, data: { what: `the ${LABEL[kind]} '${post.text.slice(i.start, i.end)}'` } });
      }
    }
    for (const i of en.filter((x) => x.kind === 'number')) {
      const left = remaining.get(i.key) ?? 0;
      if (left > 0) remaining.set(i.key, left - 1);
      else out.push({ start: i.start, end: i.end, data: { what: `the ${LABEL.number} '${post.text.slice(i.start, i.end)}'` } });
    }
    return out;
  },
};
