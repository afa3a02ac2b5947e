/**
 * Regular Welsh word formation the word list does not spell out: a form is accepted when it is
 * built by a productive rule on a word the list has (mutations undone by `knownSimple`).
 *
 *   impersonal and passive    -ir -id -wyd -iwyd    on a verb-noun stem, with vowel affection
 *                                                    undone: cesglir <- casglu, bwriedir <- bwriadu
 *   plural imperative         -wch -iwch            ebostiwch <- ebostio
 *   comparative, superlative  -ach -af              with provection and w/y undone:
 *                                                    pwysicaf <- pwysig, trymach <- trwm; with
 *                                                    -i- after the stem: cliriach <- clir
 *   adjectives                -ol -iol -adwy -iadwy  rhagfarnol <- rhagfarn, trwyddedadwy <- trwyddedu;
 *                             -nol -nus on -iant     daliannol <- daliant, llwyddiannus <- llwyddiant
 *   past participles          -edig -iedig          amcangyfrifedig <- amcangyfrif, cyflogedig <- cyflogi
 *   agents                    -wr -wyr              smygwyr <- smygu
 *   feminine nouns            -es                   on a known noun in -ydd, -or, -ur, -sant: emynyddes <- emynydd
 *                             -wraig -wragedd       on a known agent in -wr: mabolgampwraig <- mabolgampwr
 *   abstract nouns            -edd                  on a word of five letters or more ending in a
 *                                                    consonant whose plural is not -oedd: dyngaredd <- dyngar
 *   3rd person plural         -en for -ent          gallen <- gallent, bydden <- byddent
 *   loanword plurals          -ysau for -ws, -s after -w or -o (not -io)  feirysau <- feirws,
 *                                                    barbeciws <- barbeciw, maniffestos <- maniffesto;
 *                             -s after an accented last syllable        sigaréts <- sigarét
 *   compounds                 prefix + soft mutation  ailgylchu, croeslinellau, gwrthdlodi; the second
 *                                                    part may be a long derivative after ail- (ailamserlennir);
 *                                                    an- with nasal mutation on long adjectives
 *                                                    (anghyllidol <- cyllidol)
 *   plurals, verb-nouns       -oedd -ion -au ... -io  only of words the list knows no plural or
 *                                                    verb-noun of (welsh-inflection.ts): mangreoedd
 *
 * Deliberately not: plurals of words whose plural the list has (-au, -on, -ion are lexical:
 * "ysgolon" is a misspelling of "ysgolion", not a plural of "ysgol"), compounds of two words
 * (a known word and a soft-mutated one: with a list this size, 1 invented slip in 20 can be read
 * as one, and still 1 in 270 with both parts of five letters or more, e.g. "pwysigrydd" as
 * pwysig + rhydd; slips as in scripts/eval/welsh-slips.ts), and stems under four letters, three
 * for comparatives ("chair" is no impersonal of "cael"). A misspelling is accepted only if it
 * happens to be such a form of a real word, which real typos rarely are.
 */
import { knownDroppedH, knownPlural, knownSpokenPreterite, knownVerbNoun } from './welsh-inflection.js';
import { knownPart, knownSimple, type WelshWords } from './welsh-words.js';
import { demutations } from './welsh-mutations.js';

/** Endings of the verb-noun a stem may come from ("smyg" + "u"), "" for a noun or gwahardd. */
const VERB_NOUN = ['', 'u', 'o', 'i', 'io', 'a'];

/** [suffix, endings of the stem's source word to try]. Longest suffix first. */
const SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['iedig', ['io']],
  ['edd', ['']],
  ['es', ['']],
  ['iadwy', VERB_NOUN],
  ['edig', ['', 'u', 'i']],
  ['adwy', VERB_NOUN],
  ['iwyd', VERB_NOUN],
  ['iwch', VERB_NOUN],
  ['wyd', VERB_NOUN],
  ['wch', VERB_NOUN],
  ['wyr', VERB_NOUN],
  ['iol', VERB_NOUN],
  ['iach', ['']],
  ['ach', ['']],
  ['wr', VERB_NOUN],
  ['ol', ['', 'io', 'u', 'i']],
  ['ir', VERB_NOUN],
  ['id', VERB_NOUN],
  ['iaf', ['']],
  ['af', ['']],
];

