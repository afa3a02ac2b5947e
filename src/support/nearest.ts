import { t } from '../i18n/index.js';

/** Levenshtein distance, bounded to short identifiers (keys, rule ids, option values). */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate, when it is close enough to be what the user meant. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  if (best === undefined) return undefined;
  return bestScore <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * "; did you mean 'X'?" (in the run's language) for the closest candidate; else, when the word is the start of some
 * candidates ("dp/phone", "welsh/"), up to three of them; else nothing.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  const n = nearest(word, list);
  if (n) return t('hint.didYouMean', { word: n });
  const lower = word.toLowerCase();
  const starting = lower.length >= 2 ? list.filter((c) => c.toLowerCase().startsWith(lower)).sort() : [];
  if (!starting.length) return '';
  const shown = starting.slice(0, 3).map((c) => `'${c}'`);
  const more = starting.length > 3 ? t('hint.more', { n: starting.length - 3 }) : '';
  return starting.length === 1 ? t('hint.didYouMeanOne', { word: shown[0] }) : t('hint.oneOf', { list: shown.join(', '), more });
}
