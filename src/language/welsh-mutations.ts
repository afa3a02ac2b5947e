/**
 * Welsh initial consonant mutations, undone.
 *
 *   soft         p→b  t→d  c→g  b→f  d→dd  g→∅  m→f  ll→l  rh→r
 *   nasal        p→mh t→nh c→ngh b→m d→n  g→ng
 *   aspirate     p→ph t→th c→ch
 *   h-prothesis  vowel → h + vowel   (ei hafal, ein harian, eu hysgol, i'w hannog)
 *
 * These are exactly the prefix rules (M, T, L, H) of dictionary-cy, which
 * scripts/build-welsh-words.mjs leaves out of the word list so that the
 * runtime can undo them here. `demutate` is deliberately generous: it does
 * not know which words mutate nor after which triggers; callers check the
 * candidates against the word list, which rejects the impossible ones.
 */

export type MutationKind = 'soft' | 'nasal' | 'aspirate' | 'h-prothesis';

export interface Demutation {
  /** The radical (dictionary) form, lower case. */
  radical: string;
  /** Initial of the radical that was changed ("c" for nghyngor, "" for h-prothesis). */
  radicalInitial: string;
  /** What it became ("ngh" for nghyngor, "" for soft g, "h" for h-prothesis). */
  mutatedInitial: string;
  kind: MutationKind;
}

/** Letters a soft-mutated "g" can leave at the front of a word (gardd → ardd). */
const AFTER_DROPPED_G = new Set([
  'a', 'e', 'i', 'o', 'u', 'w', 'y',
  'â', 'ê', 'î', 'ô', 'û', 'ŵ', 'ŷ',
  'l', 'r',
]);

/** Vowels that may take h-prothesis. */
const VOWELS = new Set([
  'a', 'e', 'i', 'o', 'u', 'w', 'y',
  'â', 'ê', 'î', 'ô', 'û', 'ŵ', 'ŷ',
  'á', 'é', 'í', 'ó', 'ú', 'ẃ', 'ý',
  'à', 'è', 'ì', 'ò', 'ù', 'ẁ', 'ỳ',
  'ä', 'ë', 'ï', 'ö', 'ü', 'ẅ', 'ÿ',
]);

/** [mutated initial, radical initial, kind], longest mutated initial first. */
const RULES: ReadonlyArray<readonly [string, string, MutationKind]> = [
  ['ngh', 'c', 'nasal'],
  ['mh', 'p', 'nasal'],
  ['nh', 't', 'nasal'],
  ['ng', 'g', 'nasal'],
  ['ch', 'c', 'aspirate'],
  ['ph', 'p', 'aspirate'],
  ['th', 't', 'aspirate'],
  ['dd', 'd', 'soft'],
  ['b', 'p', 'soft'],
  ['d', 't', 'soft'],
  ['g', 'c', 'soft'],
  ['f', 'b', 'soft'],
  ['f', 'm', 'soft'],
  ['l', 'll', 'soft'],
  ['r', 'rh', 'soft'],
  ['m', 'b', 'nasal'],
  ['n', 'd', 'nasal'],
  ['', 'g', 'soft'], // g dropped
  ['h', '', 'h-prothesis'],
];

/**
 * Can `radical` take this mutation? Mirrors the conditions in dictionary-cy
 * (c[^h], p[^h], t[^h], t[^hs] for aspirates, d[^d], …) plus the letter that
 * must follow a dropped g or an h-prothesis.
 */
function applies(radicalInitial: string, mutatedInitial: string, kind: MutationKind, radical: string): boolean {
  if (!radical.startsWith(radicalInitial) || radical.length <= radicalInitial.length) return false;
  const next = radical[radicalInitial.length]!;
  switch (radicalInitial) {
    case 'c':
    case 'p':
      return next !== 'h';
    case 't':
      return next !== 'h' && !(kind === 'aspirate' && next === 's');
    case 'd':
      return next !== 'd';
    case 'b':
    case 'm':
    case 'll':
    case 'rh':
      return true;
    case 'g':
      // "ng…" must not be read as g + "h…"; a dropped g leaves a vowel, l or r
      // (never the "ll" / "rh" of another radical).
      if (mutatedInitial === '') {
        return AFTER_DROPPED_G.has(next) && !radical.startsWith('gll') && !radical.startsWith('grh');
      }
      return next !== 'h';
    case '':
      return VOWELS.has(next);
    default:
      return false;
  }
}

