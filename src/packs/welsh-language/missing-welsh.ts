import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { firstSegment, hasWelshVersion, postLanguages, TOKEN_SHARE } from '../../language/post-languages.js';
import { unansweredEnglish } from '../../language/unanswered-english.js';

/**
 * `welsh/missing-welsh`: English text with no Welsh, or with only a fragment of Welsh (a
 * greeting or sign-off under 0.3 of the English and under 200 characters), in the post or in its pair file
 * (NAME.en.md / NAME.cy.md, or front matter `pair:`). Welsh-only posts are fine, and so is an
 * English reply to a message written in English (front matter `in-reply-to: {language: en}`),
 * as the standards let a reply follow the correspondent's language. In a thread with Welsh, each
 * English post needs its Welsh: in the post itself, or in a Welsh post of the thread beside it
 * (an update added in English only to a Welsh-then-English thread is reported at that post).
 */
export const detector: BuiltinDetector = {
  appliesTo: 'post',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    const post = doc as PostDocument;
    if (post.frontMatter['in-reply-to']?.language === 'en') return [];
    if (!postLanguages(post).summary.hasEnglish) return [];
    if (hasWelshVersion(post)) {
      if (post.posts && post.posts.length > 1) return unansweredPosts(post);
      // A bilingual text with a stretch of English that no Welsh beside it answers.
      const english = post.pair ? undefined : unansweredEnglish(postLanguages(post).segments);
      return english ? [{ start: english.start, end: english.end, data: { where: ` (${english.chars} characters of English here have no Welsh beside them)`, 'where-cy': ` (nid oes Cymraeg wrth ymyl ${english.chars} o nodau o Saesneg yma)` } }] : [];
    }
    const at = firstSegment(post, 'en');
    const { summary } = postLanguages(post);
    const [where, whereCy] = post.pair
      ? [` (nor in ${post.pair.path})`, ` (nac yn ${post.pair.path})`]
      : summary.hasWelsh
        ? [` (the Welsh is only a fragment: ${Math.round(summary.welshChars)} characters against ${Math.round(summary.englishChars)})`, ` (dim ond darn yw'r Gymraeg: ${Math.round(summary.welshChars)} o nodau, a ${Math.round(summary.englishChars)} yn y Saesneg)`]
        : ['', ''];
    return [{ ...at, data: { where, 'where-cy': whereCy } }];
  },
};

/**
 * The English posts of a thread that no Welsh answers: each English-only post is paired with
 * the nearest unpaired Welsh-only post of the thread (before or after it); a post holding both
 * languages answers itself. What is left unpaired is reported, at its first English segment.
 */
function unansweredPosts(post: PostDocument): Match[] {
  const { segments } = postLanguages(post);
  const kinds = post.posts!.map(([start, end]) => {
    let cy = 0;
    let en = 0;
    let at: { start: number; end: number } | undefined;
    for (const s of segments) {
      if (s.end <= start || s.start >= end) continue;
      const share = s.lang === 'mixed' ? 0.5 : 1;
      if (s.lang === 'cy' || s.lang === 'mixed') cy += (s.end - s.start) * share;
      if (s.lang === 'en' || s.lang === 'mixed') {
        en += (s.end - s.start) * share;
        at ??= { start: s.start, end: s.end };
      }
    }
    if (en > 0 && cy < en * TOKEN_SHARE) return { kind: 'en' as const, at };
    if (cy > 0 && en < cy * TOKEN_SHARE) return { kind: 'cy' as const, at };
    return { kind: cy > 0 ? ('both' as const) : ('none' as const), at };
  });
  const paired = new Set<number>();
  const out: Match[] = [];
  kinds.forEach((k, i) => {
    if (k.kind !== 'en') return;
    let best = -1;
    kinds.forEach((w, j) => {
      if (w.kind === 'cy' && !paired.has(j) && (best < 0 || Math.abs(j - i) < Math.abs(best - i))) best = j;
    });
    if (best >= 0) paired.add(best);
    else if (k.at) out.push({ ...k.at, data: { where: ' (no Welsh post of the thread answers this one)', 'where-cy': " (nid oes neges Gymraeg yn yr edefyn yn ateb hon)" } });
  });
  return out;
}
