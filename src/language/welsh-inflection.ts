/**
 * Regular plurals and verb-nouns of known words whose own plural or verb-noun the word list
 * lacks ("mangreoedd" <- mangre, "cyflogeion" <- cyflogai, "cilfannau" <- cilfan, "cadeiryddio"
 * <- cadeirydd).
 *
 * Plural endings are lexical: "ysgol" takes -ion, not -on, so "ysgolon" is a misspelling and
 * must stay one. A plural is therefore accepted only when the list knows no plural of that word
 * at all: "ysgolion" is in the list, so "ysgolon" is not taken for a plural of "ysgol". The same
 * holds for verb-nouns: "defnyddo" is no verb-noun of "defnydd", whose verb-noun "defnyddio" is known.
 *
 *   plural      -au -iau -ion -on -oedd -iaid   mangreoedd, afiechydon; the stem as written (after a vowel,
 *                                                -oedd only), or with -ai for -eion and -eiaid
 *                                                (cyflogai -> cyflogeion), -a for -eydd and -âu
 *                                                (croesfa -> croesfeydd), and a stressed final n
 *                                                or r written double (cilfan -> cilfannau)
 *   verb-noun   -io                              from a noun of six letters or more ending in a
 *                                                consonant, not one made from a verb (-ad, -iant)
 *                                                (cadeirydd -> cadeiryddio)
 *   preterite   -on -son (spoken)                the spoken first or third person plural of a
 *                                                known -om/-som or -ant/-sant form ("clywson ni"
 *                                                <- clywsom, "gwelson nhw" <- gwelsant)
 *
 * Not from singulatives in -yn or -en, whose plural drops the ending (blodyn -> blodau, so
 * "blodynau" is a misspelling), nor from agent nouns in -wr (-wyr, welsh-derivation.ts), verb
 * forms, verb-nouns or adjectives, nor from stems under five letters. Of 25,722 invented slips of
 * Welsh words (scripts/eval/welsh-slips.ts), 12 are taken for such a plural or verb-noun.
 */
import { demutations } from './welsh-mutations.js';
import { knownSimple, type WelshWords } from './welsh-words.js';

/** [ending as written, what replaces it to give the singular]; longest first. */
const PLURALS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['eiaid', ['ai']],
  ['iaid', ['']],
  ['eydd', ['a']],
  ['oedd', ['']],
  ['eion', ['ai']],
  ['iau', ['']],
  ['ion', ['']],
  ['âu', ['a']],
  ['on', ['']],
  ['au', ['']],
];

/** Every regular plural ending a known plural of a word may have (see `hasPlural`). */
const PLURAL_ENDINGS = ['au', 'iau', 'ion', 'on', 'oedd', 'iaid', 'aid', 'od', 'ydd', 'edd', 'i', 'ed', 'iadau', 'ai', 'eydd'];

const VERB_NOUNS = ['io'];
const VERB_NOUN_ENDINGS = ['u', 'o', 'io', 'i', 'a', 'hau', 'eiddio', 'ychu'];

const LETTERS = /^[a-zâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]+$/;
const SINGULATIVE = /(?:yn|en|wr)$/;
/**
 * Verb forms, verb-nouns and adjectives in the list: the list has no plural for them, and none
 * is made ("penderfynid", "paru", "archaeolegol").
 */
const NO_PLURAL = /(?:id|ir|wyd|odd|wn|ech|ent|wch|ais|ith|iff|ant|af|u|io|o|(?<!a)i|hau|ol|ig|us|aidd|adwy|og|gar|llyd)$/;
const CONSONANT_END = /[^aeiouwyâêîôûŵŷ]$/;
const VOWEL_END = /[aeiouyâêîôûŷ]$/;
/** Stems that are verb forms, verb-nouns or nouns made from verbs ("galwad", "gofyn"): no -io verb-noun. */
const NOT_A_NOUN = /(?:ad|iad|iant|id|ir|wyd|odd|wn|ech|ent|wch|ais|ith|yn|af)$/;

/**
 * The known radical of `stem` (the list's own spelling, mutation undone), or undefined. `stem`
 * may be mutated because the whole plural is ("fangreoedd" <- mangreoedd).
 */
function radicalOf(stem: string, words: WelshWords): string | undefined {
  if (words.has(stem)) return stem;
  for (const d of demutations(stem)) if (words.has(d.radical)) return d.radical;
  return undefined;
}

/** Does the list hold any plural of `radical`? The ending of a -ai or -a word changes (cyflogai -> cyflogeion). */
function hasPlural(radical: string, words: WelshWords): boolean {
  const bases = [radical];
  if (radical.endsWith('ai')) bases.push(radical.slice(0, -2) + 'e');
  if (radical.endsWith('a')) bases.push(radical.slice(0, -1));
  // A stressed final n or r doubles before the ending (cilfan -> cilfannau).
  if (/[aeiouwy][nr]$/.test(radical)) bases.push(radical + radical.at(-1));
  for (const base of bases) for (const ending of PLURAL_ENDINGS) if (words.has(base + ending)) return true;
  return false;
}

