/**
 * Words near a misspelling, for suggestions. Distance 1 is found by
 * generating every edit and looking it up; distance 2 would generate too many,
 * so it walks the sorted word list as an implicit trie instead, pruning
 * prefixes that are already too far from the query.
 */
import { gallopBound, LF, PAST_PREFIX, type WelshWords } from './welsh-words.js';

/** Base letter for diacritic variants: â/á/à/ä → a, etc. */
const BASE_LETTER = new Map<number, number>();
for (const [base, variants] of [
  ['a', 'âáàä'],
  ['e', 'êéèë'],
  ['i', 'îíìï'],
  ['o', 'ôóòö'],
  ['u', 'ûúùü'],
  ['w', 'ŵẃẁẅ'],
  ['y', 'ŷýỳÿ'],
] as const) {
  for (const v of variants) BASE_LETTER.set(v.codePointAt(0)!, base.codePointAt(0)!);
}
const baseOf = (cp: number): number => BASE_LETTER.get(cp) ?? cp;

export interface Candidate {
  word: string;
  cost: number;
}

/** Hard cap on trie nodes visited per search, keeps the worst case bounded. */
const NODE_BUDGET = 10_000;

/**
 * Search the sorted list as an implicit trie for words within `maxCost`
 * (Levenshtein with adjacent transpositions; diacritic swaps cost 0.5).
 * With `sameFirstLetter`, only words starting with the query's first letter
 * (or a diacritic variant of it), and needing at most one edit in their first
 * three letters, are searched: at distance 2 the top trie levels cannot
 * otherwise be pruned, and searching them all costs ~50 times more.
 */
export function searchWithin(
  words: WelshWords,
  query: readonly number[],
  maxCost: number,
  sameFirstLetter: boolean,
): Candidate[] {
  const buf = words.bytes;
  const n = query.length;
  const found: Candidate[] = [];
  const prefix = new Uint8Array(4 * (n + 3) + 8);
  // rows[d] = edit costs for a trie prefix of d code points; path[d] = its d-th code point.
  const maxDepth = n + Math.ceil(maxCost) + 1;
  const rows: Float64Array[] = [];
  for (let d = 0; d <= maxDepth; d++) rows.push(new Float64Array(n + 1));
  const path = new Int32Array(maxDepth + 1);
  for (let j = 0; j <= n; j++) rows[0]![j] = j;
  const band = Math.floor(maxCost);
  // With sameFirstLetter, the first three letters may also carry at most one
  // of the edits: that prunes the wide top of the trie, where a distance-2
  // walk would otherwise visit thousands of prefixes.
  const strictDepth = sameFirstLetter ? 3 : 0;
  let budget = NODE_BUDGET;
  const decoder = new TextDecoder();

  const queryBase = query.map(baseOf);
  const firstBase = queryBase[0];

  /** Does the line at `pos` start with prefix[0..length)? */
  const inside = (pos: number, length: number): boolean => {
    for (let k = 0; k < length; k++) if (buf[pos + k] !== prefix[k]) return false;
    return true;
  };

  /**
   * Walk the children of the trie node prefix[0..byteLength), whose lines
   * start at `lo`; return the start of the first line past the node (or
   * where the budget ran out). A pruned child is skipped with a galloping
   * search; a visited child's walk itself returns where it ended.
   */
  const visit = (depth: number, byteLength: number, lo: number, hi: number): number => {
    let pos = lo;
    while (pos < hi && budget > 0) {
      if (pos !== lo && !inside(pos, byteLength)) return pos;
      budget--;
      const at = pos + byteLength;
      const lead = buf[at]!;
      if (lead === LF) {
        // The prefix itself is a word (it sorts first in its range).
        if (depth > 0 && rows[depth]![n]! <= maxCost) {
          found.push({ word: decoder.decode(buf.subarray(pos, at)), cost: rows[depth]![n]! });
        }
        pos = at + 1;
        continue;
      }
      const width = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      let cp: number;
      if (width === 1) cp = lead;
      else if (width === 2) cp = ((lead & 0x1f) << 6) | (buf[at + 1]! & 0x3f);
      else if (width === 3) cp = ((lead & 0x0f) << 12) | ((buf[at + 1]! & 0x3f) << 6) | (buf[at + 2]! & 0x3f);
      else {
        cp = ((lead & 0x07) << 18) | ((buf[at + 1]! & 0x3f) << 12) | ((buf[at + 2]! & 0x3f) << 6) | (buf[at + 3]! & 0x3f);
      }
      const childLength = byteLength + width;
      for (let k = byteLength; k < childLength; k++) prefix[k] = buf[pos + k]!;
      const d = depth + 1;
      const cpBase = baseOf(cp);
      let best = Infinity;
      if (d <= maxDepth && (depth > 0 || !sameFirstLetter || cpBase === firstBase)) {
        // Only the diagonal band |d - j| <= band can stay within maxCost
        // (insertions and deletions cost 1); cells just outside it are set to
        // Infinity so that the next row reads no stale values.
        const prev = rows[depth]!;
        const row = rows[d]!;
        path[d] = cp;
        row[0] = d;
        best = d;
        const from = Math.max(1, d - band);
        const to = Math.min(n, d + band);
        if (from > 1) row[from - 1] = Infinity;
        if (to < n) row[to + 1] = Infinity;
        for (let j = from; j <= to; j++) {
          const q = query[j - 1]!;
          let v = prev[j - 1]! + (cp === q ? 0 : cpBase === queryBase[j - 1] ? 0.5 : 1);
          const del = prev[j]! + 1;
          if (del < v) v = del;
          const ins = row[j - 1]! + 1;
          if (ins < v) v = ins;
          if (d > 1 && j > 1 && cp === query[j - 2] && path[d - 1] === q && cp !== q) {
            const tr = rows[d - 2]![j - 2]! + 1;
            if (tr < v) v = tr;
          }
          row[j] = v;
          if (v < best) best = v;
        }
        if (n < from || n > to) row[n] = Infinity;
      }
      if (best <= (d <= strictDepth ? maxCost - 1 : maxCost)) {
        pos = visit(d, childLength, pos, hi);
      } else {
        prefix[childLength] = PAST_PREFIX;
        pos = gallopBound(buf, prefix, childLength + 1, pos, hi);
      }
    }
    return pos;
  };

  visit(0, 0, 0, buf.length);
  return found;
}

