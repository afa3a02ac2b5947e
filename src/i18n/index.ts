/**
 * The CLI's messages in English and Welsh (issue 14). The ground floor: imports nothing of
 * ours, so every layer may use it. The run's language is set once, by `run()` (and by each
 * worker thread from its task) before anything is printed; formats, which are pure, take
 * the language as an argument instead (`translate`, `countIn`).
 */
import { type Lang } from './lang.js';
import { CY } from './messages-cy.js';
import { EN, type MessageKey } from './messages-en.js';
import { NOUNS, type Noun } from './nouns.js';
import { countWith, fill } from './plural.js';

export { LANGS, localeLang, parseLang, resolveLang, type BadLang, type Lang, type LangSources } from './lang.js';
export { countWith, fill, formatNumber, placeholders, pluralCategory, type Forms } from './plural.js';
export { NOUNS, type Noun } from './nouns.js';
export type { MessageKey } from './messages-en.js';

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en: EN, cy: CY };

let current: Lang = 'en';

/** Sets the language of everything printed from now on. */
export function setLanguage(lang: Lang): void {
  current = lang;
}

/** The run's language. */
export function language(): Lang {
  return current;
}

/** What `make` returns when worded in `lang` (synchronous: the run's language is back after). */
export function inLanguage<T>(lang: Lang, make: () => T): T {
  const was = current;
  current = lang;
  try {
    return make();
  } finally {
    current = was;
  }
}

/** A message in a given language, its `{placeholders}` filled. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(MESSAGES[lang][key] ?? EN[key], vars);
}

/** A message in the run's language. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(current, key, vars);
}

/** "3 o ganfyddiadau", "1 broblem", "dim gwallau"; English "1 problem", "0 errors". */
export function countIn(lang: Lang, noun: Noun, n: number): string {
  return countWith(lang, NOUNS[lang][noun], n);
}

/** A counted noun in the run's language. */
export function count(noun: Noun, n: number): string {
  return countIn(current, noun, n);
}
