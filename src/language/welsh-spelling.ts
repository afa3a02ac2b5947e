/**
 * Welsh spelling without nspell's start-up cost.
 *
 * The word list (welsh-words.ts) is the expansion of dictionary-cy written at
 * build time, read into one buffer and binary-searched in place. Mutations
 * and clitics are not stored; they are undone at look-up. Suggestions
 * (welsh-suggest.ts) generate edit-distance-1 candidates, and walk the sorted
 * buffer as an implicit trie for distance 2 (welsh-near-words.ts).
 */
import { suggestWelsh } from './welsh-suggest.js';
import { COMBINING_FORMS, knownCircumflexVariant, knownDerivative, PREFIXES } from './welsh-derivation.js';
import { excused } from './welsh-excuses.js';
import { CLITIC_SUFFIX, knownPart, normaliseWelsh, VOWEL, type WelshWords } from './welsh-words.js';

// Importers took the whole Welsh spelling API from this module before it was split.
export { suggestWelsh } from './welsh-suggest.js';
export { DEFAULT_WELSH_WORDS_URL, loadWelshWords, normaliseWelsh, WelshWords } from './welsh-words.js';

/**
 * Is `word` correct Welsh? Case-insensitive; ’ and ' are the same; elided
 * clitics (i'r, o'r, mae'n, i'w, 'n, 'r) are accepted; hyphenated compounds are
 * checked part by part; mutated forms are accepted when a radical is known.
 */
export function isWelshWord(word: string, words: WelshWords): boolean {
  // Remembered per word list: the same words come back in post after post of an audit.
  let seen = verdicts.get(words);
  if (!seen) verdicts.set(words, (seen = new Map()));
  let known = seen.get(word);
  if (known === undefined) {
    known = checkWord(word, words);
    if (seen.size >= VERDICTS_LIMIT) seen.clear();
    seen.set(word, known);
  }
  return known;
}

const verdicts = new WeakMap<WelshWords, Map<string, boolean>>();
const VERDICTS_LIMIT = 100_000;

/**
 * First parts written with a hyphen: Welsh prefixes and the international combining forms
 * Welsh takes with a hyphen (bio-nwy, bio-màs, eco-gyfeillgar, micro-fusnes, seiber-ddiogelwch).
 */
const HYPHEN_PREFIXES = new Set([
  ...PREFIXES,
  ...COMBINING_FORMS,
  'aero', 'agro', 'auto', 'cyber', 'eco', 'macro', 'mega', 'meta', 'mini', 'multi', 'nano', 'neo', 'seiber', 'ultra',
]);

const ELIDED_MY_YOUR = /^[fd]'[aeiouwyâêîôûŵŷ]/u;

function checkWord(word: string, words: WelshWords): boolean {
  const w = normaliseWelsh(word);
  if (!w) return false;
  if (knownWhole(w, words)) return true;
  // "fy" and "dy" elided before a vowel: "f'amser", "f'ymddeoliad", "d'enw".
  if (ELIDED_MY_YOUR.test(w) && knownWhole(w.slice(2), words)) return true;
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.some((p) => p === '')) return false;
    // A single letter is a part of its own ("crys-t", "e-lyfr"), never a misspelling.
    if (parts.every((p) => p.length === 1)) return false;
    // A place and an English participle: "Aberystwyth-born actor", "Cardiff-based" (real-text-blind160).
    if (parts.length === 2 && /^\p{Lu}/u.test(word) && AFTER_PLACE.has(parts[1]!)) return true;
    // A hyphen keeping two vowels apart in a known word ("cynorthwy-ydd" for "cynorthwyydd",
    // drafts-blind69): the word written whole is known.
    if (parts.length === 2 && /[aeiouwy]$/.test(parts[0]!) && /^[aeiouwy]/.test(parts[1]!) && knownWhole(parts.join(''), words)) return true;
    // A prefix before a hyphen ("aml-asiantaeth", "bio-nwy", "eco-gyfeillgar") is no word alone;
    // the last part must be one.
    return parts.every((p, i) => p.length === 1 || knownWhole(p, words) || (i < parts.length - 1 && HYPHEN_PREFIXES.has(p)));
  }
  return false;
}

