/**
 * Welsh/English language identification for short social media texts. Pure functions,
 * no I/O, cheap to import (no franc data is loaded here).
 *
 * Method: one tokenising pass, then evidence points per word:
 *  - words from hand-written lists (lexicon.ts): Welsh and English function words and
 *    common words of council posts, Welsh content words with their mutated forms;
 *  - for other words, spelling patterns typical of one language (Welsh ŵ ŷ â ê î ô û,
 *    "dd", "ll", "wy", "-au", "-wch"; English k q v x z, "th", "sh", "-ing", "-tion"…).
 * Capitalised words that do not start a sentence are taken as names and carry no
 * evidence ("Canolfan Hamdden Caerfyrddin is closed" is English), nor do hashtags,
 * @handles, URLs, e-mail addresses, numbers and emoji.
 *
 * When the evidence is weak or balanced, a fallback (franc-all restricted to Welsh and
 * English, franc-fallback.ts) may decide. franc-all costs ~40 ms to import, so it is
 * never loaded by this module: call `await loadFallback()` once (or use
 * `identifyLanguageAsync`); until then `identifyLanguage` answers from the heuristic
 * alone.
 */
import {
  CONNECTORS,
  CY1,
  CY2,
  CY3,
  CY_MUTABLE,
  EN1,
  EN2,
  EN3,
  EN_COLLISIONS,
  SHARED,
} from './lexicon.js';

export type LanguageLabel = 'cy' | 'en' | 'mixed' | 'unknown';

export interface LanguageResult {
  lang: LanguageLabel;
  /** Welsh evidence points. */
  cy: number;
  /** English evidence points. */
  en: number;
  /** True when the fallback identifier decided (the heuristic was not decisive). */
  byFallback?: boolean;
}

export interface IdentifyOptions {
  /** Use the fallback when it is loaded and the heuristic is not decisive (default true). */
  fallback?: boolean;
}

/** A fallback identifier: given a cleaned text, 'cy', 'en' or 'unknown'. */
export type FallbackIdentifier = (text: string) => 'cy' | 'en' | 'unknown';

// ---------------------------------------------------------------------------
// Lexicon: one Map from lower-case word to signed weight (Welsh > 0, English < 0).

const WEIGHTS = new Map<string, number>();
function addWords(list: string, weight: number): void {
  for (const w of list.split(/\s+/)) if (w) WEIGHTS.set(w, weight);
}

const MUTATIONS: Array<[string, string[]]> = [
  // radical, [soft, nasal, aspirate]
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['g', ['', 'ng']],
  ['m', ['f']],
  ['ll', ['l']],
  ['rh', ['r']],
];

function addMutations(list: string, weight: number, english: Set<string>, collisions: Set<string>): void {
  for (const w of list.split(/\s+/)) {
    if (w.length < 4) continue;
    for (const [radical, forms] of MUTATIONS) {
      if (!w.startsWith(radical)) continue;
      // ch, dd, ph, th, ll, rh are letters of their own: "chwarae" does not mutate as c.
      const next = w[radical.length];
      if (radical.length === 1 && (next === 'h' || (radical === 'd' && next === 'd') || (radical === 'l' && next === 'l'))) break;
      const rest = w.slice(radical.length);
      for (const f of forms) {
        const m = f + rest;
        if (m.length >= 3 && !collisions.has(m) && !english.has(m) && !WEIGHTS.has(m)) WEIGHTS.set(m, weight);
      }
      break;
    }
  }
}

function buildLexicon(): void {
  const collisions = new Set(EN_COLLISIONS.split(/\s+/).filter(Boolean));
  const english = new Set([...EN1.split(/\s+/), ...EN2.split(/\s+/), ...EN3.split(/\s+/), ...SHARED.split(/\s+/)].filter(Boolean));
  addWords(CY_MUTABLE, 2);
  addWords(CY1, 1);
  addWords(CY2, 2);
  addWords(CY3, 3);
  addWords(EN1, -1);
  addWords(EN2, -2);
  addWords(EN3, -3);
  addWords(SHARED, 0);
  // English contractions of "I", written whole because "i'm" is also Welsh ("to my").
  for (const w of ["i've", "i'll", "i'd"]) WEIGHTS.set(w, -3);
  WEIGHTS.set("i'm", 0);
  // Lower-case "i" is the Welsh preposition or pronoun; "o" the Welsh preposition.
  WEIGHTS.set('i', 1.5);
  WEIGHTS.set('o', 1.5);
  // Welsh "hi" (she), "am" (for, about) and "at" (to) are frequent; English has them
  // too, but less often or in set places (see `score`).
  WEIGHTS.set('hi', 2);
  WEIGHTS.set('am', 1);
  WEIGHTS.set('at', -0.5);
  // Soft, nasal and aspirate mutations of the Welsh words (never overriding a listed word).
  addMutations(CY3, 2, english, collisions);
  addMutations(CY2, 2, english, collisions);
  addMutations(CY_MUTABLE, 2, english, collisions);
}
buildLexicon();