/** Every way an already NFC-normalised, lower-case word may be a mutated form. */
export function demutations(word: string): readonly Demutation[] {
  let known = seen.get(word);
  if (!known) {
    // Words repeat across posts: each is worked out once (the table is emptied when large).
    if (seen.size >= 50_000) seen.clear();
    seen.set(word, (known = Object.freeze(demutationsOf(word))));
  }
  return known;
}

const seen = new Map<string, readonly Demutation[]>();

function demutationsOf(word: string): Demutation[] {
  const out: Demutation[] = [];
  if (word.length < 2) return out;
  for (const [mutatedInitial, radicalInitial, kind] of RULES) {
    if (!word.startsWith(mutatedInitial)) continue;
    const radical = radicalInitial + word.slice(mutatedInitial.length);
    if (radical === word || radical.length < 2) continue;
    if (!applies(radicalInitial, mutatedInitial, kind, radical)) continue;
    // A mutated initial is never followed by a letter that would make it a
    // different (longer) initial: "ll…" is not soft l + "l", "ff…" not f + "f",
    // "nh…"/"mh…" not n/m + "h", "ngh…" not ng + "h", "dd…" not soft t.
    const rest = word.slice(mutatedInitial.length);
    if (mutatedInitial === 'l' && rest[0] === 'l') continue;
    if (mutatedInitial === 'r' && rest[0] === 'h') continue;
    if (mutatedInitial === 'f' && rest[0] === 'f') continue;
    if ((mutatedInitial === 'n' || mutatedInitial === 'm' || mutatedInitial === 'ng') && rest[0] === 'h') continue;
    if (mutatedInitial === 'n' && rest[0] === 'g') continue;
    if (mutatedInitial === 'd' && rest[0] === 'd') continue;
    if (out.some((d) => d.radical === radical)) continue;
    out.push({ radical, radicalInitial, mutatedInitial, kind });
  }
  return out;
}

/**
 * Apply to `radical` the same mutation as `d` (used to carry a mutation over
 * to a spelling suggestion: "nghyngot" → radical suggestion "cyngor" →
 * "nghyngor"). Returns null when that mutation cannot apply to `radical`.
 */
export function mutate(d: Demutation, radical: string): string | null {
  if (!applies(d.radicalInitial, d.mutatedInitial, d.kind, radical)) return null;
  return d.mutatedInitial + radical.slice(d.radicalInitial.length);
}

/** Re-apply the casing of `original` to a lower-case candidate. */
function matchCase(original: string, candidate: string): string {
  const first = original[0]!;
  if (first === first.toLowerCase()) return candidate;
  const rest = original.slice(1);
  if (rest.length > 0 && rest === rest.toUpperCase() && rest !== rest.toLowerCase()) {
    return candidate.toUpperCase();
  }
  return candidate[0]!.toUpperCase() + candidate.slice(1);
}

/**
 * Possible radical (unmutated) forms of `word`, most likely first, excluding
 * `word` itself. Casing follows the input: "Nghaerfyrddin" → ["Caerfyrddin"].
 *
 *   demutate('nghyngor') → ['cyngor']
 *   demutate('gyngor')   → ['cyngor']        (soft c; "gyngor" is a real form)
 *   demutate('fws')      → ['bws', 'mws']
 *   demutate('ddrws')    → ['drws']
 *   demutate('haf')      → ['af']            (h-prothesis; "haf" is also a radical)
 *   demutate('cyngor')   → []                (c is never the result of a mutation)
 *
 * Candidates are not checked against any dictionary.
 */
export function demutate(word: string): string[] {
  const normal = word.normalize('NFC');
  return demutations(normal.toLowerCase()).map((d) => matchCase(normal, d.radical));
}
