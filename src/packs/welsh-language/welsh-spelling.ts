import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { postLanguages } from '../../language/post-languages.js';
import { checkWelshSpelling, loadWelshWords, normaliseWelsh } from '../../language/welsh-spelling.js';
import { demutations } from '../../language/welsh-mutations.js';
import { allMatches, phraseRegex, type FoldedRegex } from '../../pii/context/phrases.js';

interface Params {
  /** Words the organisation uses that the dictionary lacks (service names, loanwords). */
  'extra-words'?: string[];
  /** "gwyl y banc => gŵyl y banc": phrases in which a word that is Welsh as written lacks its accent. */
  'accent-phrases'?: string[];
}

const extraCache = new WeakMap<Params, Set<string>>();

interface AccentPhrases { words: FoldedRegex; fixes: Map<string, string> }
const accentCache = new WeakMap<Params, AccentPhrases | undefined>();

/** The accent phrases as a whole-word phrase list (pii/context/phrases), and each one's correction by its lower-cased words. */
function accentPhrases(params: Params): AccentPhrases | undefined {
  if (accentCache.has(params)) return accentCache.get(params);
  const fixes = new Map<string, string>();
  for (const line of params['accent-phrases'] ?? []) {
    const [wrong, right] = line.split('=>').map((p) => p.trim().toLowerCase().normalize('NFC'));
    if (wrong && right) fixes.set(wrong.split(/\s+/).join(' '), right);
  }
  const compiled = fixes.size ? { words: phraseRegex([...fixes.keys()]), fixes } : undefined;
  accentCache.set(params, compiled);
  return compiled;
}

/** The word of a phrase that lacks its accent, with its correction in the case it was written. */
function accentSlips(text: string, accents: AccentPhrases): Array<{ start: number; end: number; fix: string }> {
  const out: Array<{ start: number; end: number; fix: string }> = [];
  for (const [start, end] of allMatches(accents.words, text)) {
    const parts = [...text.slice(start, end).matchAll(/\S+/g)];
    const right = accents.fixes.get(parts.map((p) => p[0].toLowerCase()).join(' '))?.split(' ');
    // The word that differs from its correction ("wyl" in "yr wyl"), with its capital kept.
    const i = right ? parts.findIndex((p, k) => p[0].toLowerCase() !== right[k]) : -1;
    if (!right || i < 0) continue;
    const written = parts[i]![0];
    const fix = written[0] !== written[0]!.toLowerCase() ? right[i]![0]!.toUpperCase() + right[i]!.slice(1) : right[i]!;
    out.push({ start: start + parts[i]!.index!, end: start + parts[i]!.index! + written.length, fix });
  }
  return out;
}

/**
 * `welsh/spelling`: words of the Welsh parts of a post that are not in the Welsh dictionary
 * (dictionary-cy, expanded at build time into dist/welsh-words.txt so nothing costly happens
 * at start-up), with mutations (nghyngor, Gaerfyrddin) and elisions (i'r, mae'r) understood.
 * Capitalised names, @handles, #hashtags, links and numbers are skipped; English parts of the
 * post are never spell-checked as Welsh.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'extra-words': { type: 'array', items: { type: 'string' } },
      'accent-phrases': { type: 'array', items: { type: 'string', pattern: '^[^=]+=>[^=]+$' } },
    },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const welsh = postLanguages(post).segments.filter((s) => s.lang === 'cy');
    if (!welsh.length) return [];
    const words = loadWelshWords();
    let extra = extraCache.get(params);
    if (!extra) extraCache.set(params, (extra = new Set((params['extra-words'] ?? []).map(normaliseWelsh))));
    const out: Match[] = [];
    const accents = accentPhrases(params);
    for (const segment of welsh) {
      for (const slip of accents ? accentSlips(segment.text, accents) : []) {
        out.push({
          start: segment.start + slip.start,
          end: segment.start + slip.end,
          suggestions: [slip.fix],
          message: `Welsh word without its accent: '{match}': here it is '${slip.fix}'`,
          messageCy: `Gair Cymraeg heb ei acen: '{match}': yma, '${slip.fix}' yw'r gair`,
        });
      }
      for (const miss of checkWelshSpelling(segment.text, words)) {
        const word = normaliseWelsh(miss.word);
        // The organisation's words mutate like any other ("cilfan", "y gilfan").
        if (extra.has(word) || demutations(word).some((d) => extra.has(d.radical))) continue;
        const suggestions = miss.suggestions;
        out.push({
          start: segment.start + miss.start,
          end: segment.start + miss.end,
          suggestions,
          data: {
            suggestion: suggestions.length ? `: did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '',
            'suggestion-cy': suggestions.length ? `: ai ${suggestions.map((s) => `'${s}'`).join(' neu ')} oedd dan sylw?` : '',
          },
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
