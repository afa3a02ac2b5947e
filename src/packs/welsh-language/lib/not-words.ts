/**
 * Word forms the Welsh dictionary holds that are not standard Welsh ("haner" for "hanner"): the
 * welsh/spelling rule's `not-words` list, "as written => as it should be", one word a line. The
 * dictionary accepts them, so the spell check never reports them; this finds them, mutated too
 * ("gafod", soft mutation of "cafod": "gafodd").
 */
import { demutations, mutate } from '../../../language/welsh-mutations.js';
import { normaliseWelsh } from '../../../language/welsh-words.js';
import { escapeRegExp } from '../../../model/index.js';

export interface NotWordSlip { start: number; end: number; fix: string }

/** The list as a map from the form as written (lower case) to its correction, and a quick test for any of them. */
export interface NotWords {
  map: Map<string, string>;
  /**
   * The words past the initial a mutation changes ("afod" of "cafod"): a text with none of them
   * at a word's end holds no listed word, mutated or not, and is not read word by word.
   */
  endings: RegExp;
}

const cache = new WeakMap<readonly string[], NotWords>();
/** The initial a mutation replaces. */
const MUTABLE_INITIAL = /^(?:ll|rh|[cptgbdm])/u;

export function notWords(lines: readonly string[]): NotWords {
  let compiled = cache.get(lines);
  if (!compiled) {
    const map = new Map<string, string>();
    for (const line of lines) {
      const [wrong, right] = line.split('=>').map((p) => normaliseWelsh(p.trim()));
      if (wrong && right) map.set(wrong, right);
    }
    // A mutation changes only a radical's initial consonant (c, p, t, g, b, d, m, ll, rh) or puts an h
    // before its vowel: what follows that initial is in every form of the word.
    const endings = [...new Set([...map.keys()].map((w) => escapeRegExp(w.slice(MUTABLE_INITIAL.exec(w)?.[0].length ?? 0))))];
    compiled = { map, endings: new RegExp(endings.length ? `(?:${endings.join('|')})(?![\\p{L}\\p{M}])` : '(?!)', 'iu') };
    cache.set(lines, compiled);
  }
  return compiled;
}

/** A word: letters and marks, with an apostrophe inside or before an elided article ("dechau'r"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Before a word, what makes it part of something else: a handle, a hashtag, a link, a compound, a number. */
const ATTACHED_BEFORE = /[@#/.:=_\-\p{N}]/u;
const ATTACHED_AFTER = /[@/_\-\p{N}]/u;
/** An elided article or pronoun at the end of a word normalised by normaliseWelsh: 'r, 'n, 'm, 'th, 'i, 'w. */
export const ELIDED_END = /'(?:r|n|m|th|i|w)$/u;

/** Whether only spaces, quotes and brackets stand between `at` and the text's start or a sentence end. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (/[.!?…\n:]/.test(ch)) return true;
    if (!/[\s"'“”‘’(\[«»*_-]/.test(ch)) return false;
  }
  return true;
}

/** The case of `written` carried over to `fix`: a capital first letter, or every letter in capitals. */
function inCase(written: string, fix: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return fix.toUpperCase();
  return written[0] !== written[0]!.toLowerCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
}

/**
 * Every word of `text` on the list, as written or mutated, with its correction mutated the same
 * way. A capitalised word inside a sentence is taken for a name ("Mr Anwyl"), as the spell check
 * takes it; a word in capitals is a heading's and is read.
 */
export function notWordSlips(text: string, { map, endings }: NotWords): NotWordSlip[] {
  const out: NotWordSlip[] = [];
  if (!map.size || !endings.test(text)) return out;
  for (const m of text.matchAll(WORD)) {
    const written = m[0];
    const start = m.index;
    const end = start + written.length;
    if (start > 0 && ATTACHED_BEFORE.test(text[start - 1]!)) continue;
    if (end < text.length && ATTACHED_AFTER.test(text[end]!)) continue;
    const capital = written[0] !== written[0]!.toLowerCase();
    if (capital && written !== written.toUpperCase() && !opensSentence(text, start)) continue;
    const word = normaliseWelsh(written).replace(ELIDED_END, '');
    let fix = map.get(word);
    if (fix === undefined) {
      for (const d of demutations(word)) {
        const right = map.get(d.radical);
        const mutated = right === undefined ? null : mutate(d, right);
        if (mutated) {
          fix = mutated;
          break;
        }
      }
    }
    if (fix === undefined) continue;
    // Only the word itself, not its elided article ("dechau" of "dechau'r").
    const wordEnd = start + word.length <= end ? start + word.length : end;
    out.push({ start, end: wordEnd, fix: inCase(written, fix) });
  }
  return out;
}
