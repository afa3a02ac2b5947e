/**
 * Spelling suggestions for Welsh words: near words from the list, ranked, with
 * mutations, clitics and the writer's casing put back.
 */
import { demutations, mutate } from './welsh-mutations.js';
import { editsWithin1, searchWithin, type Candidate } from './welsh-near-words.js';
import { CLITIC_SUFFIX, knownPart, knownSimple, normaliseWelsh, VOWEL, type WelshWords } from './welsh-words.js';

/**
 * Very frequent words in council posts, used only to break ties between
 * equally distant suggestions. Radical forms: mutated candidates are mapped
 * back through `demutate` before the look-up.
 */
const COMMON = new Set(
  (
    'a ac ar at am gan gyda heb i o yn y yr mae roedd bydd bod oes sydd sy ' +
    'ein eich ei eu fy dy ni chi nhw hi fe fo ef ' +
    'diolch croeso cyngor sir cymru cymraeg saesneg gwasanaeth gwasanaethau ' +
    'ffordd ffyrdd heol stryd cau agor ysgol ysgolion plant pobl teulu teuluoedd ' +
    'casgliad casgliadau bin biniau gwastraff ailgylchu sbwriel tywydd rhybudd ' +
    'gwybodaeth manylion dyddiad amser wythnos heddiw yfory ddoe mis blwyddyn ' +
    'cyhoeddus cyfarfod ymgynghoriad digwyddiad gwaith gweithio tîm staff ' +
    'cymuned cymunedau trigolion preswylwyr busnes busnesau cefnogaeth cymorth help ' +
    'iechyd gofal diogel diogelwch llyfrgell canolfan hamdden parc traeth tref ' +
    'newyddion diweddariad hysbysiad cais ceisiadau cyllideb treth ' +
    'gwefan ar-lein e-bost ffôn cysylltu cysylltwch darllen dysgu rhagor mwy ' +
    'newydd hen mawr bach da gorau pwysig gael ' +
    'hwyr oherwydd pob pawb yma hon hwn hyn'
  ).split(' '),
);

const MAX_SUGGEST_LENGTH = 40;

function isCommon(word: string): boolean {
  if (COMMON.has(word)) return true;
  for (const d of demutations(word)) if (COMMON.has(d.radical)) return true;
  return false;
}

function rank(query: string, candidates: Candidate[]): string[] {
  const firstQ = query.codePointAt(0);
  const scored = candidates.map((c) => ({
    word: c.word,
    cost: c.cost,
    common: isCommon(c.word) ? 0 : 1,
    first: c.word.codePointAt(0) === firstQ ? 0 : 1,
    lengthGap: Math.abs(c.word.length - query.length),
  }));
  scored.sort(
    (a, b) =>
      a.cost - b.cost ||
      a.first - b.first ||
      a.common - b.common ||
      a.lengthGap - b.lengthGap ||
      (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
  return scored.map((s) => s.word);
}

/** Words that are only fragments ("o-", "'n") are never suggested. */
const suggestible = (word: string): boolean => !/^['-]|['-]$/.test(word);

function suggestNormalised(w: string, words: WelshWords, max: number): string[] {
  if (!w || w.length > MAX_SUGGEST_LENGTH || max <= 0) return [];
  const toQuery = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);
  // The list holds radical forms only, so a mutated misspelling ("nghyngot")
  // is also corrected through its radical ("cyngot" → "cyngor") and the
  // mutation put back ("nghyngor").
  const mutated = demutations(w);
  for (const maxCost of [1, 2]) {
    const found = new Map<string, number>();
    const add = (word: string | null, cost: number): void => {
      if (word === null || word === w || !suggestible(word)) return;
      const seen = found.get(word);
      if (seen === undefined || cost < seen) found.set(word, cost);
    };
    const search = (s: string): Candidate[] =>
      maxCost === 1 ? editsWithin1(s, words) : searchWithin(words, toQuery(s), maxCost, true);
    for (const c of search(w)) add(c.word, c.cost);
    // At distance 2 (the expensive walk) the radical readings are only tried
    // when the word as written gave nothing.
    if (maxCost === 1 || found.size === 0) {
      for (const d of mutated) {
        for (const c of search(d.radical)) add(mutate(d, c.word), c.cost);
      }
    }
    if (found.size > 0) {
      return rank(
        w,
        [...found].map(([word, cost]) => ({ word, cost })),
      ).slice(0, max);
    }
  }
  return [];
}

/** Give `suggestion` the casing of `original`: Capitalised or ALL CAPS. */
function applyCase(original: string, suggestion: string): string {
  const hasLower = original !== original.toUpperCase();
  const hasUpper = original !== original.toLowerCase();
  if (hasUpper && !hasLower && [...original].length > 1) return suggestion.toUpperCase();
  const first = original[0]!;
  if (first !== first.toLowerCase()) {
    const chars = [...suggestion];
    chars[0] = chars[0]!.toUpperCase();
    return chars.join('');
  }
  return suggestion;
}

/**
 * Up to `max` corrections for `word`, best first, in the word's casing.
 * Candidates within edit distance 1 (diacritic swaps such as a↔â count half,
 * adjacent transpositions count 1) are tried first, distance 2 only if there
 * are none. Clitics (mae'n, i'r) and hyphenated compounds are corrected in
 * the part that is wrong. Returns [] for nothing found (or for words over 40
 * characters).
 */
export function suggestWelsh(word: string, words: WelshWords, max = 3): string[] {
  const w = normaliseWelsh(word);
  let out: string[] = [];

  // The list holds no clitic forms, so a word with an internal apostrophe is
  // only corrected through its base: "gydaa'r" → "gyda'r". A base that cannot
  // take the clitic ("ffordd'r") gives no suggestion rather than noise.
  if (w.indexOf("'", 1) > 0) {
    const clitic = CLITIC_SUFFIX.exec(w);
    if (clitic && !knownSimple(clitic[1]!, words)) {
      const tail = `'${clitic[2]!}`;
      out = suggestNormalised(clitic[1]!, words, max * 3)
        .filter((s) => VOWEL.test(s))
        .map((s) => s + tail)
        .slice(0, max);
    }
    return out.map((s) => applyCase(word, s));
  }

  if (w.includes('-') && !words.has(w)) {
    const parts = w.split('-');
    const bad = parts.findIndex((p) => p !== '' && !knownPart(p, words));
    if (bad >= 0 && parts.filter((p) => p !== '' && !knownPart(p, words)).length === 1) {
      out = suggestNormalised(parts[bad]!, words, max).map((s) =>
        parts.map((p, i) => (i === bad ? s : p)).join('-'),
      );
    }
  }

  if (out.length === 0) out = suggestNormalised(w, words, max);
  return out.map((s) => applyCase(word, s));
}