const CONNECTOR_SET = new Set(CONNECTORS.split(/\s+/).filter(Boolean));

/** Closed-class words: they keep their evidence at the start of a sentence even before a name. */
const FUNCTION_WORDS = new Set(
  `y yr yn mae maen roedd oedd bydd bu mewn i o ar am a ac gyda gan wrth heb dros drwy trwy
   wedi ei eu ein eich fy dy nid ni na nad dyma dyna dim ddim pob os pan tra er cyn ers erbyn
   the a an and of to in on at for with from by this that these those our your their my his her
   its is are was were will be we you they he she it please thank thanks join visit
   diolch croeso bore nos dewch ewch cofiwch`.split(/\s+/).filter(Boolean),
);

/** Clitics after an apostrophe: Welsh 'r 'n 'i 'w 'u 'th 'ch, English 's 't 're 've 'll 'd. */
const CLITICS = new Map<string, number>([
  ["'r", 2], ["'n", 2], ["'i", 1.5], ["'w", 2], ["'u", 1.5], ["'th", 1], ["'ch", 1.5], ["'m", 0],
  ["'s", -2], ["'t", -2.5], ["'re", -2.5], ["'ve", -2.5], ["'ll", -2.5], ["'d", -1.5],
]);

/** Bigrams of words that are ambiguous alone: first word → (second word → weight). */
const BIGRAMS = new Map<string, Map<string, number>>([
  ['bore', new Map([['da', 3], ['coffi', 2]])],
]);

// ---------------------------------------------------------------------------
// Spelling patterns for words that are not in the lists. Memoised per word.

const SPELLING_CACHE = new Map<string, number>();
const SPELLING_CACHE_MAX = 50_000;

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y' || c === 'w';
}

function spellingScore(w: string): number {
  const cached = SPELLING_CACHE.get(w);
  if (cached !== undefined) return cached;
  const s = computeSpelling(w);
  if (SPELLING_CACHE.size >= SPELLING_CACHE_MAX) SPELLING_CACHE.clear();
  SPELLING_CACHE.set(w, s);
  return s;
}

