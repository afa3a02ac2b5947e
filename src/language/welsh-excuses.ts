/**
 * Words of a Welsh sentence that are not in the Welsh word list but are not misspelt Welsh
 * either, judged in context (only for words the list lacks, so rarely and cheaply):
 *
 *   abbreviations      Cyng., Cllr, Mer (Mercher), Cof/Min, ayb, ergl. 3; or a short word cut
 *                      off by a full stop that a Welsh word starts with, mid-sentence
 *                      ("Cyngh./Cllr.", "paragr. 4")
 *   list numerals      ii. iii) (iv)
 *   English words      of four letters or more ("virtual", "crèche"), or next to another English word
 *                      ('Lamb and Flag', "crash deck"): SCOWL's common words
 *   street names       a word after a street word, written in lower case, that starts with an
 *                      element of Welsh place names ("ffordd glanhwfa", "heol penlan", "stryd
 *                      maesglas"): the name of the street, not a misspelt word
 *   elisions           an apostrophe for letters left out, where the word written solid is
 *                      in the list ("p'nawn", "p’nawn": pnawn, for prynhawn), or a final "f"
 *                      left out and marked ("gwallgo'", "ola'": gwallgof, olaf)
 *   place names        a capitalised word before a place name's adjective, then English
 *                      ("Grwyney fawr Reservoir", "Grwyney Fawr permanent order")
 *   names              a capitalised word opening a line before another capitalised word
 *                      ("Kimberly Roberts" in a list of those present: Welsh surnames are in
 *                      the word list, so the second word's being Welsh proves nothing); after
 *                      a full stop the word is checked ("Ar gau. Ffrodd Davies")
 *
 * Never excused: a word that is Welsh once an accent is put right ("tim" for "tîm", "grwp",
 * "copiau" for "copïau", "caniatád"): a lost or wrong accent is a real error.
 */
import { knownPart, knownSimple, normaliseWelsh, type WelshWords } from './welsh-words.js';

/** Abbreviations in common use in Welsh notices, minutes and posts (lower case, no stops). */
const ABBREVIATIONS = new Set([
  // titles and roles
  'cyng', 'cyngh', 'cllr', 'cllrs', 'cynghr', 'parch', 'athro',
  // days and months (Llun, Iau, Sul, Medi... are words already)
  'mer', 'maw', 'gwe', 'sad', 'ion', 'chwef', 'ebr', 'meh', 'gorff', 'tach', 'rhag',
  // references: cofnod/minute, rhif, tudalen, cyfeirnod, erthygl, adran, atodiad, paragraff
  'cof', 'min', 'tud', 'cyf', 'ergl', 'adr', 'atod', 'paragr', 'rhif',
  // e.e., h.y., a.y.b. written solid, ff. (ffôn)
  'ee', 'hy', 'ayb', 'ayyb', 'ff',
  // units: mya (milltir yr awr, mph)
  'mya',
]);

/** Words that name a street, and what follows them names it (any mutation written out). */
const STREET_WORDS = new Set([
  'ffordd', 'heol', 'stryd', 'lôn', 'lon', 'rhodfa', 'teras', 'cilgant', 'clos', 'ystad', 'ystâd', 'stad',
  'llwybr', 'sgwâr', 'cwrt', 'maes', 'parc', 'rhes', 'allt', 'glan',
]);
/**
 * Elements Welsh place names start with (bank, church, top, hill, estuary, fort, valley, brook,
 * hollow, bridge, gate, ford, town, field, wood, meadow, ridge, abode, summer place, end, below,
 * house, rock, mansion, slope, moor, edge, island, marsh, grove, cliff).
 */
const PLACE_ELEMENTS = /^(?:glan|llan|pen|bryn|aber|caer|cwm|nant|pant|pont|porth|rhyd|tre|maes|coed|dôl|dol|cefn|bod|hafod|tal|tan|tŷ|ty|craig|plas|bron|gwaun|min|ynys|morfa|llwyn|clogwyn|cae|bedw|moel|carreg|gallt|pwll|hen)/;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv)$/;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Accent-bearing letters Welsh uses, by base letter; and every accented vowel's base. */
const ACCENTS: Record<string, string> = { a: 'âáàä', e: 'êéèë', i: 'îíìï', o: 'ôóòö', u: 'ûúùü', w: 'ŵẃẁẅ', y: 'ŷýỳÿ' };
const BASE = new Map<string, string>();
for (const [base, variants] of Object.entries(ACCENTS)) for (const v of variants) BASE.set(v, base);

