import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { postLanguages } from '../../language/post-languages.js';
import { checkWelshSpelling, isWelshWord, loadWelshWords, normaliseWelsh } from '../../language/welsh-spelling.js';
import { demutations } from '../../language/welsh-mutations.js';
import { allMatches, phraseRegex, type FoldedRegex } from '../../pii/context/phrases.js';
import { ELIDED_END, notWords, notWordSlips } from './lib/not-words.js';
import { citedTerm, englishWords, givenNameBeforeSurname, givenNameOpening, nameBesideName, nameListEntry, resultEntry, namedInProse, titleBeforeMaker } from './lib/spelling-excuses.js';

interface Params {
  /** Words the organisation uses that the dictionary lacks (service names, loanwords). */
  'extra-words'?: string[];
  /** "gwyl y banc => gŵyl y banc": phrases in which a word that is Welsh as written lacks its accent. */
  'accent-phrases'?: string[];
  /**
   * "dydd lau => dydd Iau": phrases in which a word has a letter that looks like another (a
   * lower-case L for a capital I, as PDFs and sans-serif fonts make them).
   */
  'look-alike-phrases'?: string[];
  /** "haner => hanner": forms the dictionary holds that are not standard Welsh (slips, pre-1928 spellings). */
  'not-words'?: string[];
}

const extraCache = new WeakMap<Params, Set<string>>();

interface CorrectionPhrases { words: FoldedRegex; fixes: Map<string, string> }
const phraseCache = new WeakMap<readonly string[], CorrectionPhrases | undefined>();

/**
 * A list of "as written => as it should be" phrases as a whole-word phrase list
 * (pii/context/phrases), and each one's correction by its lower-cased words (the correction
 * as written: "Iau" keeps its capital).
 */
function correctionPhrases(lines: readonly string[] | undefined): CorrectionPhrases | undefined {
  if (!lines?.length) return undefined;
  if (phraseCache.has(lines)) return phraseCache.get(lines);
  const fixes = new Map<string, string>();
  for (const line of lines) {
    const [wrong, right] = line.split('=>').map((p) => p.trim().normalize('NFC'));
    if (wrong && right) fixes.set(wrong.toLowerCase().split(/\s+/).join(' '), right.split(/\s+/).join(' '));
  }
  const compiled = fixes.size ? { words: phraseRegex([...fixes.keys()]), fixes } : undefined;
  phraseCache.set(lines, compiled);
  return compiled;
}

/** The word of a phrase that differs from its correction, with that correction in the case it was written. */
function phraseSlips(text: string, phrases: CorrectionPhrases): Array<{ start: number; end: number; fix: string }> {
  const out: Array<{ start: number; end: number; fix: string }> = [];
  for (const [start, end] of allMatches(phrases.words, text)) {
    const parts = [...text.slice(start, end).matchAll(/\S+/g)];
    const right = phrases.fixes.get(parts.map((p) => p[0].toLowerCase()).join(' '))?.split(' ');
    // The word that differs from its correction ("wyl" in "yr wyl"), with its capital kept.
    const i = right ? parts.findIndex((p, k) => p[0].toLowerCase() !== right[k]!.toLowerCase()) : -1;
    if (!right || i < 0) continue;
    const written = parts[i]![0];
    const fix = written[0] !== written[0]!.toLowerCase() ? right[i]![0]!.toUpperCase() + right[i]!.slice(1) : right[i]!;
    out.push({ start: start + parts[i]!.index!, end: start + parts[i]!.index! + written.length, fix });
  }
  return out;
}

/**
 * A lower-case L where a capital I was meant ("lechyd" for "Iechyd"), as copying from a PDF or
 * reading a sans-serif font gives: the I-word first among the suggestions.
 */