/** Positive: looks Welsh; negative: looks English. Clamped to ±2.5. */
export function computeSpelling(w: string): number {
  const n = w.length;
  if (n < 3) return 0;
  let cy = 0;
  let en = 0;
  let marks = 0;
  let foreign = 0;
  for (let i = 0; i < n; i++) {
    switch (w.charCodeAt(i)) {
      case 0xe2: case 0xea: case 0xee: case 0xf4: case 0xfb: case 0x175: case 0x177: case 0xef: case 0x1e81: case 0x1ef3:
        marks++;
        break;
      case 0x6b: case 0x71: case 0x76: case 0x78: case 0x7a: // k q v x z
        foreign += 1;
        break;
      case 0x6a: // j
        foreign += 0.5;
        break;
    }
  }
  if (marks) cy += 2;
  if (foreign) en += Math.min(3, foreign * 1.5);

  // Word starts.
  const c0 = w[0];
  const c1 = w[1];
  if (c0 === 'l' && c1 === 'l') cy += 2;
  else if (c0 === 'r' && c1 === 'h') cy += 1;
  else if (c0 === 'd' && c1 === 'd') cy += 2;
  else if (c0 === 'f' && c1 === 'f') cy += 1.5;
  else if ((c0 === 'm' || c0 === 'n') && c1 === 'h') cy += 2;
  else if (c0 === 'n' && c1 === 'g') cy += 2;
  else if (c0 === 'g' && c1 === 'w') cy += 1.5;
  else if (c0 === 'c' && c1 === 'h' && w[2] === 'w') cy += 2;
  else if (c0 === 'y' && !isVowel(c1)) cy += 1;
  else if (c0 === 'w' && c1 === 'h') en += 2;
  else if (c0 === 't' && c1 === 'h') en += 0.5;
  else if (c0 === 'w' && (c1 === 'a' || c1 === 'e' || c1 === 'i' || c1 === 'o' || c1 === 'r')) en += 1;

  // Inside the word.
  if (w.includes('dd', 1)) cy += w.endsWith('dd') ? 2 : 1;
  const wy = w.indexOf('wy');
  if (wy >= 0 && !(wy > 0 && (w[wy - 1] === 'a' || w[wy - 1] === 'e' || w[wy - 1] === 'o'))) cy += 1.5;
  if (w.includes('ae')) cy += 1;
  if (w.includes('yf') || w.includes('yw') || w.includes('iw')) cy += 1;
  const oe = w.indexOf('oe');
  if (oe >= 0) {
    const next = w[oe + 2];
    if (next === 'd' || next === 'r' || next === 'n' || next === 'l' || (next === 't' && w[oe + 3] === 'h')) cy += 1;
  }
  // "w" as a vowel after a consonant: cwm, bwyd, pwysig, mwy, hwyl, fwy.
  for (let i = 1; i < n; i++) {
    if (w[i] === 'w') {
      const p = w[i - 1];
      if (p === 'c' || p === 'b' || p === 'g' || p === 'f' || p === 'm' || p === 'p' || (p === 'h' && (i < 2 || w[i - 2] !== 'g'))) {
        cy += 1;
        break;
      }
    }
  }
  // Consonant + y + consonant inside a word: cyfle, mynydd, hyd, tynnu.
  for (let i = 1; i < n - 1; i++) {
    if (w[i] === 'y' && !isVowel(w[i - 1]) && !isVowel(w[i + 1])) {
      cy += 0.75;
      break;
    }
  }

  // Endings.
  if (w.endsWith('au') && !w.endsWith('eau')) cy += w.endsWith('iau') ? 2.5 : 2;
  else if (w.endsWith('wch')) cy += 2;
  else if (w.endsWith('ych') || w.endsWith('och')) cy += 1.5;
  else if (w.endsWith('uch') && !w.endsWith('ouch')) cy += 1;
  else if (w.endsWith('ach') && !w.endsWith('each') && !w.endsWith('oach')) cy += 1;
  else if (w.endsWith('wr')) cy += 2;
  else if (w.endsWith('iad')) cy += 2;
  else if (w.endsWith('iol')) cy += 1.5;
  else if (w.endsWith('ol')) {
    const p = w[n - 3];
    if (p === 'n' || p === 'e' || p === 'g' || p === 'd') cy += 0.75;
  }
  else if (w.endsWith('og') && n >= 5) cy += 1;
  else if (w.endsWith('wn') && !w.endsWith('own') && !w.endsWith('awn') && !w.endsWith('ewn')) cy += 1.5;
  else if (w.endsWith('aeth')) cy += 1;
  else if (w.endsWith('ing')) en += 1.5;
  else if (w.endsWith('tion') || w.endsWith('sion')) en += 2;
  else if (w.endsWith('ly')) en += 1;
  else if (w.endsWith('ness') || w.endsWith('ment') || w.endsWith('ful') || w.endsWith('less')) en += 1.5;
  else if (w.endsWith('able') || w.endsWith('ous') || w.endsWith('ive') || w.endsWith('ure') || w.endsWith('ate')) en += 1;
  else if (w.endsWith('ed')) en += 1;
  else if (w.endsWith('ce') || w.endsWith('ge') || w.endsWith('se')) en += 1;
  else if (w.endsWith('ey')) en += 1;
  else if (n >= 4 && w.endsWith('s')) {
    const p = w[n - 2];
    if (p === 't' || p === 'd' || p === 'k' || p === 'p' || p === 'l' || p === 'm' || p === 'g' || p === 'n' || p === 'e') en += 1;
  } else if (w.endsWith('y') && !isVowel(w[n - 2])) en += 1;

  // English letter groups.
  if (w.includes('sh')) en += 1.5;
  if (w.includes('ck')) en += 2;
  if (w.includes('ght')) en += 2;
  if (w.includes('ee')) en += 1.5;
  if (w.includes('oo')) en += 1.5;
  if (w.includes('ou')) en += 1.5;
  if (w.includes('ea')) en += 1;
  if (w.includes('th', 1)) en += 0.5;

  const s = cy - en;
  return s > 2.5 ? 2.5 : s < -2.5 ? -2.5 : s;
}

// ---------------------------------------------------------------------------
// Tokeniser.