/** Is the word Welsh once one vowel's accent is added, changed or removed? */
export function accentSlip(w: string, words: WelshWords): boolean {
  for (let i = 0; i < w.length; i++) {
    const base = BASE.get(w[i]!) ?? w[i]!;
    const variants = ACCENTS[base];
    if (!variants) continue;
    for (const v of base + variants) {
      if (v === w[i]) continue;
      if (knownPart(w.slice(0, i) + v + w.slice(i + 1), words)) return true;
    }
  }
  return false;
}

/** Only spaces, bullets, numbering or punctuation between the previous line break and `at`. */
function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n') return true;
    if (LETTER.test(ch) || (ch === '.' && i > 0 && LETTER.test(text[i - 1]!))) return false;
  }
  return true;
}

/** The word (letters, apostrophes, hyphens) before `at`, skipping spaces and quotes; '' at a sentence end. */
function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /[\s"'“”‘’(]/.test(text[i]!)) i--;
  const end = i + 1;
  while (i >= 0 && (LETTER.test(text[i]!) || text[i] === '-')) i--;
  return text.slice(i + 1, end);
}

/** The word after `at`, skipping spaces and quotes; '' past a sentence end. */
function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && /[\s"'“”‘’)]/.test(text[i]!)) i++;
  const start = i;
  while (i < text.length && (LETTER.test(text[i]!) || text[i] === '-')) i++;
  return text.slice(start, i);
}

/**
 * An English word that is not a Welsh word as written ("his" counts: it is Welsh only read as
 * "is" with h-prothesis, which next to English it is not).
 */
const englishOnly = (w: string, words: WelshWords): boolean => {
  const lower = normaliseWelsh(w);
  return lower.length > 1 && words.english?.has(lower) === true && !words.has(lower);
};

const PARTICLES = new Set(['up', 'out', 'off', 'down']);

/** Is the unknown `token` at [start, end) of `text` excused (see the module comment)? */
export function excused(text: string, start: number, end: number, token: string, words: WelshWords): boolean {
  const w = normaliseWelsh(token);
  if (ABBREVIATIONS.has(w)) return true;
  const after = text[end];
  if (ROMAN.test(w) && (after === '.' || after === ')' || text[start - 1] === '(')) return true;
  // A domain's last part, glued by a full stop to its name: "ar Senedd.tv" (real-text-blind305).
  if (text[start - 1] === '.' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '') && /^\p{Ll}{2,6}$/u.test(token) && !/[\p{L}\p{N}]/u.test(after ?? '')) return true;
  if (accentSlip(w, words)) return false;
  if (after === '.' && w.length >= 2 && w.length <= 5 && /^[\s]*[\p{Ll}\p{N}/(,]/u.test(text.slice(end + 1, end + 3))) {
    const [lo, hi] = words.prefixRange(w);
    if (hi > lo) return true;
  }
  if (words.english?.has(w)) {
    if (w.length >= 4) return true;
    // Between two capitalised words: an English title or name ("Gavin and Stacey", "Pride and Prejudice").
    if (UPPER.test(wordBefore(text, start)[0] ?? '') && UPPER.test(wordAfter(text, end)[0] ?? '')) return true;
    if (englishOnly(wordBefore(text, start), words) || englishOnly(wordAfter(text, end), words)) return true;
    // An English verb's particle after it, the verb a word of both languages: "Mae’r set up yn …", "sign up".
    if (PARTICLES.has(w) && words.english?.has(normaliseWelsh(wordBefore(text, start)))) return true;
    // ...or two words on, past a word of both languages: "Low Carbon Village Project" (carbon is Welsh too).
    const next = wordAfter(text, end);
    if (next.length > 1 && words.english?.has(normaliseWelsh(next)) && englishOnly(wordAfter(text, text.indexOf(next, end) + next.length), words)) return true;
  }
  // An English compound written with a hyphen ("fel head-rest car"): every part English, one not Welsh too.
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.every((p) => p.length > 1 && words.english?.has(p)) && parts.some((p) => englishOnly(p, words))) return true;
  }
  // A word alone in double quotation marks: a term cited as written ("Siaradom am “nurdles”, a
  // …"); single ones mark a word someone said, in Welsh news as often as not ("i fod yn ‘ofalus’").
  if (/["“«]/.test(text[start - 1] ?? '') && /["”»]/.test(text[end] ?? '')) return true;
  // Words quoted after the name of another language: "o'r Lladin 'carne vale'", "yn Saesneg, 'fun day'".
  if (namedForeign(text, start)) return true;
  if (streetName(text, start, w)) return true;
  if (speciesName(text, start, w, words)) return true;
  if (/^\p{L}+'\p{L}{2,}$/u.test(w) && knownPart(w.replace("'", ''), words)) return true;
  // A final "f" left out and marked, as spoken Welsh is written: "gwallgo'" (gwallgof), "ola'" (olaf).
  if ((after === "'" || after === '’') && knownPart(`${w}f`, words)) return true;
  if (UPPER.test(token[0]!) && atLineStart(text, start)) {
    const next = wordAfter(text, end);
    if (next.length > 1 && UPPER.test(next[0]!) && !UPPER.test(next[1]!)) return true;
  }
  if (UPPER.test(token[0]!) && placeName(text, end, words)) return true;
  return false;
}