/** Shortest stem per suffix, where it differs from the default (four letters; three for comparatives). */
const MIN_STEM: Readonly<Record<string, number>> = { ach: 3, af: 3, iach: 3, iaf: 3, edig: 5, iedig: 5, edd: 5, es: 5 };
/** Suffixes that only follow a consonant ("amcangyfrif-edig"). */
const AFTER_CONSONANT = new Set(['edig', 'iedig', 'edd']);

const ADJECTIVE_END = /(?:ol|us|ig|adwy|og|aidd|lon|ys)$/;

const LETTERS = /^[a-zâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]+$/;

/** Prefixes that form compounds with a soft-mutated (or vowel-initial) second word. */
export const PREFIXES = ['ail', 'all', 'aml', 'cyd', 'croes', 'gor', 'gwrth', 'hunan', 'is', 'rhag', 'rhyng', 'traws', 'uwch', 'dad', 'cyn', 'hir', 'cam'];
/** International combining forms Welsh also writes solid: geodechnegol, biowyddoniaeth, hydrodrydanol. */
export const COMBINING_FORMS = ['geo', 'bio', 'hydro', 'micro', 'electro', 'tele', 'niwro'];

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
  if (singledKnown(w, words)) return false;
  if (suffixed(w, words)) return true;
  for (const prefix of PREFIXES) {
    if (w.length - prefix.length >= 4 && w.startsWith(prefix) && knownSimple(w.slice(prefix.length), words)) return true;
  }
  // A compound on cam-, croes- or traws- softened as a whole ("o gamwybodaeth" <- camwybodaeth);
  // not cyn- or cyd-, nor any other mutation, which let slips through ("gynfodau", "orweiniodd").
  const softened = /^(?:gam|groes|draws)/.test(w) ? demutations(w).map((d) => d.radical).filter((r) => r.length === w.length && /^(?:cam|croes|traws)/.test(r)) : [];
  for (const form of softened) {
    const prefix = /^(?:cam|croes|traws)/.exec(form)![0];
    if (form.length - prefix.length >= 5 && knownSimple(form.slice(prefix.length), words)) return true;
  }
  // A learned combining form written solid before a long word, mutated as a prefix mutates it:
  // geodechnegol <- technegol, biowyddoniaeth <- gwyddoniaeth.
  for (const form of COMBINING_FORMS) {
    if (w.length - form.length >= 7 && w.startsWith(form) && knownSimple(w.slice(form.length), words)) return true;
  }
  // ail- ("re-") before a long derivative: ailamserlennir <- amserlennu.
  if (w.startsWith('ail') && w.length >= 10 && suffixed(w.slice(3), words)) return true;
  // an- + nasal mutation writes one n for two (an + nghyllidol -> anghyllidol): long adjectives only,
  // so that "anghanol" (for "ynghanol") is not taken for one.
  if (w.startsWith('an') && w.length >= 10 && ADJECTIVE_END.test(w) && knownSimple('n' + w.slice(2), words)) return true;
  // an- before h: anhyfyw <- hyfyw (before a vowel too many slips would pass: "anofnir").
  if (w.startsWith('anh') && w.length >= 7 && knownSimple(w.slice(2), words)) return true;
  // Plurals and verb-nouns of known words whose own the list lacks, and spoken preterite plurals (welsh-inflection.ts).
  return knownPlural(w, words) || knownVerbNoun(w, words) || knownSpokenPreterite(w, words) || knownDroppedH(w, words);
}

/**
 * "ennillwyr" for "enillwyr": nn and rr are written double only right after the stressed vowel,
 * so a suffix that moves the stress makes them single (ennill -> enillwyr, cynnal -> cynaliadwy).
 * A form that keeps the double letter where the list knows it single is that slip, not a
 * derivative (the list knowing the right form decides, as for plurals).
 */
function singledKnown(w: string, words: WelshWords): boolean {
  for (const pair of ['nn', 'rr']) {
    for (let i = w.indexOf(pair); i >= 0; i = w.indexOf(pair, i + 1)) {
      if (knownSimple(w.slice(0, i) + w.slice(i + 1), words)) return true;
    }
  }
  return false;
}

