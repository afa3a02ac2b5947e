import { firstNotBefore, type BuiltinDetector, type Match, type PostDocument } from '../../model/index.js';
import { bilingualLine, inBothHalves, labelledNumber, labelledValues, lineOf, TITLE_PAIR } from './lib/unequal-lines.js';
import { numberItems, welshNumberWords } from '../../language/number-items.js';
import { hasWelshText, postLanguages, TOKEN_SHARE } from '../../language/post-languages.js';
import type { LanguageSegment } from '../../language/segments.js';
import { collapsedLength, normLength } from './lib/text-lengths.js';
import { isWelshWord, loadWelshWords, normaliseWelsh } from '../../language/welsh-spelling.js';

interface Params {
  /** Welsh shorter than this share of the English is reported (Welsh usually runs ~1.1×). */
  'min-ratio'?: number;
  /** English shorter than this many characters is too short to compare lengths. */
  'min-english'?: number;
}

type Kind = 'link' | 'mention' | 'hashtag' | 'number';
interface Item { kind: Kind; keys: string[]; also?: string[]; start: number; end: number; lang?: 'cy' | 'en'; segment?: LanguageSegment }
interface Halves { cy: Item[]; en: Item[] }
interface Text { start: number; end: number; length: number; text: string; norm?: string }
interface Measure { cyChars: number; enChars: number; cyStart?: number; texts: Text[] }

