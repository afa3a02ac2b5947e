import { DocMemo, type PostDocument } from '../model/index.js';

/**
 * What a reader of the published post sees, in a form the personal-data detectors can read
 * however it was disguised: a document whose `prose` is that text, normalised, with a map from
 * each of its offsets back to the draft's own (DESIGN §2: findings point at the draft).
 *
 * Seen by a reader (issue #8 §5): the body with its code, link addresses and titles, image alt
 * text and HTML attribute values, and the front matter values that are published (an
 * attachment's `alt` and `alt-cy`, a quote's `author`); never HTML comments (suppressions).
 *
 * Normalised: compatibility forms to plain (NFKC: full-width and mathematical digits and
 * letters, '＠'), any decimal digit to 0-9 (Arabic-Indic, Persian...), format characters
 * removed (zero-width space, soft hyphen, word joiner), and inside a run of digits the letters
 * O and l (or I) read as the 0 and 1 they stand for. Words spelling out six or more digits in
 * a row, in English or Welsh ("oh seven seven double oh...", "dim saith saith..."), become the
 * digits, each at its word.
 */
export interface PublishedView {
  doc: PostDocument;
  /** The draft's span of the view's [start, end). */
  original(start: number, end: number): [number, number];
}

const views = new DocMemo<PostDocument, PublishedView>((doc) => build(doc));

export function publishedView(doc: PostDocument): PublishedView {
  return views.get(doc);
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const FORMAT = /\p{Cf}/u;
const ND = /\p{Nd}/u;
const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  dim: '0', un: '1', dau: '2', dwy: '2', tri: '3', tair: '3', pedwar: '4', pedair: '4', pump: '5', pum: '5', chwech: '6', chwe: '6', saith: '7', wyth: '8', naw: '9',
};
const REPEAT: Record<string, number> = { double: 2, treble: 3, triple: 3, dwbl: 2 };

// Text that needs none of the work below (most posts, Welsh ones too): nothing NFKC changes,
// no format character or non-ASCII digit, no letter for a digit and no digits spelled out.
// Then the view is the text itself, offsets unchanged.
const NON_ASCII = /[^\x00-\x7f]/;
const NEEDS_NORMALISING = /\p{Cf}|(?![0-9])\p{Nd}/u;
const unchanged = (text: string) => !NON_ASCII.test(text) || (!NEEDS_NORMALISING.test(text) && text.normalize('NFKC') === text);
// A letter touching a digit ("9OO123", "0770O"), or alone between digits ("900 l 23"); not
// the Welsh word "o" after a number ("60 o stondinau").
const LOOKALIKE = /\d[OolI]|[OolI]\d|\d[ -][OolI][ -]?\d/;
const SPELLED = new RegExp(`\\b(?:${[...Object.keys(DIGIT_WORDS), ...Object.keys(REPEAT)].join('|')})\\b(?:[\\s,-]+(?:${[...Object.keys(DIGIT_WORDS), ...Object.keys(REPEAT)].join('|')})\\b){5}`, 'i');

/** An account value's prose with its links written back (the prose blanks them, as a draft's does). */
function profileText(doc: PostDocument): string {
  let out = '';
  let last = 0;
  for (const link of doc.links) {
    out += doc.prose.slice(last, link.start) + doc.text.slice(link.start, link.end);
    last = link.end;
  }
  return out + doc.prose.slice(last);
}

/**
 * The view's document: the draft's, with no links, images, pair or key positions of its own.
 * Object.assign, not a spread with added keys: in Node 20's V8 each key a spread adds that its
 * source lacks costs about a microsecond, and a view is made for every post.
 */
const viewDoc = (doc: PostDocument, own: Partial<PostDocument>): PostDocument =>
  Object.assign({}, doc, { links: [], images: undefined, pair: undefined, smpolicyKeyAt: undefined }, own);

function build(doc: PostDocument): PublishedView {
  // An account's published text (a bio) is its prose, web addresses included: the rest of the
  // file is not published.
  const text = doc.where.pointer !== undefined ? profileText(doc) : doc.text;
  const lookalikes = LOOKALIKE.test(text);
  const spelled = SPELLED.test(text);
  if (doc.bodyStart === 0 && !text.includes('<!--') && !lookalikes && !spelled && unchanged(text)) {
    return { doc: viewDoc(doc, { prose: text }), original: (s, e) => [s, e] };
  }
  // 1. What is published, 1:1 with the text (the rest blank, line breaks kept).
  const seen = text.split('');
  for (let i = 0; i < doc.bodyStart; i++) if (seen[i] !== '\n' && seen[i] !== '\r') seen[i] = ' ';
  for (const [start, end] of publishedFrontMatter(doc)) for (let i = start; i < end; i++) seen[i] = text[i];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    if (m.index < doc.bodyStart) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] !== '\n' && text[i] !== '\r') seen[i] = ' ';
  }
  // 2. Normalised, with each output character's source offset.
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < seen.length; i++) {
    let c = seen[i];
    const start = i;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < seen.length) c += seen[++i];
    if (code < 128) {
      out.push(c);
      from.push(start);
      to.push(start + 1);
      continue;
    }
    if (FORMAT.test(c)) continue;
    let n = c.normalize('NFKC');
    if (ND.test(n) && [...n].length === 1) n = String(digitValue(n));
    // One entry per UTF-16 unit, as detectors count offsets.
    for (let u = 0; u < n.length; u++) {
      out.push(n[u]);
      from.push(start);
      to.push(i + 1);
    }
  }
  // Each only when the normalised text has what it looks for (full-width letters may, once plain).
  const normalised = out.join('');
  if (LOOKALIKE.test(normalised)) lettersAsDigits(out);
  if (SPELLED.test(normalised)) spelledDigits(out, to);
  const prose = out.join('');
  const last = text.length;
  // The view's own text is its prose, and it has no links or images of its own: links and alt
  // text are in the text now, and every offset a detector gives is in the view's coordinates.
  return {
    doc: viewDoc(doc, { text: prose, prose, bodyStart: 0 }),
    original: (s, e) => {
      if (!from.length) return [0, 0];
      const start = s < from.length ? from[s] : last;
      const end = e > s ? to[Math.min(e, to.length) - 1] : start;
      return [start, end];
    },
  };
}