const F_CAP = 1; // first letter upper-case
const F_INITIAL = 2; // first word of a sentence (or after a hashtag, emoji or separator)
const F_ALLCAPS = 4;
const F_DIGIT = 8;
const F_APOS = 16;
const F_HYPHEN = 32;

/** Reused token buffers (the identifier is synchronous, so sharing is safe). */
const tokLower: string[] = [];
const tokFlags: number[] = [];

const NON_ASCII_LETTER = /^[\p{L}\p{M}]$/u;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

const OTHER_HYPHENS = /[\u2010\u2011]/g;

/** Character classes of the first code points: letter, digit, upper-case letter. */
const C_LETTER = 1;
const C_DIGIT = 2;
const C_UPPER = 4;
const TABLE_SIZE = 0x250;
const CHAR_CLASS = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  if (c >= 48 && c <= 57) CHAR_CLASS[c] = C_DIGIT;
  else if (isLetter(c)) {
    const ch = String.fromCharCode(c);
    CHAR_CLASS[c] = C_LETTER | (ch !== ch.toLowerCase() ? C_UPPER : 0);
  }
}

function isLetter(c: number): boolean {
  if (c < 0x80) return ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x2000) return false; // punctuation, symbols, surrogates (emoji) …
  if (c === 0x2bc) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Characters after which the next word starts a sentence. */
function isBoundary(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x3b: case 0x2f: case 0x7c: case 0x0a: case 0x0d:
    case 0x2022: case 0x2026: case 0x2013: case 0x2014: case 0xb7:
      return true;
  }
  // Emoji and other symbols.
  return (c >= 0x2190 && !(c >= 0x3000 && c <= 0xd7ff) && !(c >= 0xe000 && c <= 0xfffd)) || (c >= 0xd800 && c <= 0xdbff);
}

function skipRun(text: string, i: number): number {
  const n = text.length;
  while (i < n && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Tokenise into tokLower/tokFlags; returns the number of tokens. */
function tokenise(text: string): number {
  const n = text.length;
  if (tokLower.length > 4096) {
    // Do not keep the buffers of one huge text alive.
    tokLower.length = 0;
    tokFlags.length = 0;
  }
  // Lower-case the whole text once; per-token lower-casing only if that changed lengths.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === n;
  let count = 0;
  let boundary = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE_SIZE ? CHAR_CLASS[c] : isLetter(c) ? C_LETTER : 0;
    if (cls & (C_LETTER | C_DIGIT)) {
      // URLs: skip the whole run.
      if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) {
        if (lowerText.startsWith('http://', i) || lowerText.startsWith('https://', i) || lowerText.startsWith('www.', i)) {
          i = skipRun(text, i);
          continue;
        }
      }
      let j = i + 1;
      let flags = cls & C_DIGIT ? F_DIGIT : 0;
      let lowerAfterFirst = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        const dc = d < TABLE_SIZE ? CHAR_CLASS[d] : isLetter(d) ? C_LETTER : 0;
        if (dc & C_LETTER) {
          if (!(dc & C_UPPER)) lowerAfterFirst = true;
          j++;
        } else if (dc & C_DIGIT) {
          flags |= F_DIGIT;
          j++;
        } else if (j + 1 < n && (isApostrophe(d) || isHyphen(d) || d === 0x2e || d === 0x2c || d === 0x3a)) {
          const e = text.charCodeAt(j + 1);
          const ec = e < TABLE_SIZE ? CHAR_CLASS[e] : isLetter(e) ? C_LETTER : 0;
          if (ec & C_LETTER && isApostrophe(d)) {
            flags |= F_APOS;
            j++;
          } else if (ec & (C_LETTER | C_DIGIT) && isHyphen(d)) {
            flags |= F_HYPHEN;
            j++;
          } else if (ec & C_DIGIT && (d === 0x2e || d === 0x2c || d === 0x3a) && isDigit(text.charCodeAt(j - 1))) {
            j++; // 10.30, 1,000, 10:30
          } else {
            break;
          }
        } else {
          break;
        }
      }
      // E-mail addresses, domains (council.gov.uk), and scheme-less URLs: skip the run.
      if (j + 1 < n) {
        const d = text.charCodeAt(j);
        if (d === 0x40 || (d === 0x2e && isLetter(text.charCodeAt(j + 1)))) {
          i = skipRun(text, j);
          continue;
        }
      } else if (j < n && text.charCodeAt(j) === 0x40) {
        i = skipRun(text, j);
        continue;
      }
      if (cls & C_UPPER) {
        flags |= F_CAP;
        if (!lowerAfterFirst && j - i >= 2) flags |= F_ALLCAPS;
      }
      if (boundary) flags |= F_INITIAL;
      let lower = sameLength ? lowerText.slice(i, j) : text.slice(i, j).toLowerCase();
      if (flags & F_APOS) lower = lower.replace(CURLY_APOSTROPHES, "'");
      if (flags & F_HYPHEN) lower = lower.replace(OTHER_HYPHENS, '-');
      tokLower[count] = lower;
      tokFlags[count] = flags;
      count++;
      boundary = false;
      i = j;
      continue;
    }
    if ((c === 0x23 || c === 0x40) && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (isLetter(d) || isDigit(d) || d === 0x5f) {
        // Hashtag or @handle.
        let j = i + 1;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isLetter(e) || isDigit(e) || e === 0x5f) j++;
          else break;
        }
        i = j;
        boundary = true;
        continue;
      }
    }
    if (isBoundary(c)) boundary = true;
    i++;
  }
  return count;
}