const TAGS = /(?<![\p{L}\p{N}_@#])([@#])([\p{L}\p{N}_]+)/gu;

/**
 * Links, @mentions, #hashtags and numbers (dates and times are numbers too: number-items.ts)
 * with offsets; page furniture (file sizes, "Published:" dates) is left out.
 */
function items(doc: PostDocument): Item[] {
  const out: Item[] = doc.links.map((l) => ({ kind: 'link' as const, keys: [l.url.replace(/\/$/, '').toLowerCase()], start: l.start, end: l.end }));
  const body = doc.prose;
  const tags: Array<[number, number]> = [];
  TAGS.lastIndex = doc.bodyStart;
  for (let m = TAGS.exec(body); m; m = TAGS.exec(body)) {
    out.push({ kind: m[1] === '@' ? 'mention' : 'hashtag', keys: [m[2].toLowerCase()], start: m.index, end: m.index + m[0].length });
    tags.push([m.index, m.index + m[0].length]);
  }
  const tagStarts = tags.map(([s]) => s);
  for (const n of numberItems(body, doc.bodyStart)) {
    const tag = tags[lastAtOrBefore(tagStarts, n.start)];
    if (n.ignore || (tag && n.start < tag[1])) continue;
    out.push({ kind: 'number', keys: n.keys, also: n.also, start: n.start, end: n.end, lang: n.lang });
  }
  return out;
}

/** Three or more words, two of them lower-case: a sentence, not a name or a heading. */
function substantial(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
}

/**
 * How much of each language a post has, where its Welsh starts, and its segments' texts (for
 * copies: only when there is another text to compare, a second segment or a pair).
 */
function measure(doc: PostDocument, paired: boolean): Measure {
  const { segments } = postLanguages(doc);
  const m: Measure = { cyChars: 0, enChars: 0, texts: [] };
  const copies = paired || segments.length > 1;
  const values = labelledValues(doc.prose);
  const valueStarts = values.map(([a]) => a);
  for (const s of segments) {
    let len = collapsedLength(s.text);
    // A value after a line's two labels ("Bore / Morning: 9.00–12.00yb") is both languages':
    // it counts for neither, wherever the segmenter put it. (Values are in text order and do
    // not overlap: from the last one starting at or before the segment, while they start in it.)
    for (let i = Math.max(0, lastAtOrBefore(valueStarts, s.start)); i < values.length && values[i]![0] < s.end; i++) {
      const [a, b] = values[i]!;
      if (b > s.start) len -= collapsedLength(doc.prose.slice(Math.max(a, s.start), Math.min(b, s.end)));
    }
    // So is a title of both languages on one line ("Yr Hydref/ Autumn"), wherever it was put.
    if (s.text.includes('/')) for (const line of s.text.split('\n')) if (TITLE_PAIR.test(line)) len -= collapsedLength(line);
    if (s.lang === 'cy') m.cyChars += len;
    if (s.lang === 'en') m.enChars += len;
    if (s.lang === 'cy' && m.cyStart === undefined) m.cyStart = s.start;
    if (!copies) continue;
    const length = normLength(s.text);
    if (length >= 10) m.texts.push({ start: s.start, end: s.end, length, text: s.text });
  }
  return m;
}

/**
 * The language of a link's label on a line too short to identify ("Holiadur: https://…",
 * "Questionnaire: https://…"): up to four words, all Welsh and one at least not English, or the reverse.
 */
function labelLanguage(line: string): 'cy' | 'en' | undefined {
  const found = line.replace(ADDRESS, ' ').match(/\p{L}[\p{L}'’-]*/gu);
  if (!found || found.length > 4) return undefined;
  const words = loadWelshWords();
  const english = (w: string) => words.english?.has(normaliseWelsh(w)) === true;
  // Every word of one language and one at least of that language alone ("Rhestr lawn:", whose
  // "lawn" is English too; "Full list:").
  const welsh = found.map((w) => isWelshWord(w, words));
  const inEnglish = found.map(english);
  if (welsh.every(Boolean) && inEnglish.some((e) => !e)) return 'cy';
  if (inEnglish.every(Boolean) && welsh.some((w) => !w)) return 'en';
  return undefined;
}

/** A segment's text compared for copies: lower case, each run of other than letters and digits one space. */
function normOf(t: Text): string {
  return (t.norm ??= t.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

/**
 * Assigns each item to the Welsh half, the English half, or both: a number whose form is
 * Welsh ("9yb", "5ed", "Tachwedd") to the Welsh (English forms are common in Welsh); otherwise inside
 * a segment to that segment's language; in a paragraph of one language, to that language;
 * otherwise (a trailing link after "Mwy o wybodaeth / More information:") it is shared.
 * Numbers written as Welsh words ("tri", "ddeg", "ugain") are read from the Welsh segments.
 */
function halves(doc: PostDocument, answering?: Item[]): Halves {
  const { segments } = postLanguages(doc);
  // Paragraph starts (after a blank line), found once: each lookup is then a binary search,
  // so a post of thousands of lines takes time in proportion to its length.
  const starts = paragraphStarts(doc);
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
    item.segment = inside;
    const p = paragraphOf(item.start);
    let langs = languagesOf.get(p);
    if (!langs) languagesOf.set(p, (langs = new Set((paragraphs.get(p) ?? []).map((s) => s.lang).filter((l) => l === 'cy' || l === 'en'))));
    // A Welsh form ("9yb", "Tachwedd") in an English segment shows the segmenter was wrong; an
    // English form ("11am") is common in Welsh posts, so it does not move a number out.
    const line = lineOf(doc.prose, item.start);
    const lang = item.lang === 'cy' ? 'cy' : inside && (inside.lang === 'cy' || inside.lang === 'en') ? inside.lang : langs.size === 1 ? [...langs][0] : item.kind === 'link' ? labelLanguage(line) : undefined;
    // A number beside a Welsh word in an English segment is both languages' ("gweler eitem agenda
    // 206 Declaration of interest: see agenda item 206"), so it answers the English one too.
    // A line of both languages split by " / " (a title: "Rhestr Fer #DyddMiwsigCymru / Countdown
    // to #WelshMusicLanguageDay") gives its hashtags and mentions to both (each half has its
    // own, and they are compared by count), when each half has one; numbers and links are
    // compared as ever.
    const both = (item.kind === 'hashtag' || item.kind === 'mention') ? bilingualLine(line) : item.kind === 'number' && inBothHalves(line, doc.prose.slice(item.start, item.end));
    if (both || lang !== 'en' || (item.kind === 'number' && (besideWelsh(doc.prose, item) || labelledNumber(doc.prose, item.start, line)))) h.cy.push(item);
    if (both || lang !== 'cy') h.en.push(item);
  }
  // A link given in the English and again where no language can be told (after an English
  // quotation inside a Welsh paragraph, "… yw: ‘A chronic …’ https://…") is the Welsh's copy.
  const inCy = new Set(h.cy);
  const enLinks = new Set(h.en.filter((i) => i.kind === 'link' && !inCy.has(i)).flatMap((i) => i.keys));
  if (enLinks.size) h.en = h.en.filter((i) => !(i.kind === 'link' && inCy.has(i) && i.keys.some((k) => enLinks.has(k))));
  // Welsh number words only answer English numbers: with none to answer, they are not read.
  if (!(answering ?? h.en).some((i) => i.kind === 'number')) return h;
  for (const s of segments) {
    if (s.lang !== 'cy') continue;
    for (const n of welshNumberWords(doc.prose, s.start, s.end)) h.cy.push({ kind: 'number', keys: n.keys, start: n.start, end: n.end, lang: 'cy', segment: s });
  }
  return h;
}

/**
 * A segment that is one line of its own: a line break before the next segment (a web page's
 * headline is often followed by its text on the next line, with no blank line between).
 */
const oneLineParagraph = (doc: PostDocument, s: LanguageSegment, next: LanguageSegment) =>
  !s.text.trim().includes('\n') && doc.prose.slice(s.start, next.start + 1).includes('\n');

/**
 * A Welsh headline over an English text: the post opens with a paragraph of one Welsh line of
 * five words or more ("Pont Glaslyn ar gau dros nos yr wythnos nesaf."), and English follows;
 * or with a title in both languages, English first, each its own line ("Statement from the
 * First Minister on Storm Eunice⏎⏎Datganiad gan Brif Weinidog Cymru ar Storm Eunice⏎⏎The First
 * Minister said …"). The Welsh is a version, cut short, not a greeting: both labellers who
 * met it read it so.
 */
function welshHeadline(doc: PostDocument): boolean {
  const segments = postLanguages(doc).segments;
  const titled = segments[0]?.lang === 'en' && segments[1] !== undefined && oneLineParagraph(doc, segments[0], segments[1]);
  const [first, second] = titled ? segments.slice(1) : segments;
  if (first?.lang !== 'cy' || second?.lang !== 'en') return false;
  // The headline's line, perhaps with a dateline or byline under it ("Dyfan Lewis yn ennill y Goron⏎4 Aug 2021").
  const text = first.text.trim();
  const lineEnd = text.indexOf('\n');
  if (lineEnd >= 0 && PROSE_WORD.test(text.slice(lineEnd))) return false;
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  // A sentence, not a name in Title Case ("Bwrdd Iechyd Prifysgol Hywel Dda University Health Board").
  return doc.prose.slice(first.start, second.start + 1).includes('\n') && (line.match(/\p{L}+/gu) ?? []).length >= 5 && (line.match(LOWER_WORDS) ?? []).length >= 2;
}

/** Paragraph starts (after a blank line), in order. */
function paragraphStarts(doc: PostDocument): number[] {
  const starts = [doc.bodyStart];
  // An exec loop, not matchAll: no iterator and match array per post.
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(doc.text); m; m = PARAGRAPH_BREAK.exec(doc.text)) if (m.index >= doc.bodyStart) starts.push(m.index);
  return starts;
}
const PARAGRAPH_BREAK = /\r?\n\r?\n/g;

/** A word in lower case: a headline's sentence has some, a name in Title Case none. */
const LOWER_WORDS = /(?<![\p{L}])\p{Ll}[\p{L}'’]*/gu;

/** A lower-case word, and e-mail and web addresses (whose words are no prose). */
const PROSE_WORD = /(?:^|[^\p{L}])\p{Ll}{2,}/u;
const ADDRESS = /\S+@\S+|(?:https?:\/\/|www\.)\S+/gu;

/**
 * The paragraphs, as [start, end), that hold both languages in like measure (each at least
 * TOKEN_SHARE of the other, the English at least 40 characters): a bilingual block in a page
 * that is otherwise Welsh. English with no lower-case word but in an address is labels
 * ("Fax: …", "Email: …", "Sign Video BSL Live" under a Welsh page's "Ffôn: …"), not a version.
 */
function bilingualBlocks(doc: PostDocument): Array<[number, number]> {
  const starts = paragraphStarts(doc);
  const cy = new Array<number>(starts.length).fill(0);
  const en = new Array<number>(starts.length).fill(0);
  for (const s of postLanguages(doc).segments) {
    const p = lastAtOrBefore(starts, s.start);
    if (s.lang === 'cy') cy[p] += collapsedLength(s.text);
    if (s.lang === 'en' && PROSE_WORD.test(s.text.replace(ADDRESS, ' '))) en[p] += collapsedLength(s.text);
  }
  const out: Array<[number, number]> = [];
  starts.forEach((start, p) => {
    if (en[p]! >= 40 && en[p]! >= cy[p]! * TOKEN_SHARE && cy[p]! >= en[p]! * TOKEN_SHARE) out.push([start, starts[p + 1] ?? doc.text.length]);
  });
  return out;
}

/**
 * A number in an English segment with a Welsh word beside it (two words either side, in the
 * same segment) belongs to both languages: the heading number of "4.1 Sedd Wag / Casual
 * Vacancy" or the minute reference of "Cof/Min 21/07" in minutes whose two languages run on
 * in one paragraph.
 */
function besideWelsh(text: string, item: Item): boolean {
  const seg = item.segment;
  if (!seg) return false;
  const words = loadWelshWords();
  const before = text.slice(seg.start, item.start).match(/\p{L}+/gu)?.slice(-2) ?? [];
  const after = text.slice(item.end, seg.end).match(/\p{L}+/gu)?.slice(0, 2) ?? [];
  return [...before, ...after].some((w) => w.length >= 3 && !words.english?.has(normaliseWelsh(w)) && isWelshWord(w, words));
}

/**
 * The English numbers no Welsh number answers: each Welsh number answers one English number
 * with a key in common, the first in order; then what is left may be answered by a Welsh
 * date's day or year ("2019" by "21 Mai 2019", its `also` keys). Indexed by key, so a long
 * document's thousands of numbers take time in proportion to their count.
 */
function unanswered(en: Item[], cy: Item[]): Item[] {
  const pool = cy.filter((i) => i.kind === 'number');
  const shared = new Set(pool);
  let left = en.filter((i) => i.kind === 'number' && !shared.has(i));
  const used = new Uint8Array(pool.length);
  for (const answers of [(c: Item) => c.keys, (c: Item) => c.also ?? []]) {
    const byKey = new Map<string, number[]>();
    pool.forEach((c, at) => {
      if (used[at]) return;
      for (const k of new Set(answers(c))) {
        const list = byKey.get(k);
        if (list) list.push(at);
        else byKey.set(k, [at]);
      }
    });
    // Per key, the first entry not yet used (entries are skipped once, so each pass is linear).
    const first = new Map<string, number>();
    left = left.filter((i) => {
      let best = -1;
      for (const k of i.keys) {
        const list = byKey.get(k);
        if (!list) continue;
        let p = first.get(k) ?? 0;
        while (p < list.length && used[list[p]]) p++;
        first.set(k, p);
        if (p < list.length && (best < 0 || list[p] < best)) best = list[p];
      }
      if (best < 0) return true;
      used[best] = 1;
      return false;
    });
  }
  // A value the English repeats (a title, then the same words in the body) is there in the
  // Welsh if the Welsh gives it once: what is compared is the facts, not how often they recur.
  const given = new Set<string>();
  for (const c of pool) for (const k of [...c.keys, ...(c.also ?? [])]) given.add(k);
  return left.filter((i) => !i.keys.some((k) => given.has(k)));
}

/** Index of the last value at or before `x` in an ascending list (-1 if none). */
const lastAtOrBefore = (sorted: number[], x: number): number => firstNotBefore(sorted.length, (i) => sorted[i]! <= x) - 1;

const LABEL: Record<Kind, string> = { link: 'link', mention: 'mention', hashtag: 'hashtag', number: 'number, date or time' };
const LABEL_CY: Record<Kind, string> = { link: 'y ddolen', mention: 'y cyfeiriad', hashtag: 'yr hashnod', number: "y rhif, y dyddiad neu'r amser" };
const what = (kind: Kind, text: string) => ({ what: `the ${LABEL[kind]} '${text}'`, 'what-cy': `${LABEL_CY[kind]} '${text}'` });

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
    const here = measure(post, post.pair !== undefined);
    const other = post.pair ? measure(post.pair, true) : undefined;
    // In a pair, what the Welsh lacks is reported once, in the Welsh file, where it is to be put
    // right (as three labellers of blind sets placed it); the English file reports only a copy.
    const welshSide = other !== undefined && here.cyChars > here.enChars && other.enChars >= other.cyChars;
    const englishSide = other !== undefined && !welshSide && here.enChars >= here.cyChars && other.cyChars > other.enChars;
    const cyChars = here.cyChars + (other?.cyChars ?? 0);
    const enChars = here.enChars + (welshSide ? other.enChars : 0);
    const out: Match[] = [];
    // In a pair, a copied file is reported in the copy (NAME.cy), not in the original NAME.en.
    // In one post, a copy is reported when it follows its original directly ("EN\n\nEN", the
    // second meant to be the Welsh) and is a sentence: a repeated line elsewhere on a page, or a
    // name listed under both languages, is not a missing translation.
    const original = other && /\.en\.[a-z]+$/i.test(post.path);
    const elsewhere = new Set(original ? [] : (other?.texts ?? []).map(normOf));
    // A line repeated inside a longer text of one language is a caption shown twice, not a
    // version pasted in place of the other language ("Sara Jones yn ennill y Tlws." twice in a Welsh report).
    const caption = (t: Text) => !other && (here.cyChars === 0 || here.enChars === 0) && 4 * t.length < here.cyChars + here.enChars;
    here.texts.forEach((t, i) => {
      const copied = elsewhere.size > 0 && elsewhere.has(normOf(t));
      const before = here.texts[i - 1];
      if (copied || (before !== undefined && before.length === t.length && normOf(before) === normOf(t) && substantial(t.text) && !caption(t))) {
        out.push({ start: t.start, end: t.end, message: 'The same text appears twice: the second copy was probably meant to be the other language', messageCy: "Mae'r un testun yn ymddangos ddwywaith: roedd yr ail gopi i fod yn yr iaith arall, mae'n debyg" });
      }
    });
    if (englishSide || cyChars === 0 || enChars === 0) return out;
    // A Welsh greeting or sign-off on an English post ("Diolch") is missing-welsh's to report;
    // an English line on a Welsh page ("Published: 01/12/2015") is no English version either.
    if (!other && !hasWelshText(post) && !welshHeadline(post)) return out;
    // English that is a small part of a Welsh page is no English version of it, unless a block
    // of the page is bilingual on its own (a timetable, Welsh lines then English ones): then
    // that block's numbers are compared.
    let inBlocks: ((i: Item) => boolean) | undefined;
    if (enChars < cyChars * TOKEN_SHARE) {
      const blocks = other ? [] : bilingualBlocks(post);
      if (!blocks.length) return out;
      const blockStarts = blocks.map(([s]) => s);
      inBlocks = (i) => {
        const b = blocks[lastAtOrBefore(blockStarts, i.start)];
        return b !== undefined && i.start < b[1];
      };
    }
    // Welsh that is there but short is reported once, rather than as every number it lacks.
    const ratio = params['min-ratio'] ?? 0.6;
    if (!inBlocks && enChars >= (params['min-english'] ?? 40) && cyChars < enChars * ratio) {
      const at = here.cyStart ?? post.bodyStart;
      out.push({ start: at, end: at, message: `Welsh version is much shorter than the English (${cyChars} against ${enChars} characters): check nothing was left out`, messageCy: `Mae'r fersiwn Gymraeg yn llawer byrrach na'r Saesneg (${cyChars} o nodau, a ${enChars} yn y Saesneg): gwiriwch nad oes dim wedi'i adael allan` });
      return out;
    }
    // The English half (of this post, or of the pair's English file) against all the Welsh.
    let en: Item[];
    let cy: Item[];
    if (welshSide) {
      const theirs = halves(post.pair!);
      en = theirs.en;
      cy = [...halves(post, en).cy, ...theirs.cy];
    } else {
      const mine = halves(post);
      en = inBlocks ? mine.en.filter(inBlocks) : mine.en;
      cy = post.pair ? [...mine.cy, ...halves(post.pair, en).cy] : inBlocks ? mine.cy.filter(inBlocks) : mine.cy;
    }
    // An item of the other file is reported where this file's Welsh starts, quoting the English.
    const source = welshSide ? post.pair!.text : post.text;
    const at = here.cyStart ?? post.bodyStart;
    const lacking = (i: Item, kind: Kind): Match => ({ start: welshSide ? at : i.start, end: welshSide ? at : i.end, data: what(kind, source.slice(i.start, i.end)) });
    const count = (kind: Kind, list: Item[]) => list.filter((i) => i.kind === kind).length;
    for (const kind of ['link', 'mention', 'hashtag'] as const) {
      const missing = count(kind, en) - count(kind, cy);
      if (missing > 0) for (const i of en.filter((i) => i.kind === kind).slice(-missing)) out.push(lacking(i, kind));
    }
    // Numbers by value: each Welsh number answers one English number with a key in common;
    // then what is left may be answered by a Welsh date's day or year ("2019" by "21 Mai 2019");
    // an English value repeated needs to be in the Welsh only once.
    // (A number beside a Welsh word is in both halves already: see halves().)
    for (const i of unanswered(en, cy)) out.push(lacking(i, 'number'));
    return out;
  },
};
