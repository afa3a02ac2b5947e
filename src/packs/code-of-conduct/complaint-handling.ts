import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { sentenceAt } from '../../pii/context/sentences.js';
import { dropOverlaps, findPhrases, prepareLists, type Span, stringList, wordsAfter, wordsBefore } from './lib/text.js';

interface Params {
  /** Telling a person they are wrong ("that's not what happened", "nid yw hynny'n wir"). */
  contradictions: string[];
  /** Complaint words, mutated forms written out ("complaint", "cwyn", "gŵyn", "nghwyn"). */
  complaints?: string[];
  /** A verdict on a complaint, after it ("is unfounded", "not upheld", "yn ddi-sail"). */
  verdicts?: string[];
  /** Words that join a complaint to its verdict ("is", "was", "has been", "yn"). */
  copulas?: string[];
  /** Closing or rejecting it, before it ("we have closed your complaint", "wedi cau eich cwyn"). */
  closures?: string[];
  /** Words that address a person ("you", "your", "eich", "chi"). */
  'second-person'?: string[];
}

type Kind = 'verdict' | 'contradiction';

/**
 * `conduct/complaint-handling`: an individual's complaint argued in public instead of
 * through the complaints procedure: a verdict on the person's complaint ("your complaint is
 * unfounded", "the complaint you've made is simply wrong", "rydyn ni wedi cau eich cwyn"), or
 * the person contradicted in a reply or to their face ("Mr Jones, that's not what happened",
 * "Dydy hynny ddim yn wir"). A complaint named without a verdict ("how to make a complaint",
 * "sut i wneud cwyn") and a myth corrected in a post that addresses nobody are not reported.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['contradictions'],
    properties: { contradictions: stringList, complaints: stringList, verdicts: stringList, copulas: stringList, closures: stringList, 'second-person': stringList },
  },
  prepare(params) {
    prepareLists([params['second-person'], params.complaints, params.verdicts, params.copulas, params.closures, params.contradictions]);
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const text = post.prose;
    const reply = post.frontMatter['in-reply-to'] !== undefined;
    const hits: Array<Span & { kind: Kind }> = [];
    // (A titled name who speaks is quoted, not addressed: "… ddim yn wir,” meddai Dr Jane …", real-text-blind162.)
    const addressed = (from: number, to: number) =>
      findPhrases(post, params['second-person'], from, to).length > 0 || /(?:^|[\s(])@\w|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}/u.test(text.slice(from, to).replace(SPEAKER, ' '));
    for (const c of findPhrases(post, params.complaints)) {
      const [from, to] = sentenceAt(text, c.start);
      if (!reply && !addressed(from, to)) continue;
      // Eight words to the verdict, not counting the complaint's reference ("your complaint ref
      // CMP-2039-00217 about the booking is unfounded").
      const after = wordsAfter(post, c.end, 16).filter((w) => !isReference(w.word)).slice(0, 8);
      const verdict = findPhrases(post, params.verdicts, c.end, after.length ? after[after.length - 1].end : c.end)[0];
      // The verdict is said of the complaint ("your complaint is unfounded", "eich cwyn yn
      // ddi-sail"), not of something in it ("your complaint about the wrong bin").
      // (Welsh joins "yn" to the word before: "eich cwyn am y biniau'n ddi-sail".)
      if (verdict && (findPhrases(post, params.copulas, c.end, verdict.start).length || /['’]n[ \u00A0]+$/u.test(post.prose.slice(c.end, verdict.start)))) {
        // From the possessive before it ("your complaint is unfounded"): the whole complaint named,
        // so dp/case-reference's "your complaint" is covered by this finding, not a second one.
        const owner = wordsBefore(post, c.start, 1)[0];
        const start = owner && findPhrases(post, params['second-person'], owner.start, c.start).length ? owner.start : c.start;
        hits.push({ start, end: verdict.end, kind: 'verdict' });
        continue;
      }
      const before = wordsBefore(post, c.start, 4);
      const closure = findPhrases(post, params.closures, before.length ? before[before.length - 1].start : c.start, c.start)[0];
      if (closure) hits.push({ start: closure.start, end: c.end, kind: 'verdict' });
    }
    for (const c of findPhrases(post, params.contradictions)) {
      const [from, to] = sentenceAt(text, c.start);
      if (reply || addressed(from, to)) hits.push({ ...c, kind: 'contradiction' });
    }
    return dropOverlaps(hits).map((h): Match => ({ start: h.start, end: h.end, ...(h.kind === 'verdict' ? {} : { severity: 'warning' as const }) }));
  },
};

/** A reference and the words that name one: "ref", "CMP-2039-00217", "rhif", "CMP". */
const isReference = (word: string) => /\d/.test(word) || /^\p{Lu}{2,5}$/u.test(word) || REFERENCE_WORDS.has(word.toLowerCase());
const REFERENCE_WORDS = new Set(['ref', 'reference', 'number', 'cyf', 'cyfeirnod', 'rhif']);

/** A titled speaker: "meddai Dr Jane Example", "said Mrs Example", "Dr Jane Example said". */
const SPEAKER = /(?:(?:meddai|medd|said|says|dywedodd|according[ \u00A0]+to|yn[ \u00A0]+ôl)[ \u00A0]+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00A0]+\p{Lu}|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*)+,?[ \u00A0]+(?:said|says|meddai|added|explained))/gu;