function capitalIFor(word: string, words: ReturnType<typeof loadWelshWords>): string | undefined {
  if (word.length < 3 || word[0] !== 'l' || word[1] === 'l') return undefined;
  return isWelshWord(`i${word.slice(1)}`, words) ? `I${word.slice(1)}` : undefined;
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
      'look-alike-phrases': { type: 'array', items: { type: 'string', pattern: '^[^=]+=>[^=]+$' } },
      'not-words': { type: 'array', items: { type: 'string', pattern: '^[^=]+=>[^=]+$' } },
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
    const accents = correctionPhrases(params['accent-phrases']);
    const lookAlikes = correctionPhrases(params['look-alike-phrases']);
    // A word the post's English writes too is a term both versions keep ("aqua-fit", "zumba"), not a Welsh slip.
    let english: Set<string> | undefined;
    const inEnglish = (word: string) => (english ??= englishWords(post)).has(word.toLowerCase());
    for (const segment of welsh) {
      const reported = new Set<number>();
      for (const slip of accents ? phraseSlips(segment.text, accents) : []) {
        reported.add(slip.start);
        out.push({
          start: segment.start + slip.start,
          end: segment.start + slip.end,
          suggestions: [slip.fix],
          message: `Welsh word without its accent: '{match}': here it is '${slip.fix}'`,
          messageCy: `Gair Cymraeg heb ei acen: '{match}': yma, '${slip.fix}' yw'r gair`,
        });
      }
      for (const slip of lookAlikes ? phraseSlips(segment.text, lookAlikes) : []) {
        // Only the look-alike itself: "LAU" in capitals is no I misread.
        const written = segment.text.slice(slip.start, slip.end);
        if (reported.has(slip.start) || written[0] === written[0]!.toUpperCase()) continue;
        reported.add(slip.start);
        out.push({
          start: segment.start + slip.start,
          end: segment.start + slip.end,
          suggestions: [slip.fix],
          message: `Welsh word with a look-alike letter: '{match}': here it is '${slip.fix}' (a lower-case L for a capital I)`,
          messageCy: `Gair Cymraeg â llythyren debyg: '{match}': yma, '${slip.fix}' yw'r gair (L fach yn lle I fawr)`,
        });
      }
      // The dictionary's own slips ("haner", "gafod"), unless the organisation counts the word as its own.
      for (const slip of params['not-words']?.length ? notWordSlips(segment.text, notWords(params['not-words'])) : []) {
        const word = normaliseWelsh(segment.text.slice(slip.start, slip.end));
        if (reported.has(slip.start) || extra.has(word) || demutations(word).some((d) => extra.has(d.radical))) continue;
        reported.add(slip.start);
        out.push({
          start: segment.start + slip.start,
          end: segment.start + slip.end,
          suggestions: [slip.fix],
          message: `Welsh word misspelt: '{match}': the standard spelling is '${slip.fix}'`,
          messageCy: `Gair Cymraeg wedi'i gamsillafu: '{match}': y sillafiad safonol yw '${slip.fix}'`,
        });
      }
      for (const miss of checkWelshSpelling(segment.text, words)) {
        if (reported.has(miss.start) || givenNameOpening(miss.word) || inEnglish(miss.word) || namedInProse(post.prose, miss.word, segment.start + miss.start) || titleBeforeMaker(post.prose, segment.start + miss.start) ||
          givenNameBeforeSurname(post.prose, segment.start + miss.start, miss.word, words) || nameListEntry(post.prose, segment.start + miss.start, miss.word) || nameBesideName(post.prose, segment.start + miss.start, miss.word) || resultEntry(post.prose, segment.start + miss.start, miss.word) ||
          citedTerm(post.prose, segment.start + miss.start, miss.word, miss.suggestions)) continue;
        // The organisation's words mutate like any other ("cilfan", "y gilfan"), and take an
        // elided article or pronoun ("caffïau'r").
        const word = normaliseWelsh(miss.word).replace(ELIDED_END, '');
        if (extra.has(word) || demutations(word).some((d) => extra.has(d.radical))) continue;
        const capitalI = capitalIFor(miss.word, words);
        const suggestions = capitalI ? [capitalI, ...miss.suggestions.filter((x) => x !== capitalI)].slice(0, Math.max(1, miss.suggestions.length)) : miss.suggestions;
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