const AFTER_PLACE = new Set(['born', 'based', 'bred', 'raised', 'educated', 'trained', 'made', 'built']);
const H_PROTHESIS = /^h[aeiouwyâêîôûŵŷ]/;
const ASPIRATE = /^(?:ch|ph|th)(?!h)/;
const RADICAL: Record<string, string> = { ch: 'c', ph: 'p', th: 't' };
/** A diaeresis on a vowel beside another vowel: the two are said apart ("crëwyr", "amgaeëdig"). */
const HIATUS_DIAERESIS = /[äëïöü][aeiouwy]|[aeiouwy][äëïöü]/;
const PLAIN: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u' };

/** Known, a regular derivative, a circumflexed one-syllable variant, or one of these plus a clitic ("ailgadarnhau'r"). */
function knownWhole(w: string, words: WelshWords): boolean {
  if (knownPart(w, words) || knownDerivative(w, words) || knownCircumflexVariant(w, words)) return true;
  // A diaeresis marking two vowels apart where the list writes none ("crëwyr" for "crewyr").
  if (HIATUS_DIAERESIS.test(w)) {
    const plain = w.replace(/[äëïöü]/g, (c) => PLAIN[c]!);
    if (knownPart(plain, words) || knownDerivative(plain, words)) return true;
  }
  // h before a vowel after ei (her), ein, eu: of a derivative too ("eu hailwynebu").
  if (H_PROTHESIS.test(w) && knownDerivative(w.slice(1), words)) return true;
  // The aspirate mutation of a long derivative ("a chydweithrediaeth" <- cydweithrediaeth): only
  // c, p, t take it, so few slips pass as it; the soft mutation stays out (welsh-derivation.ts).
  if (w.length >= 10 && ASPIRATE.test(w) && knownDerivative(RADICAL[w.slice(0, 2)]! + w.slice(2), words)) return true;
  const clitic = CLITIC_SUFFIX.exec(w);
  if (!clitic || !VOWEL.test(clitic[1]!)) return false;
  return knownDerivative(clitic[1]!, words) || knownCircumflexVariant(clitic[1]!, words);
}

// -------------------------------------------------------------- text check

export interface WelshMisspelling {
  /** Offset of the first UTF-16 code unit of the word in the checked text. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** The word as written. */
  word: string;
  suggestions: string[];
}

// The tokeniser classifies characters by hand rather than with \p{…} regular
// expressions: those cost ~0.1 ms each to compile, which matters for a CLI
// that checks one post per run.