/** The value of any Unicode decimal digit: digits come in runs of ten, zero first. */
function digitValue(d: string): number {
  const cp = d.codePointAt(0)!;
  let zero = cp;
  while (zero > cp - 9 && ND.test(String.fromCodePoint(zero - 1))) zero--;
  return (cp - zero) % 10;
}

/**
 * In a run of digits, O/o read as 0 and l/I as 1 ("O77OO 9OO123", "07700 900l23"): a run of
 * digits, those letters and single spaces or hyphens, holding at least four real digits, and
 * touching no other letter (so a lower-case postcode "ll57 2dg" or "OL6" is left alone).
 */
function lettersAsDigits(chars: string[]): void {
  const kind = (c: string | undefined) =>
    c === undefined ? 'end' : c >= '0' && c <= '9' ? 'digit' : c === 'O' || c === 'o' || c === 'l' || c === 'I' ? 'lookalike' : c === ' ' || c === '-' ? 'gap' : /\p{L}/u.test(c) ? 'letter' : 'other';
  for (let i = 0; i < chars.length; ) {
    const k = kind(chars[i]);
    if (k !== 'digit' && k !== 'lookalike') {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    let lookalikes = 0;
    while (j < chars.length) {
      const kj = kind(chars[j]);
      if (kj === 'digit') digits++;
      else if (kj === 'lookalike') lookalikes++;
      else if (!(kj === 'gap' && kind(chars[j + 1]) !== 'gap' && kind(chars[j - 1]) !== 'gap')) break;
      j++;
    }
    while (j > i && kind(chars[j - 1]) === 'gap') j--;
    const touching = kind(chars[i - 1]) === 'letter' || kind(chars[j]) === 'letter';
    if (lookalikes && digits >= 4 && !touching) {
      for (let x = i; x < j; x++) {
        if (chars[x] === 'O' || chars[x] === 'o') chars[x] = '0';
        else if (chars[x] === 'l' || chars[x] === 'I') chars[x] = '1';
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** Six or more digits spelled out in a row become digits, each written over its word (and mapped to all of it). */
function spelledDigits(chars: string[], to: number[]): void {
  const text = chars.join('');
  if (text.length !== chars.length) return;
  const WORD = /[\p{L}]+/gu;
  const words: Array<{ start: number; end: number; word: string }> = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index!, end: m.index! + m[0].length, word: m[0].toLowerCase() });
  for (let i = 0; i < words.length; ) {
    const run: Array<{ start: number; end: number; digits: string }> = [];
    let j = i;
    while (j < words.length) {
      const w = words[j];
      if (j > i && !/^[\s,-]*$/.test(text.slice(words[j - 1].end, w.start))) break;
      const times = REPEAT[w.word];
      const next = words[j + 1];
      if (times && next && DIGIT_WORDS[next.word] && /^[\s-]*$/.test(text.slice(w.end, next.start))) {
        run.push({ start: w.start, end: next.end, digits: DIGIT_WORDS[next.word].repeat(times) });
        j += 2;
        continue;
      }
      if (!DIGIT_WORDS[w.word]) break;
      run.push({ start: w.start, end: w.end, digits: DIGIT_WORDS[w.word] });
      j++;
    }
    const count = run.reduce((n, r) => n + r.digits.length, 0);
    if (count >= 6) {
      for (const r of run) {
        // Each word's characters: its digits, then spaces, so every offset still maps; a match
        // ending in the word ends with the whole word.
        for (let k = r.start; k < r.end; k++) chars[k] = ' ';
        for (let k = 0; k < r.digits.length; k++) {
          chars[r.start + k] = r.digits[k];
          to[r.start + k] = to[r.end - 1];
        }
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** Offsets of the front matter values a reader sees: attachment alt texts and quote authors. */
function publishedFrontMatter(doc: PostDocument): Array<[number, number]> {
  const fm = doc.frontMatter;
  const values = [...(fm.attachments ?? []).flatMap((a) => [a.alt, a['alt-cy']]), ...(fm.quotes ?? []).map((q) => q.author)].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const head = doc.text.slice(0, doc.bodyStart);
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const v of values) {
    const at = head.indexOf(v, cursor) >= 0 ? head.indexOf(v, cursor) : head.indexOf(v);
    if (at < 0) continue;
    out.push([at, at + v.length]);
    cursor = at + v.length;
  }
  return out;
}
