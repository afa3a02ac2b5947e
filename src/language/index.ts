/**
 * Welsh/English language identification and segmentation (pure, no I/O).
 *
 * - `identifyLanguage(text)` — synchronous heuristic, ~2 µs per paragraph; importing
 *   it costs a few milliseconds.
 * - `loadFallback()` — loads franc-all (~40 ms, once); afterwards `identifyLanguage`
 *   consults it for texts the heuristic cannot decide. `identifyLanguageAsync` does
 *   both.
 * - `splitLanguageSegments(text, offset)` / `summariseLanguages(segments)` — per
 *   paragraph, line, half (" / ", " | ") and sentence labels with absolute offsets.
 */
export {
  explainLanguage,
  identifyLanguage,
  identifyLanguageAsync,
  isFallbackLoaded,
  loadFallback,
  setFallback,
  type FallbackIdentifier,
  type IdentifyOptions,
  type LanguageLabel,
  type LanguageResult,
} from './identify.js';
export { splitLanguageSegments, summariseLanguages, type LanguageSegment, type LanguageSummary } from './segments.js';
