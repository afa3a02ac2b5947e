/**
 * Regular Welsh word formation the word list does not spell out: a form is accepted when it is
 * built by a productive rule on a word the list has (mutations undone by `knownSimple`).
 *
 *   impersonal and passive    -ir -id -wyd -iwyd    on a verb-noun stem, with vowel affection
 *                                                    undone: cesglir <- casglu, bwriedir <- bwriadu
 *   plural imperative         -wch -iwch            ebostiwch <- ebostio
 *   comparative, superlative  -ach -af              with provection and w/y undone:
 *                                                    pwysicaf <- pwysig, trymach <- trwm
 *   adjectives                -ol -iol -adwy -iadwy  rhagfarnol <- rhagfarn, trwyddedadwy <- trwyddedu
 *   agents                    -wr -wyr              smygwyr <- smygu
 *   compounds                 prefix + soft mutation  ailgylchu, croeslinellau, gwrthdlodi
 *
 * Deliberately not: plurals (-au, -on, -ion are lexical: "ysgolon" is a misspelling of
 * "ysgolion", not a plural of "ysgol") and stems under four letters, three for comparatives ("chair" is no impersonal of "cael"). A misspelling is
 * accepted only if it happens to be such a form of a real word, which real typos rarely are.
 */
import { knownSimple, type WelshWords } from './welsh-words.js';

/** Endings of the verb-noun a stem may come from ("smyg" + "u"), "" for a noun or gwahardd. */
const VERB_NOUN = ['', 'u', 'o', 'i', 'io', 'a'];

/** [suffix, endings of the stem's source word to try]. Longest suffix first. */
const SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['iadwy', VERB_NOUN],
  ['adwy', VERB_NOUN],
  ['iwyd', VERB_NOUN],
  ['iwch', VERB_NOUN],
  ['wyd', VERB_NOUN],
  ['wch', VERB_NOUN],
  ['wyr', VERB_NOUN],
  ['iol', VERB_NOUN],
  ['ach', ['']],
  ['wr', VERB_NOUN],
  ['ol', ['', 'io', 'u', 'i']],
  ['ir', VERB_NOUN],
  ['id', VERB_NOUN],
  ['af', ['']],
];

const LETTERS = /^[a-zâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]+$/;

/** Prefixes that form compounds with a soft-mutated (or vowel-initial) second word. */
const PREFIXES = ['ail', 'aml', 'cyd', 'croes', 'gor', 'gwrth', 'hunan', 'is', 'rhag', 'rhyng', 'traws', 'uwch', 'dad', 'cyn'];

/**
 * Stems a suffixed form may have come from: as written, with vowel affection undone in the
 * last syllable (e -> a: cesgl -> casgl, ei -> ai: ceis -> cais), with provection undone at
 * the end (c -> g, p -> b, t -> d: pwysic -> pwysig) and with y -> w (trym -> trwm).
 */
function stems(stem: string, comparative: boolean): string[] {
  const out = [stem];
  const e = stem.lastIndexOf('e');
  if (e >= 0 && !/[aeouwy]/.test(stem.slice(e + 1))) out.push(stem.slice(0, e) + 'a' + stem.slice(e + 1));
  if (comparative) {
    const last = stem[stem.length - 1];
    const voiced = last === 'c' ? 'g' : last === 'p' ? 'b' : last === 't' ? 'd' : undefined;
    if (voiced) out.push(stem.slice(0, -1) + voiced);
    const y = stem.lastIndexOf('y');
    if (y >= 0 && !/[aeiouw]/.test(stem.slice(y + 1))) out.push(stem.slice(0, y) + 'w' + stem.slice(y + 1));
  }
  return out;
}

/** Is `w` (lower case, NFC) a regular derivative or compound of a known word? */
export function knownDerivative(w: string, words: WelshWords): boolean {
  // Whole words only: the list also has fragments ("gor-", "o-") and clitic forms.
  if (!LETTERS.test(w)) return false;
  for (const [suffix, endings] of SUFFIXES) {
    const comparative = suffix === 'ach' || suffix === 'af';
    // Comparatives of short adjectives are common ("tecach" <- "teg"); other stems need four letters.
    const min = comparative ? 3 : 4;
    if (!w.endsWith(suffix) || w.length - suffix.length < min) continue;
    for (const stem of stems(w.slice(0, -suffix.length), comparative)) {
      for (const ending of endings) {
        const source = stem + ending;
        // "-ach"/"-af" on a word that ends in a vowel is no comparative ("ysgola"): the stem must end in a consonant.
        if (comparative && /[aeiouwy]$/.test(stem)) continue;
        if (source.length >= min && knownSimple(source, words)) return true;
      }
    }
  }
  for (const prefix of PREFIXES) {
    if (w.length - prefix.length >= 4 && w.startsWith(prefix) && knownSimple(w.slice(prefix.length), words)) return true;
  }
  return false;
}