// ---------------------------------------------------------------------------
// Scoring.

function wordWeight(lower: string, flags: number): number {
  const w = WEIGHTS.get(lower);
  if (w !== undefined) return w;
  if (flags & F_APOS) {
    const k = lower.indexOf("'");
    const base = lower.slice(0, k);
    const clitic = lower.slice(k);
    const cw = CLITICS.get(clitic);
    return (cw ?? 0) + baseWeight(base);
  }
  if (flags & F_HYPHEN) {
    let s = 0;
    for (const part of lower.split('-')) s += baseWeight(part);
    return s;
  }
  return spellingScore(lower);
}

function baseWeight(w: string): number {
  if (!w) return 0;
  const v = WEIGHTS.get(w);
  return v !== undefined ? v : spellingScore(w);
}

interface Evidence {
  cy: number;
  en: number;
}

function score(count: number, out: Evidence, trace: Array<[string, number | 'name']> | null): void {
  let cy = 0;
  let en = 0;
  // Mostly upper-case text ("FFORDD AR GAU"): case tells nothing about names.
  let caps = 0;
  let letters = 0;
  for (let i = 0; i < count; i++) {
    const f = tokFlags[i];
    if (f & F_DIGIT) continue;
    letters++;
    if (f & F_ALLCAPS) caps++;
  }
  const caseless = letters >= 2 && caps * 2 > letters;
  let properCy = 0;
  let properEn = 0;

  for (let i = 0; i < count; i++) {
    const f = tokFlags[i];
    if (f & F_DIGIT) continue;
    const lower = tokLower[i];
    let proper = false;
    if (!caseless) {
      if (f & F_CAP) {
        if (lower === 'i' || lower === "i'm" || lower === "i've" || lower === "i'll" || lower === "i'd") {
          // English "I", "I'm", "I've" …; at the start of a sentence Welsh "I" (to) is as likely.
          const w = f & F_INITIAL ? (lower === 'i' || lower === "i'm" ? 0 : -3) : -3;
          en -= w;
          if (trace) trace.push([lower, w]);
          continue;
        } else if (!(f & F_INITIAL)) {
          proper = true;
        } else if (!FUNCTION_WORDS.has(lower)) {
          // "Canolfan Hamdden …", "Heol y Parc …" at the start of a sentence.
          let j = i + 1;
          while (j < count && !(tokFlags[j] & (F_CAP | F_INITIAL)) && CONNECTOR_SET.has(tokLower[j])) j++;
          if (j < count && (tokFlags[j] & (F_CAP | F_INITIAL | F_DIGIT)) === F_CAP) proper = true;
        }
      } else if (i > 0 && CONNECTOR_SET.has(lower) && !(f & F_INITIAL) && (tokFlags[i - 1] & F_CAP)) {
        // "Heol y Parc", "Bank of the West": a connector between capitalised words.
        let j = i + 1;
        while (j < count && !(tokFlags[j] & (F_CAP | F_INITIAL)) && CONNECTOR_SET.has(tokLower[j])) j++;
        if (j < count && (tokFlags[j] & (F_CAP | F_INITIAL)) === F_CAP) proper = true;
      }
    }
    if (proper) {
      const w = WEIGHTS.get(lower);
      if (w !== undefined) {
        if (w > 0) properCy += w;
        else properEn -= w;
      }
      if (trace) trace.push([lower, 'name']);
      continue;
    }
    let w = wordWeight(lower, f);
    // A capitalised word starting a sentence may be a name ("Llanelli is …"): its
    // spelling alone counts half.
    if (f & F_CAP && f & F_INITIAL && !caseless && !WEIGHTS.has(lower)) w /= 2;
    if (lower === 'hi' || lower === 'am') {
      // English "Hi everyone", "I am", "9 am": no evidence there.
      if (lower === 'hi' ? f & F_INITIAL : i > 0 && (tokFlags[i - 1] & F_DIGIT || tokLower[i - 1] === 'i')) w = 0;
    }
    const bigram = BIGRAMS.get(lower);
    if (bigram !== undefined && i + 1 < count) {
      const b = bigram.get(tokLower[i + 1]);
      if (b !== undefined) w += b;
    }
    if (trace) trace.push([lower, w]);
    if (w > 0) cy += w;
    else en -= w;
  }
  // Nothing but names (a title-case headline "Road Closed Today", "Canolfan Hamdden"):
  // let the listed words among them count at half weight. Any other evidence, however
  // slight ("Gŵyl Cefn Sidan cancelled"), outranks names.
  if (cy + en === 0 && properCy + properEn > 0) {
    cy += properCy / 2;
    en += properEn / 2;
  }
  out.cy = cy;
  out.en = en;
}

