/**
 * The phrase tries of the shipped packs (`alternation` in context/phrases.ts), worked out at
 * build time: building them all was about 40 ms of every check's start-up, for the same lists
 * each time. The build (scripts/warm-cache.mjs) runs the CLI over the shipped fixtures and
 * writes every trie made to dist/alternations.json, keyed by its phrase list; a run looks a
 * list up there first and builds only what is missing (a user's own pack). A key is the whole
 * list, so a stale file can only miss, never give a wrong pattern.
 */
import { readFileSync } from 'node:fs';

// Must stay in a module directly inside src/pii/: the relative URL then resolves to <root>/dist/
// from src/pii, dist/pii and dist/bundle alike.
export const STORED_ALTERNATIONS_URL = new URL('../../dist/alternations.json', import.meta.url);

let stored: Map<string, string> | undefined;
const made = new Map<string, string>();

function load(): Map<string, string> {
  try {
    const entries: unknown = JSON.parse(readFileSync(STORED_ALTERNATIONS_URL, 'utf8'));
    if (Array.isArray(entries)) return new Map(entries.filter((e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string'));
  } catch {
    // No file (tests before a build, an install without it) or a damaged one: build them all.
  }
  return new Map();
}

/** The pattern of the list `key` (its phrases joined by U+0001), stored or made, once per run. */
export function storedAlternation(key: string, make: () => string): string {
  stored ??= load();
  let source = stored.get(key) ?? made.get(key);
  if (source === undefined) made.set(key, (source = make()));
  return source;
}

/** Every pattern this run made (the build writes them to the file). */
export const madeAlternations = (): Array<[string, string]> => [...made];