/** An adjective in -iannol or -iannus, and the abstract noun in -iant it is made from less its t (not a verb's -ant: "plantant"). */
const NT_ADJECTIVE = /^(\p{L}{3,}ian)n(?:ol|us)$/u;
/** An acute accent in the last syllable before a final -s: a loanword's plural (sigaréts). */
const ACUTE_LAST = /[áéíóúẃý][^aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]*s$/u;

/** A known word plus a regular suffix (see the module comment). */
function suffixed(w: string, words: WelshWords): boolean {
  // Plurals of loanwords: -ws nouns take -ysau (firws -> firysau, campws -> campysau), and those
  // ending in -w or -o (not -io) may take -s (barbeciw -> barbeciws, maniffesto -> maniffestos).
  // Not -s after -i or -io: too many verb forms end so ("cynlluni" would make "cynllunis" Welsh).
  if (w.endsWith('ysau') && w.length >= 8 && words.has(w.slice(0, -4) + 'ws')) return true;
  if (w.length >= 7 && w.endsWith('ws') && words.has(w.slice(0, -1))) return true;
  if (w.length >= 7 && w.endsWith('os') && !w.endsWith('ios') && words.has(w.slice(0, -1))) return true;
  // A loanword stressed on its last syllable, which Welsh marks with an acute accent, may take
  // -s too: sigarét -> sigaréts, carafán -> carafáns.
  if (w.length >= 6 && ACUTE_LAST.test(w) && knownSimple(w.slice(0, -1), words)) return true;
  // -ol and -us on a noun in -iant double its n, the stress moving onto it: daliant -> daliannol,
  // buddiant -> buddiannol, llwyddiant -> llwyddiannus.
  const nt = NT_ADJECTIVE.exec(w);
  if (nt && words.has(`${nt[1]}t`)) return true;
  // A woman agent, and women, of a known agent in -wr: mabolgampwr -> mabolgampwraig, -wragedd.
  for (const feminine of ['wraig', 'wragedd']) {
    if (w.endsWith(feminine) && w.length - feminine.length >= 4 && knownSimple(`${w.slice(0, -feminine.length)}wr`, words)) return true;
  }
  // -en for -ent (gallen nhw), only where the list has the -ent form exactly as written.
  if (w.length >= 6 && w.endsWith('en') && words.has(w + 't')) return true;
  for (const [suffix, endings] of SUFFIXES) {
    const comparative = suffix === 'ach' || suffix === 'af' || suffix === 'iach' || suffix === 'iaf';
    const min = MIN_STEM[suffix] ?? 4;
    if (!w.endsWith(suffix) || w.length - suffix.length < min) continue;
    // "amseredd" is a slip for the plural "amseroedd", not an abstract noun of "amser".
    if (suffix === 'edd' && knownSimple(`${w.slice(0, -3)}oedd`, words)) continue;
    // Feminine -es only on a person's noun in -ydd, -or, -ur or -sant (emynydd -> emynyddes, awdur -> awdures,
    // nawddsant -> nawddsantes).
    if (suffix === 'es' && !/(?:ydd|or|ur|sant)$/.test(w.slice(0, -2))) continue;
    for (const stem of stems(w.slice(0, -suffix.length), comparative)) {
      for (const ending of endings) {
        const source = stem + ending;
        // "-ach"/"-af" on a word that ends in a vowel is no comparative ("ysgola"): the stem must end in a consonant.
        if ((comparative || AFTER_CONSONANT.has(suffix)) && /[aeiouwy]$/.test(stem)) continue;
        if (source.length >= min && knownSimple(source, words)) return true;
      }
    }
  }
  return false;
}

const OPEN_CIRCUMFLEX = /^[^aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]+[ŵŷ]$/;

/**
 * A one-syllable word ending in a long ŵ or ŷ that the list spells without the circumflex:
 * "sŵ" (sw). Only an open syllable is forgiven; "dŷn" for "dyn" is still an error, and so is a
 * missing circumflex ("tim" for "tîm"). Mutated forms whose circumflex the radical lacks ("gŵyn"
 * <- "cwyn") come from Lecsicon Cymraeg Bangor (scripts/welsh-terms/extract.mjs).
 */
export function knownCircumflexVariant(w: string, words: WelshWords): boolean {
  if (!OPEN_CIRCUMFLEX.test(w)) return false;
  return knownPart(w.slice(0, -1) + (w.endsWith('ŵ') ? 'w' : 'y'), words);
}