// ---------------------------------------------------------------------------
// Decision.

/** Minimum points of each language, and minimum ratio weaker/stronger, for 'mixed'. */
const MIXED_MIN = 3;
const MIXED_RATIO = 0.35;
/** Minimum points for an answer without the fallback. */
const MIN_EVIDENCE = 0.75;

let fallback: FallbackIdentifier | null = null;

/** Install a fallback identifier (normally done by `loadFallback`). `null` removes it. */
export function setFallback(fn: FallbackIdentifier | null): void {
  fallback = fn;
}

/** Whether a fallback is installed. */
export function isFallbackLoaded(): boolean {
  return fallback !== null;
}

/**
 * Load franc-all (about 40 ms, once) and install it as the fallback for texts the
 * heuristic cannot decide. Safe to call many times.
 */
export async function loadFallback(): Promise<void> {
  if (fallback) return;
  const mod = await import('./franc-fallback.js');
  fallback = mod.francCyEn;
}

const evidence: Evidence = { cy: 0, en: 0 };

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Text for the fallback: words only, without hashtags, handles, URLs, numbers. */
function cleanedText(count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    if (tokFlags[i] & F_DIGIT) continue;
    s += (s ? ' ' : '') + tokLower[i];
  }
  return s;
}

/**
 * Identify the language of a text: 'cy', 'en', 'mixed' (substantial evidence of both)
 * or 'unknown' (no evidence: numbers, hashtags, emoji, names only, or undecidable).
 */
export function identifyLanguage(text: string, options?: IdentifyOptions): LanguageResult {
  const count = tokenise(text);
  score(count, evidence, null);
  const cy = evidence.cy;
  const en = evidence.en;
  const max = cy > en ? cy : en;
  const min = cy > en ? en : cy;
  if (min >= MIXED_MIN && min >= MIXED_RATIO * max) {
    return { lang: 'mixed', cy: round(cy), en: round(en) };
  }
  const decisive = max - min >= 1;
  if (!decisive && fallback && options?.fallback !== false) {
    const clean = cleanedText(count);
    if (clean.length >= 8) {
      const f = fallback(clean);
      if (f !== 'unknown') return { lang: f, cy: round(cy), en: round(en), byFallback: true };
    }
  }
  if (max < MIN_EVIDENCE || cy === en) return { lang: 'unknown', cy: round(cy), en: round(en) };
  return { lang: cy > en ? 'cy' : 'en', cy: round(cy), en: round(en) };
}

/** `identifyLanguage` with the fallback loaded first. */
export async function identifyLanguageAsync(text: string, options?: IdentifyOptions): Promise<LanguageResult> {
  await loadFallback();
  return identifyLanguage(text, options);
}

/**
 * Debugging aid: the words the identifier saw and the points each gave (Welsh > 0,
 * English < 0, 'name' for capitalised words taken as names).
 */
export function explainLanguage(text: string): Array<[string, number | 'name']> {
  const trace: Array<[string, number | 'name']> = [];
  score(tokenise(text), { cy: 0, en: 0 }, trace);
  return trace;
}
