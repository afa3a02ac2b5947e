/**
 * Welsh/English language identification for short social media texts. Pure functions,
 * no I/O, cheap to import (no franc data is loaded here).
 *
 * Method: one tokenising pass (identify-tokens.ts), then evidence points per word
 * (identify-score.ts):
 *  - words from hand-written lists (lexicon.ts): Welsh and English function words and
 *    common words of council posts, Welsh content words with their mutated forms;
 *  - for other words, spelling patterns typical of one language (identify-spelling.ts:
 *    Welsh ŵ ŷ â ê î ô û, "dd", "ll", "wy", "-au", "-wch"; English k q v x z, "th",
 *    "sh", "-ing", "-tion"…).
 * Capitalised words that do not start a sentence are taken as names and carry no
 * evidence ("Canolfan Hamdden Caerfyrddin is closed" is English), nor do hashtags,
 * @handles, URLs, e-mail addresses, numbers and emoji.
 *
 * When the evidence is weak or balanced, a fallback (franc-all restricted to Welsh and
 * English, franc-fallback.ts) may decide. franc-all costs ~40 ms to import, so it is
 * never loaded by this module: call `await loadFallback()` once (or use
 * `identifyLanguageAsync`); until then `identifyLanguage` answers from the heuristic
 * alone.
 */
import { score, type Evidence } from './identify-score.js';
import { F_DIGIT, tokenise, tokFlags, tokLower } from './identify-tokens.js';

// Part of this module's API before the identifier was split up.
export { computeSpelling } from './identify-spelling.js';

export type LanguageLabel = 'cy' | 'en' | 'mixed' | 'unknown';

export interface LanguageResult {
  lang: LanguageLabel;
  /** Welsh evidence points. */
  cy: number;
  /** English evidence points. */
  en: number;
  /** True when the fallback identifier decided (the heuristic was not decisive). */
  byFallback?: boolean;
}

export interface IdentifyOptions {
  /** Use the fallback when it is loaded and the heuristic is not decisive (default true). */
  fallback?: boolean;
}

/** A fallback identifier: given a cleaned text, 'cy', 'en' or 'unknown'. */
export type FallbackIdentifier = (text: string) => 'cy' | 'en' | 'unknown';

// ---------------------------------------------------------------------------
// Decision.

/** Minimum points of each language, and minimum ratio weaker/stronger, for 'mixed'. */
const MIXED_MIN = 3;
const MIXED_RATIO = 0.35;
/** Minimum points for an answer without the fallback. */
const MIN_EVIDENCE = 0.75;

let fallback: FallbackIdentifier | null = null;

/** Install a fallback identifier (normally done by `loadFallback`). `null` removes it. */
export function setFallback(fn: FallbackIdentifier | null): void {
  fallback = fn;
}

/** Whether a fallback is installed. */
export function isFallbackLoaded(): boolean {
  return fallback !== null;
}

/**
 * Load franc-all (about 40 ms, once) and install it as the fallback for texts the
 * heuristic cannot decide. Safe to call many times.
 */
export async function loadFallback(): Promise<void> {
  if (fallback) return;
  const mod = await import('./franc-fallback.js');
  fallback = mod.francCyEn;
}

const evidence: Evidence = { cy: 0, en: 0 };

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Text for the fallback: words only, without hashtags, handles, URLs, numbers. */
function cleanedText(count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    if (tokFlags[i] & F_DIGIT) continue;
    s += (s ? ' ' : '') + tokLower[i];
  }
  return s;
}

/**
 * Identify the language of a text: 'cy', 'en', 'mixed' (substantial evidence of both)
 * or 'unknown' (no evidence: numbers, hashtags, emoji, names only, or undecidable).
 */
export function identifyLanguage(text: string, options?: IdentifyOptions): LanguageResult {
  const count = tokenise(text);
  score(count, evidence, null);
  const cy = evidence.cy;
  const en = evidence.en;
  const max = cy > en ? cy : en;
  const min = cy > en ? en : cy;
  if (min >= MIXED_MIN && min >= MIXED_RATIO * max) {
    return { lang: 'mixed', cy: round(cy), en: round(en) };
  }
  const decisive = max - min >= 1;
  if (!decisive && fallback && options?.fallback !== false) {
    const clean = cleanedText(count);
    if (clean.length >= 8) {
      const f = fallback(clean);
      if (f !== 'unknown') return { lang: f, cy: round(cy), en: round(en), byFallback: true };
    }
  }
  if (max < MIN_EVIDENCE || cy === en) return { lang: 'unknown', cy: round(cy), en: round(en) };
  return { lang: cy > en ? 'cy' : 'en', cy: round(cy), en: round(en) };
}

/** `identifyLanguage` with the fallback loaded first. */
export async function identifyLanguageAsync(text: string, options?: IdentifyOptions): Promise<LanguageResult> {
  await loadFallback();
  return identifyLanguage(text, options);
}

/**
 * Debugging aid: the words the identifier saw and the points each gave (Welsh > 0,
 * English < 0, 'name' for capitalised words taken as names).
 */
export function explainLanguage(text: string): Array<[string, number | 'name']> {
  const trace: Array<[string, number | 'name']> = [];
  score(tokenise(text), { cy: 0, en: 0 }, trace);
  return trace;
}