/** Vowel groups, a fair count of syllables ("cilfan" 2, "mangre" 2, "tasg" 1). */
const syllables = (w: string): number => w.match(/[aeiouwyâêîôûŵŷ]+/g)?.length ?? 0;

/** Is `w` (lower case, NFC) a regular plural of a known word that has no plural in the list? */
export function knownPlural(w: string, words: WelshWords): boolean {
  if (!LETTERS.test(w)) return false;
  for (const [ending, replacements] of PLURALS) {
    if (!w.endsWith(ending)) continue;
    const base = w.slice(0, -ending.length);
    for (const replacement of replacements) {
      const stems = [base + replacement];
      if (/([nr])\1$/.test(base)) stems.push(base.slice(0, -1) + replacement);
      for (const stem of stems) {
        if (stem.length < 5 || SINGULATIVE.test(stem) || NO_PLURAL.test(stem)) continue;
        // Words in -ai take -eion and -eiaid, and those endings come from nothing else.
        if (ending === 'eion' || ending === 'eiaid' ? !stem.endsWith('ai') : stem.endsWith('ai')) continue;
        // A stressed final n or r is written double before the ending (cilfannau, not "cilfanau").
        if (stem === base && /[^aeiouwy][aeiouwy][nr]$/.test(stem) && syllables(stem) >= 2) continue;
        // After a vowel the ending is -oedd (mangre -> mangreoedd), or the vowel changes (-eydd, -âu, -eion).
        if (replacement === '' && ending !== 'oedd' && VOWEL_END.test(stem)) continue;
        const radical = radicalOf(stem, words);
        if (radical && !hasPlural(radical, words)) return true;
      }
    }
  }
  return false;
}

/** Is `w` (lower case, NFC) a regular verb-noun in -io of a known noun that has no verb-noun in the list? */
export function knownVerbNoun(w: string, words: WelshWords): boolean {
  if (!LETTERS.test(w)) return false;
  for (const ending of VERB_NOUNS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    if (stem.length < 6 || !CONSONANT_END.test(stem) || NOT_A_NOUN.test(stem)) continue;
    const radical = radicalOf(stem, words);
    if (radical && !VERB_NOUN_ENDINGS.some((e) => words.has(radical + e))) return true;
  }
  return false;
}

/**
 * Is `w` (lower case, NFC) the spoken preterite plural of a verb ("clywson ni", "gwelson nhw",
 * "cyrhaeddon ni", "Fe welson nhw"): -on where the written language has -om (we) or -ant (they),
 * and the list knows that written form? Many spoken forms are in the list already ("aethon", "cawson").
 */
export function knownSpokenPreterite(w: string, words: WelshWords): boolean {
  if (!LETTERS.test(w) || w.length < 6 || !w.endsWith('on')) return false;
  const written = (stem: string) => words.has(`${stem}om`) || words.has(`${stem}ant`);
  // Mutated as a verb is after "fe", "mi" or a question ("Fe welson nhw"): its radical's written form.
  return written(w.slice(0, -2)) || demutations(w).some((d) => written(d.radical.slice(0, -2)));
}

/** Endings that move the stress off a word's last syllable (plurals and adjectives). */
const STRESS_MOVING = ['ion', 'iau', 'au', 'on', 'oedd', 'ydd', 'wyr', 'ol', 'esau'];
const VOWEL_GROUP = /[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]+/gu;

/**
 * Is `w` (lower case, NFC) a form of a known word whose h falls away when an ending moves the
 * stress on: an h after n, m or r is written only before the stressed (last but one) vowel, so
 * cymhorthydd -> cymorthyddion, brenhines -> breninesau, anhawster -> anawsterau. Where the h's
 * vowel is still the last but one ("breninoedd" for "brenhinoedd") the h belongs, and its loss is a slip.
 */
export function knownDroppedH(w: string, words: WelshWords): boolean {
  const ending = STRESS_MOVING.find((e) => w.endsWith(e) && w.length - e.length >= 5);
  if (!ending) return false;
  const groups = [...w.matchAll(VOWEL_GROUP)].map((m) => m.index!);
  const penult = groups.length >= 2 ? groups[groups.length - 2] : -1;
  const stem = w.slice(0, -ending.length);
  // Not after a first n or m, which a nasal mutation's h would make: "nanysgrifiadau" is no "nhanysgrifiadau".
  for (let i = 2; i < stem.length - 1; i++) {
    if (!'nmr'.includes(stem[i - 1]!) || !groups.includes(i) || i === penult) continue;
    const withH = `${stem.slice(0, i)}h${stem.slice(i)}${ending}`;
    if (knownSimple(withH, words) || knownPlural(withH, words)) return true;
  }
  return false;
}
