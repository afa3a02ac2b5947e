import { lowerProse } from '../../model/index.js';
import type { PostDocument, Match } from '../../model/index.js';

const APOSTROPHES = "['’‘ʼ`]";
// Between the words of a phrase: any run of spaces and light punctuation, so
// "Welsh - to follow" and "Welsh\nto follow" match "Welsh to follow".
const GAP = '[\\s\\u00a0\\-–—_.,:;/]+';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a regex source: whitespace and apostrophes loosened, the rest literal. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.split(/['’‘ʼ`]/).map(escape).join(`${APOSTROPHES}?`))
    .join(GAP);
}

/**
 * `detect: { kind: phrases }`: whole-word, Unicode-aware, case- and apostrophe-insensitive.
 * All phrases compile into one alternation (longest first) so a post is scanned once.
 */
export function phrasesDetector(spec: { phrases: string[]; 'case-sensitive'?: boolean; exceptions?: string[] }) {
  // Case-insensitive matching compares lower-cased text with lower-cased phrases: a 'u'
  // regex with the 'i' flag costs several times as much to compile, which is start-up time.
  const fold = !spec['case-sensitive'];
  const compile = (list: string[], flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...list].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})(?![\\p{L}\\p{N}_])`, flags);
  let re: RegExp | undefined;
  let exceptions: RegExp | undefined;
  let reI: RegExp | undefined;
  let exceptionsI: RegExp | undefined;
  const lower = (list: string[]) => (fold ? list.map((p) => p.toLowerCase()) : list);
  return (doc: PostDocument): Match[] => {
    let text = doc.prose;
    let pattern: RegExp;
    let except: RegExp | undefined;
    const folded = fold ? lowerProse(doc) : undefined;
    if (!fold || folded !== undefined) {
      if (folded !== undefined) text = folded;
      pattern = re ??= compile(lower(spec.phrases), 'gu');
      except = spec.exceptions?.length ? (exceptions ??= compile(lower(spec.exceptions), 'gu')) : undefined;
    } else {
      // Lower-casing changed the text's length (a rare letter such as 'İ'): fold in the regex.
      pattern = reI ??= compile(spec.phrases, 'giu');
      except = spec.exceptions?.length ? (exceptionsI ??= compile(spec.exceptions, 'giu')) : undefined;
    }
    const out: Match[] = [];
    const taken: Array<[number, number]> = [];
    if (except) {
      except.lastIndex = 0;
      for (let m = except.exec(text); m; m = except.exec(text)) taken.push([m.index, m.index + m[0].length]);
    }
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some(([s, e]) => start < e && end > s)) out.push({ start, end });
    }
    return out;
  };
}
