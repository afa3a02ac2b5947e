import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { postLanguages } from '../../language/post-languages.js';

interface Params {
  /** Length limit per channel; X/Twitter is counted with twitter-text's weighting. */
  limits: Record<string, number>;
}

type TwitterText = { parseTweet(text: string): { weightedLength: number; validRangeEnd: number } };
let twitter: Promise<TwitterText> | undefined;
let segmenter: Intl.Segmenter | undefined;

/** A post's text as it would be published: [from, to) without HTML comments (suppressions). */
function published(doc: PostDocument, from: number, to: number): { text: string; offsets: number[] } {
  const body = doc.text.slice(from, to);
  const offsets: number[] = [];
  let text = '';
  let i = 0;
  for (const m of body.matchAll(/<!--[\s\S]*?-->/g)) {
    for (; i < m.index!; i++) {
      text += body[i];
      offsets.push(from + i);
    }
    i = m.index! + m[0].length;
  }
  for (; i < body.length; i++) {
    text += body[i];
    offsets.push(from + i);
  }
  const trimmed = text.trimEnd();
  const lead = trimmed.length - trimmed.trimStart().length;
  return { text: trimmed.slice(lead), offsets: offsets.slice(lead, trimmed.length) };
}

/**
 * `welsh/truncation-risk`: a post longer than its channel allows (X 280 weighted with
 * twitter-text, Bluesky 300 graphemes, Threads 500, Instagram 2,200, LinkedIn 3,000,
 * Facebook 63,206). A bilingual post is cut in its second language, so Welsh published
 * first loses the English or, worse, English first loses the Welsh; the finding points where
 * the cut falls. Needs a channel (front matter `channel:` or --channel). In a thread each post
 * is judged on its own: that is what publishing as a thread is for.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['limits'],
    properties: { limits: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } } },
  },
  // Synchronous when there is nothing to judge (no channel): an await per post adds up.
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    const channel = ctx.channel ?? post.frontMatter.channel;
    const limit = channel ? params.limits[channel] : undefined;
    if (!channel || !limit) return [];
    return judgeAll(post, channel, limit);
  },
};

async function judgeAll(post: PostDocument, channel: string, limit: number): Promise<Match[]> {
  const out: Match[] = [];
  for (const [from, to] of post.posts ?? [[post.bodyStart, post.text.length]]) {
    const match = await judge(post, from, to, channel, limit);
    if (match) out.push(match);
  }
  return out;
}

async function judge(post: PostDocument, from: number, to: number, channel: string, limit: number): Promise<Match | undefined> {
  const { text, offsets } = published(post, from, to);
  // No character weighs more than 2 and no link more than 23: most posts stop here.
  if (text.length * 2 + post.links.filter((l) => l.start >= from && l.end <= to).length * 23 <= limit) return undefined;
  let length: number;
  let cut: number;
  if (channel === 'twitter' || channel === 'x') {
    twitter ??= import('twitter-text').then((m) => ((m as unknown as { default?: TwitterText }).default ?? (m as unknown as TwitterText)));
    const parsed = (await twitter).parseTweet(text);
    length = parsed.weightedLength;
    cut = parsed.validRangeEnd + 1;
  } else {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const graphemes = [...segmenter.segment(text)];
    length = graphemes.length;
    cut = graphemes[limit]?.index ?? text.length;
  }
  if (length <= limit) return undefined;
  const { summary } = postLanguages(post);
  const bilingual = summary.hasWelsh && summary.hasEnglish;
  const at = offsets[Math.min(cut, offsets.length - 1)];
  const match: Match = {
    start: at,
    end: offsets[offsets.length - 1] + 1,
    data: {
      channel,
      length: String(length),
      limit: String(limit),
      consequence: bilingual ? 'the text from here, in one of the two languages, would be cut' : 'the text from here would be cut',
      'consequence-cy': bilingual ? "byddai'r testun o'r fan hon, yn un o'r ddwy iaith, yn cael ei dorri" : "byddai'r testun o'r fan hon yn cael ei dorri",
    },
  };
  if (!bilingual) match.severity = 'warning';
  return match;
}
