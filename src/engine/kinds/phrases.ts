import type { PostDocument, Match } from '../types.js';

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
  const flags = spec['case-sensitive'] ? 'gu' : 'giu';
  const alternation = [...spec.phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
  // A phrase that starts or ends with a non-word character (e.g. "[Welsh]") needs no boundary there.
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, flags);
  const exceptions = spec.exceptions?.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${spec.exceptions.map(phraseSource).join('|')})(?![\\p{L}\\p{N}_])`, flags)
    : undefined;
  return (doc: PostDocument): Match[] => {
    const out: Match[] = [];
    const taken: Array<[number, number]> = [];
    if (exceptions) {
      exceptions.lastIndex = 0;
      for (let m = exceptions.exec(doc.prose); m; m = exceptions.exec(doc.prose)) taken.push([m.index, m.index + m[0].length]);
    }
    re.lastIndex = 0;
    for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some(([s, e]) => start < e && end > s)) out.push({ start, end });
    }
    return out;
  };
}