/** A cased letter (any script with case), or a combining mark. */
function isLetter(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x300 && code <= 0x36f) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isWordChar = (code: number, ch: string): boolean => isLetter(code, ch) || isDigit(code) || code === 0x5f;
const isApostrophe = (ch: string): boolean => ch === "'" || ch === '’' || ch === '‘' || ch === 'ʼ';
const isJoiner = (ch: string): boolean => isApostrophe(ch) || ch === '-';
const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
  (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680;

/** "[at] ", "(dot) " right before a word, or " [at]" right after it: an address written out. */
const WRITTEN_BEFORE = /[[(][ ]?(?:at|dot)[ ]?[\])][ ]?$/i;
const WRITTEN_AFTER = /^[ ]?[[(][ ]?at[ ]?[\])]/i;

/** A file name: a word, a full stop and a document or image extension. */
const FILE_NAME = /^[(<"'“‘[]*[\p{L}\p{N}_-]+\.(?:docx?|xlsx?|pptx?|pdf|csv|txt|rtf|odt|ods|jpe?g|png|gif|zip)$/iu;

/** Whole whitespace-delimited chunks that are links or addresses. */
const URL_LIKE = /^[(<"'“‘[]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const EMAIL_LIKE = /^[(<"'“‘[]*[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_LIKE =
  /^[(<"'“‘[]*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cymru|wales|uk|com|org|net|gov|llyw|ac|nhs|co|io|info|eu)(?:[/?#:]\S*)?$/i;

function isLinkLike(chunk: string): boolean {
  // A network path (\\server\share\file.docx).
  if (chunk.includes('://') || chunk.includes('\\')) return true;
  // Every other form has a full stop (www., an address's domain, a file's extension): most
  // words have none, and are known at once.
  if (!chunk.includes('.')) return false;
  if (URL_LIKE.test(chunk) || (chunk.includes('@') && EMAIL_LIKE.test(chunk))) return true;
  // A domain, or a file name with its extension (adroddiad.pdf), before any closing punctuation.
  const trimmed = chunk.replace(/[.,;:!?)\]"'”’>]+$/, '');
  return trimmed.includes('.') && (DOMAIN_LIKE.test(trimmed) || FILE_NAME.test(trimmed));
}

/** Titles and abbreviations whose full stop does not end a sentence ("y Cyng. Jane Davies"). */
const NO_STOP_AFTER = new Set(['cyng', 'cllr', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'parch', 'st', 'e.e', 'h.y', 'etc']);

/** "Word/English": a Welsh label directly followed by its English one. */
function slashLabel(text: string, end: number, words: WelshWords): boolean {
  if (text[end] !== '/' || !words.english) return false;
  const next = /^\s?(\p{L}+)/u.exec(text.slice(end + 1, end + 30));
  return next !== null && words.english.has(next[1]!.toLowerCase());
}

/**
 * A place name built as Welsh places are, from a place element and a Welsh word: "Trefenghraifft"
 * (tref + enghraifft), "Llanfair" (llan + Mair, soft-mutated), even where no gazetteer lists it
 * (an invented or a small place). A sentence-opening typo rarely splits so ("Penderfynnodd": no
 * word after "pen").
 */
function placeCompound(token: string, words: WelshWords): boolean {
  const m = PLACE_ELEMENT.exec(token.toLowerCase());
  return m !== null && isWelshWord(m[2]!, words);
}
/** Elements Welsh place names written as one word start with ("Aberdaron", "Trefenghraifft"; "tref" before "tre"). */
export const PLACE_ELEMENTS = ['aber', 'llan', 'tref', 'tre', 'pen', 'porth', 'caer', 'cwm', 'pont', 'nant', 'rhyd', 'betws', 'bryn', 'coed', 'glan', 'maes', 'cefn', 'castell'];
const PLACE_ELEMENT = new RegExp(`^(${PLACE_ELEMENTS.join('|')})(\\p{Ll}{4,})$`, 'u');

/** Initials, Welsh digraphs among them ("T.J.", "C.Ll.", "Rh.", "T.Ll."). */
const INITIALS = /^(?:(?:[a-zà-ÿŵŷ]|ll|ch|dd|ff|ng|ph|rh|th)\.)*(?:[a-zà-ÿŵŷ]|ll|ch|dd|ff|ng|ph|rh|th)$/;

/** True when only punctuation, symbols or emoji separate `at` from a sentence start. */
function atSentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '!' || ch === '?' || ch === '…') return true;
    if (ch === '.') {
      // "Cyng. Jones", "J. Davies", "e.e. Llanelli": not a sentence end.
      let k = i;
      while (k > 0 && (isLetter(text.charCodeAt(k - 1), text[k - 1]!) || text[k - 1] === '.')) k--;
      const word = text.slice(k, i).toLowerCase();
      // Initials ("T.J. Pemberton") are single letters between stops.
      return !(word.length === 1 || NO_STOP_AFTER.has(word) || INITIALS.test(word));
    }
    const code = ch.charCodeAt(0);
    if (isLetter(code, ch) || isDigit(code)) return false;
  }
  return true;
}

/** A lower-case word whose only capitals are I's after its first letter: "lIefydd". */
const LOWER_WITH_I = /^\p{Ll}[\p{Ll}'’-]*I[\p{Ll}I'’-]*$/u;

/** "â" (with, as) written with another accent: "sydd á chwestiynau". */
const WRONG_ACCENT_A = /^[áä]$/;

/** A unit over a quantity, or a quantity over a unit: "cfu/100ml", "100ml/cfu". */
const MEASURE = /\p{L}\/\d|\d\p{L}*\/\p{L}/u;

/**
 * Check every Welsh word in `text`. Skips handles (@x), hashtags (#x), URLs,
 * bare domains and e-mail addresses, numbers and anything containing a digit
 * or underscore, single letters, all-caps acronyms, camelCase words, and
 * capitalised words that are not at the start of a sentence, or open it near no word (taken to be
 * proper nouns); accepts regular derivatives (welsh-derivation.ts) and excuses
 * abbreviations, English words and names in context (welsh-excuses.ts). Offsets
 * are absolute UTF-16 offsets into `text`.
 */
export function checkWelshSpelling(text: string, words: WelshWords): WelshMisspelling[] {
  const out: WelshMisspelling[] = [];
  const suggestionCache = new Map<string, string[]>();
  // An address written out ("ceri [at] example [dot] com") needs a bracket: most texts have none.
  const bracketed = /[[(]/.test(text);
  // Capitalised words inside a sentence (names), and the unknown ones opening a sentence: one of
  // those the text also writes inside a sentence is a name too ("ei fab, Connor, … Connor baratôdd").
  const names = new Set<string>();
  const openers = new Set<WelshMisspelling>();
  // Capitalised words inside a sentence, five letters or more: names, or a mistyped word (transposedCapitals).
  let capitalised: Array<{ start: number; end: number; token: string }> | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Next whitespace-delimited chunk [chunkStart, chunkEnd).
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const chunkStart = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const chunkEnd = i;
    if (chunkStart === chunkEnd) break;
    // A link, or a measurement's unit over a quantity ("cfu/100ml", "mg/1000l"): no word to check.
    const chunk = text.slice(chunkStart, chunkEnd);
    if (isLinkLike(chunk) || MEASURE.test(chunk)) continue;

    let j = chunkStart;
    while (j < chunkEnd) {
      if (!isWordChar(text.charCodeAt(j), text[j]!)) {
        j++;
        continue;
      }
      const start = j;
      let hasDigit = false;
      for (;;) {
        while (j < chunkEnd && isWordChar(text.charCodeAt(j), text[j]!)) {
          const code = text.charCodeAt(j);
          if (isDigit(code) || code === 0x5f) hasDigit = true;
          j++;
        }
        // An apostrophe or hyphen joins two runs of word characters.
        if (j + 1 < chunkEnd && isJoiner(text[j]!) && isWordChar(text.charCodeAt(j + 1), text[j + 1]!)) {
          j++;
          continue;
        }
        break;
      }
      const end = j;
      const token = text.slice(start, end);
      const before = start > chunkStart ? text[start - 1]! : '';
      if (before === '@' || before === '#' || before === '$') continue; // handle, hashtag, cashtag
      if (text[end] === '@') continue; // local part of an address we did not recognise
      // An address written out to dodge a filter: "ceri [at] example [dot] com".
      if (bracketed && (WRITTEN_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || WRITTEN_AFTER.test(text.slice(end, end + 8)))) continue;
      if (hasDigit) continue;
      // Leading elision ('n, 'r, 'ma, 'mlaen) when the list has the word with its apostrophe.
      const elided = isApostrophe(before) && (start - 1 === chunkStart || !isLetter(text.charCodeAt(start - 2), text[start - 2]!));
      if (elided && words.has("'" + normaliseWelsh(token))) continue;
      // Or with its first "y" dropped, as in speech: 'molchi (ymolchi), 'sgol (ysgol), 'mlaen (ymlaen).
      if (elided && isWelshWord('y' + token, words)) continue;
      // Trailing elision (ma' for mae, gwel' for gweld) when the list has the word with its apostrophe.
      if (isApostrophe(text[end] ?? '') && !isLetter(text.charCodeAt(end + 1), text[end + 1] ?? '') && words.has(normaliseWelsh(token) + "'")) continue;
      let letters = 0;
      let upperAfterFirst = false;
      let lower = false;
      for (let k = 0; k < token.length; k++) {
        const code = token.charCodeAt(k);
        // ASCII letters by code (most of any text): a case change per letter was the loop's cost.
        if (code < 0x80) {
          if (code === 0x27 || code === 0x2d) continue; // ' and -
          letters++;
          if (code >= 0x61 && code <= 0x7a) lower = true;
          else if (code >= 0x41 && code <= 0x5a && letters > 1) upperAfterFirst = true;
          continue;
        }
        const ch = token[k]!;
        if (isJoiner(ch)) continue;
        letters++;
        const isLower = ch !== ch.toUpperCase();
        const isUpper = ch !== ch.toLowerCase();
        if (isLower) lower = true;
        if (isUpper && letters > 1) upperAfterFirst = true;
      }
      if (letters < 2) {
        // Single letters are skipped, but "á" for "â" (with) is a wrong accent, not a letter ("à la carte" is French).
        if (WRONG_ACCENT_A.test(token)) out.push({ start, end, word: token, suggestions: ['â'] });
        continue;
      }
      if (!lower) continue; // acronyms, shouting: CCTV, GDPR, AR GAU
      if (upperAfterFirst) {
        // A capital I copied for an l inside a lower-case word ("lIefydd", "lIenwi"): a slip, not camelCase.
        const fixed = LOWER_WITH_I.test(token) ? token.replace(/I/g, 'l') : undefined;
        if (fixed && isWelshWord(fixed, words)) out.push({ start, end, word: token, suggestions: [fixed] });
        continue; // camelCase, McDonald, iPhone, CyngorSirGar
      }
      const first = token[0]!;
      // A capitalised word is a name, unless it opens a sentence or labels a bilingual pair
      // ("Cyfieithydd/Translator": the English after the slash shows it is a common noun).
      const capital = first !== first.toLowerCase();
      if (capital && !atSentenceStart(text, start) && !slashLabel(text, end, words)) {
        names.add(token);
        if (token.length >= 5) (capitalised ??= []).push({ start, end, token });
        continue;
      }
      if (isWelshWord(token, words)) continue;
      if (capital && placeCompound(token, words)) continue;
      if (excused(text, start, end, token, words)) continue;
      let suggestions = suggestionCache.get(token);
      if (!suggestions) {
        suggestions = suggestWelsh(token, words);
        suggestionCache.set(token, suggestions);
      }
      // A capitalised opener no word is near ("Herbrandston yng ngorllewin Sir Benfro"): a name
      // opening its line, not a slip; a slip keeps the word it was meant for near ("Decharau").
      // A label before a colon is a common noun, however far its slip ("Ymddojeiroadau: …").
      if (capital && !suggestions.length && !/^[ \u00A0]*:/.test(text.slice(end, end + 3))) continue;
      const found = { start, end, word: token, suggestions: [...suggestions] };
      out.push(found);
      if (capital) openers.add(found);
    }
  }
  if (capitalised) out.push(...transposedCapitals(text, capitalised, words));
  const found = openers.size && names.size ? out.filter((f) => !(openers.has(f) && names.has(f.word))) : out;
  return capitalised ? found.sort((a, b) => a.start - b.start) : found;
}

/**
 * Capitalised words inside a sentence are taken for names; but one that is no word, and whose
 * letters swapped once make a word the same text uses ("gyda Demetnia" where the page says
 * "dementia" three times), is that word mistyped. A name is seldom a swap of a word beside it.
 */
function transposedCapitals(text: string, capitalised: Array<{ start: number; end: number; token: string }>, words: WelshWords): WelshMisspelling[] {
  const unknown = capitalised.filter((c) => !isWelshWord(c.token, words));
  if (!unknown.length) return [];
  const used = new Set((text.match(/\p{L}{5,}/gu) ?? []).map((w) => w.toLowerCase()));
  const out: WelshMisspelling[] = [];
  for (const c of unknown) {
    const lower = c.token.toLowerCase();
    for (let i = 1; i + 1 < lower.length; i++) {
      if (lower[i] === lower[i + 1]) continue;
      const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
      if (!used.has(swapped) || !isWelshWord(swapped, words)) continue;
      out.push({ start: c.start, end: c.end, word: c.token, suggestions: [c.token[0]! + swapped.slice(1)] });
      break;
    }
  }
  return out;
}
