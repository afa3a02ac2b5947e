import { DocMemo, type PostDocument } from '../model/index.js';
import { splitLanguageSegments, summariseLanguages, type LanguageSegment, type LanguageSummary } from './segments.js';

export interface PostLanguages {
  segments: LanguageSegment[];
  summary: LanguageSummary;
  /** hasWelshText's answer, once asked (several rules and the audit's counts ask). */
  welshText?: boolean;
}

const cache = new DocMemo<PostDocument, PostLanguages>((doc) => {
  const segments = splitLanguageSegments(doc.prose.slice(doc.bodyStart), doc.bodyStart);
  return { segments, summary: summariseLanguages(segments), welshText: undefined };
});

/**
 * The language segments of a draft's prose (front matter, code and URLs excluded), computed
 * once per document however many Welsh rules ask.
 */
export function postLanguages(doc: PostDocument): PostLanguages {
  return cache.get(doc);
}

/** Below this share of the English, Welsh is a token ("Diolch!") rather than a version. */
export const TOKEN_SHARE = 0.3;
/** English shorter than this is too short to call its Welsh a token. */
const TOKEN_MIN_ENGLISH = 25;
/**
 * Welsh this long is a (partial) version whatever the English's length: a translated paragraph,
 * not a greeting, sign-off or availability line (those run under ~110 characters). A short
 * version is then a matter for welsh/unequal-content, not welsh/missing-welsh.
 */
const VERSION_MIN_WELSH = 200;

/**
 * Whether a post has Welsh that is a version of its text, not just a greeting or sign-off
 * on an English post ("Diolch! Bins will be collected on Saturday.").
 */
export function hasWelshText(doc: PostDocument): boolean {
  const languages = postLanguages(doc);
  return (languages.welshText ??= welshTextIn(languages));
}

function welshTextIn({ segments, summary }: PostLanguages): boolean {
  if (!summary.hasWelsh) return false;
  if (summary.englishChars < TOKEN_MIN_ENGLISH) return true;
  const welsh = welshProseChars(segments);
  return welsh >= summary.englishChars * TOKEN_SHARE || welsh >= VERSION_MIN_WELSH;
}

const LOWER_WORD = /(?:^|[\s(“"'‘])\p{Ll}[\p{L}'’-]*/gu;
const LIST_ITEM = /^\s*(?:[•·▪◦*–-]|\d+[.)])\s/;
/** A short line of two names for one thing, split by a slash, with no sentence in it. */
const LABEL = /^(?=[^.!?\n]{3,100}$).*\p{L}[ \u00A0]*\/[ \u00A0]*\p{L}/u;

/**
 * Characters of Welsh in Welsh (or mixed, counted half, as are "English/Cymraeg" labels) segments, less the list items with
 * fewer than two lower-case words: a list of names under bilingual labels ("• Cyngh./Cllr.
 * Endaf Edwards (Maer/Mayor)") is taken for Welsh by its labels but is no Welsh version of the
 * text. Other lines count whatever their case ("Canolfan Hamdden Caerfyrddin" on a sign).
 */
function welshProseChars(segments: readonly LanguageSegment[]): number {
  let chars = 0;
  for (const s of segments) {
    if (s.lang !== 'cy' && s.lang !== 'mixed') continue;
    for (const line of s.text.split('\n')) {
      if (LIST_ITEM.test(line) && (line.match(LOWER_WORD) ?? []).length < 2) continue;
      // A bilingual label the segmenter left whole ("Chair/Cadeirydd", "Apologies for
      // Absence/Ymddiheuriadau"): half of it is Welsh, as in a mixed segment.
      const label = s.lang === 'cy' && LABEL.test(line);
      chars += s.lang === 'mixed' || label ? line.length / 2 : line.length;
    }
  }
  return chars;
}

/** Whether a post, or its other-language pair file, has Welsh text. */
export function hasWelshVersion(doc: PostDocument): boolean {
  if (doc.pair && postLanguages(doc.pair).summary.hasWelsh) return true;
  return hasWelshText(doc);
}

/** Where to report a language problem: the first segment of that language, else the body. */
export function firstSegment(doc: PostDocument, lang?: 'cy' | 'en'): { start: number; end: number } {
  const { segments } = postLanguages(doc);
  const seg = segments.find((s) => (lang ? s.lang === lang : s.lang !== 'unknown')) ?? segments[0];
  if (seg) return { start: seg.start, end: seg.end };
  const start = doc.bodyStart + (doc.text.slice(doc.bodyStart).search(/\S/) + 1 || 1) - 1;
  return { start, end: start };
}
