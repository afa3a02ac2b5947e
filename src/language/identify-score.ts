/**
 * Evidence points for the identifier's tokens: one Map from lower-case word to signed
 * weight (Welsh > 0, English < 0) built from the lists in lexicon.ts with the mutated
 * forms of the Welsh words, spelling patterns for other words, and the rules for
 * capitalised words taken as names.
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
import { spellingScore } from './identify-spelling.js';
import { loadWelshWords } from './welsh-words.js';
import { F_ALLCAPS, F_APOS, F_CAP, F_DIGIT, F_HYPHEN, F_INITIAL, tokFlags, tokLower } from './identify-tokens.js';

// ---------------------------------------------------------------------------
// Lexicon.

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

export interface Evidence {
  cy: number;
  en: number;
}

/** The names' words not in the lexicon, of the text being scored (reused: no allocation per text). */
const unlistedNames: string[] = [];

/** Points of the first `count` tokens in the shared buffers, into `out`; `trace` gets each word's. */
export function score(count: number, out: Evidence, trace: Array<[string, number | 'name']> | null): void {
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
  let unlisted = 0;

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
      } else unlistedNames[unlisted++] = lower;
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
    // The unlisted words among them count too when they are everyday English and not Welsh
    // ("COUNCILLOR … (Welsh Conservative Party)", "Chief Executive … County Hall"): the
    // lexicon lists few English content words, and one Welsh word should not make a name
    // list Welsh.
    if (unlisted) {
      const words = loadWelshWords();
      for (let k = 0; k < unlisted; k++) if (words.english?.has(unlistedNames[k]) && !words.has(unlistedNames[k])) properEn += 1;
    }
    cy += properCy / 2;
    en += properEn / 2;
  }
  out.cy = cy;
  out.en = en;
}