/** Another language named right before a quotation: "o'r Lladin", "yn Saesneg", "from the Latin". */
const FOREIGN_BEFORE = /(?:lladin|ladin|saesneg|ffrangeg|almaeneg|sbaeneg|eidaleg|groeg|gwyddeleg|latin|english|french|german|spanish|italian|greek)[ \u00A0,:]*$/iu;

/** Whether the word at `start` is inside a quotation (on its line, opened within 40 characters) that another language's name introduces. */
function namedForeign(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const open = Math.max(before.lastIndexOf("'"), before.lastIndexOf('‘'), before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || /[\n”’]/.test(before.slice(open + 1).replace(/\p{L}’\p{L}/gu, ''))) return false;
  return FOREIGN_BEFORE.test(before.slice(0, open));
}

/**
 * A capitalised word before a place name's adjective, in English: "Grwyney fawr Reservoir",
 * "Grwyney Fawr permanent order" (not "Diolcg fawr i bawb", where Welsh follows).
 */
function placeName(text: string, end: number, words: WelshWords): boolean {
  const adjective = wordAfter(text, end);
  if (!PLACE_ADJECTIVES.has(normaliseWelsh(adjective))) return false;
  const then = wordAfter(text, text.indexOf(adjective, end) + adjective.length);
  return englishOnly(then, words) || (then.length > 1 && UPPER.test(then[0]!) && !words.has(normaliseWelsh(then)));
}
const PLACE_ADJECTIVES = new Set(['fawr', 'fach', 'uchaf', 'isaf', 'ganol', 'mawr', 'bach']);

/** "ffordd glanhwfa": a place-name word (an element and at least three more letters) just after a street word. */
function streetName(text: string, start: number, w: string): boolean {
  const element = PLACE_ELEMENTS.exec(w);
  if (!element || w.length - element[0].length < 3) return false;
  return STREET_WORDS.has(normaliseWelsh(wordBefore(text, start)));
}

/** The endings of a Latin species name: "ramorum", "fraxineus", "sylvestris", "vulgaris". */
const LATIN_EPITHET = /^\p{Ll}{2,}(?:um|us|ae|ii|is|orum|arum|ensis|oides|ata|atum|atus|ica|icum|icus|ina|inus|osa|osum|osus|ans|ens)$/u;
const GENUS_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{3,})[ \u00A0]+$/u;

/**
 * The second word of a scientific name after its genus, a capitalised word no dictionary knows:
 * "Phytophthora ramorum" (the larch disease), "Hymenoscyphus fraxineus" (ash dieback).
 */
function speciesName(text: string, start: number, w: string, words: WelshWords): boolean {
  if (!LATIN_EPITHET.test(w)) return false;
  const genus = GENUS_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  return genus !== undefined && !words.english?.has(genus) && !knownSimple(genus, words);
}
