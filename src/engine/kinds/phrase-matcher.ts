import { gapMarks, tokenise, type Tokens } from './phrase-tokens.js';

/**
 * Many phrases matched at once over a text's tokens, in time linear in the text: a trie of
 * the phrases' tokens is walked from each token, so no input can make it backtrack (a
 * regular expression of the same phrases could: "OFFICIAL – SENSITIVE" against "OFFICIAL"
 * and 40,000 dashes took ten seconds). Semantics, as DESIGN §5 describes the phrases kind:
 * whole words, case- and apostrophe-insensitive; between two words any gap (spaces, line
 * breaks, light punctuation) where the phrase has one, none where it has none; gap marks at
 * a phrase's start or end ("Confidential:") are required in the text there. Matches are
 * leftmost-longest and do not overlap.
 */
interface End {
  tokens: number;
  /** Gap marks required right before the first token / right after the last. */
  before: string;
  after: string;
  /** The phrase starts / ends with a symbol ('[Welsh]'): then no word may touch it. */
  symbolStart: boolean;
  symbolEnd: boolean;
}

interface Node {
  /** The next token after a gap, and right after this one with no gap ("[Welsh]"). */
  gap: Map<string, Node>;
  adjacent: Map<string, Node>;
  ends: End[];
}

const newNode = (): Node => ({ gap: new Map(), adjacent: new Map(), ends: [] });

export interface PhraseMatch { start: number; end: number }

export class PhraseMatcher {
  private readonly root: Node = newNode();
  readonly size: number;

  constructor(phrases: readonly string[], readonly fold: boolean) {
    let size = 0;
    for (const phrase of phrases) {
      const t = tokenise(phrase, fold);
      if (!t.norm.length) continue;
      let node = this.root;
      for (let k = 0; k < t.norm.length; k++) {
        const edges = k === 0 || t.start[k] > t.end[k - 1] ? node.gap : node.adjacent;
        let child = edges.get(t.norm[k]);
        if (!child) edges.set(t.norm[k], (child = newNode()));
        node = child;
      }
      const last = t.norm.length - 1;
      node.ends.push({
        tokens: t.norm.length,
        before: gapMarks(phrase.slice(0, t.start[0])),
        after: gapMarks(phrase.slice(t.end[last])),
        symbolStart: !t.word[0],
        symbolEnd: !t.word[last],
      });
      size++;
    }
    this.size = size;
  }

  /** Every non-overlapping match in `text`, given its tokens (tokenise(text, this.fold)). */
  match(text: string, t: Tokens): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const n = t.norm.length;
    for (let i = 0; i < n; i++) {
      let node: Node | undefined = this.root;
      let best: PhraseMatch | undefined;
      let bestLast = i;
      for (let j = i; j < n; j++) {
        node = (j === i || t.start[j] > t.end[j - 1] ? node.gap : node.adjacent).get(t.norm[j]);
        if (!node) break;
        for (const end of node.ends) {
          const span = this.accept(text, t, i, j, end);
          if (span && (!best || span.end > best.end)) {
            best = span;
            bestLast = j;
          }
        }
      }
      if (best) {
        out.push(best);
        i = bestLast;
      }
    }
    return out;
  }

  private accept(text: string, t: Tokens, i: number, j: number, end: End): PhraseMatch | undefined {
    const gapBefore = text.slice(i > 0 ? t.end[i - 1] : 0, t.start[i]);
    const gapAfter = text.slice(t.end[j], j + 1 < t.norm.length ? t.start[j + 1] : text.length);
    // A phrase starting or ending with a symbol is still whole-word: no word may touch it.
    if (end.symbolStart && i > 0 && t.word[i - 1] && gapBefore === '') return undefined;
    if (end.symbolEnd && j + 1 < t.norm.length && t.word[j + 1] && gapAfter === '') return undefined;
    let start = t.start[i];
    let stop = t.end[j];
    if (end.before) {
      const at = lastIndexOfAll(gapBefore, end.before);
      if (at < 0) return undefined;
      start = t.start[i] - (gapBefore.length - at);
    }
    if (end.after) {
      const at = indexAfterAll(gapAfter, end.after);
      if (at < 0) return undefined;
      stop = t.end[j] + at;
    }
    return { start, end: stop };
  }
}

/** Where in `gap` the marks begin, reading back from its end so each appears in order; -1 if absent. */
function lastIndexOfAll(gap: string, marks: string): number {
  let at = gap.length;
  for (let m = marks.length - 1; m >= 0; m--) {
    at = gap.lastIndexOf(marks[m], at - 1);
    if (at < 0) return -1;
  }
  return at;
}

/** How far into `gap` the marks run, each found in order; -1 if absent. */
function indexAfterAll(gap: string, marks: string): number {
  let at = 0;
  for (const mark of marks) {
    const found = gap.indexOf(mark, at);
    if (found < 0) return -1;
    at = found + 1;
  }
  return at;
}