/** Letters tried for insertions and substitutions (k q v x z only occur in loanwords). */
const EDIT_ALPHABET = [...'abcdefghijlmnoprstuwy-'];
/** Diacritic variants of each vowel (both directions: a → â, â → a, â → á …). */
const VARIANTS = new Map<string, string[]>();
for (const group of ['aâáàä', 'eêéèë', 'iîíìï', 'oôóòö', 'uûúùü', 'wŵẃẁẅ', 'yŷýỳÿ']) {
  for (const ch of group) VARIANTS.set(ch, [...group].filter((other) => other !== ch));
}

/**
 * Words one edit away (diacritic swap such as a↔â at cost 0.5; deletion,
 * adjacent transposition, substitution or insertion at cost 1), found by
 * generating the edits and looking each up. An edit at position i keeps the
 * first i letters, so its look-up is confined to the lines with that prefix,
 * and once no word has the prefix the later positions are skipped.
 */
export function editsWithin1(w: string, words: WelshWords): Candidate[] {
  const chars = [...w];
  const n = chars.length;
  const found: Candidate[] = [];
  const seen = new Set<string>();
  let lo = 0;
  let hi = words.bytes.length;
  const tryWord = (candidate: string, cost: number): void => {
    if (candidate === w || seen.has(candidate)) return;
    seen.add(candidate);
    if (words.hasWithin(candidate, lo, hi)) found.push({ word: candidate, cost });
  };
  for (let i = 0; i <= n; i++) {
    const before = chars.slice(0, i).join('');
    if (i > 0) {
      [lo, hi] = words.prefixRange(before);
      if (lo === hi) break;
    }
    const rest = chars.slice(i).join('');
    for (const c of EDIT_ALPHABET) tryWord(before + c + rest, 1); // insertion
    if (i === n) break;
    const after = chars.slice(i + 1).join('');
    for (const v of VARIANTS.get(chars[i]!) ?? []) tryWord(before + v + after, 0.5);
    tryWord(before + after, 1); // deletion
    if (i + 1 < n && chars[i] !== chars[i + 1]) tryWord(before + chars[i + 1]! + chars[i]! + chars.slice(i + 2).join(''), 1);
    for (const c of EDIT_ALPHABET) if (c !== chars[i]) tryWord(before + c + after, 1); // substitution
  }
  return found;
}
