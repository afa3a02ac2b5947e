import { DocMemo, type Match, type PostDocument } from '../../model/index.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { tokenise, type Tokens } from './phrase-tokens.js';

// Each document's prose is tokenised once (folded and as written) however many phrase rules run.
const folded = new DocMemo<PostDocument, Tokens>((doc) => tokenise(doc.prose, true));
const exact = new DocMemo<PostDocument, Tokens>((doc) => tokenise(doc.prose, false));

const tokensOf = (doc: PostDocument, fold: boolean): Tokens => (fold ? folded : exact).get(doc);

/**
 * `detect: { kind: phrases }`: whole-word, Unicode-aware, case- and apostrophe-insensitive
 * phrases, any gap between words, matched in linear time (phrase-matcher.ts). A match that
 * overlaps one of the `exceptions` is not reported.
 */
export function phrasesDetector(spec: { phrases: string[]; 'case-sensitive'?: boolean; exceptions?: string[] }) {
  const fold = !spec['case-sensitive'];
  const phrases = new PhraseMatcher(spec.phrases, fold);
  const exceptions = spec.exceptions?.length ? new PhraseMatcher(spec.exceptions, fold) : undefined;
  return (doc: PostDocument): Match[] => {
    const t = tokensOf(doc, fold);
    const found = phrases.match(doc.prose, t);
    if (!found.length || !exceptions) return found;
    const taken = exceptions.match(doc.prose, t);
    return found.filter((m) => !taken.some((x) => m.start < x.end && m.end > x.start));
  };
}
