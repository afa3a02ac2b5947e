/**
 * The person a reply writes to. A reply is a post whose front matter says what it replies to
 * (`in-reply-to`) or whose body opens with a handle; its greeting names the correspondent ("Hi
 * Huw, …", "@huw_j Helo Huw!", "Diolch Mrs Evans, …"), and its second-person words ("you",
 * "your", "chi", "gennych", "eich") are about them.
 */
import type { PostDocument } from '../../model/index.js';

/** Words that open a reply to someone, in English and Welsh. */
const GREETING_WORDS = String.raw`hi|hello|helo|hiya|haia|hey|dear|annwyl|shwmae|s['’]mae|su['’]mae|good[ \u00A0]+(?:morning|afternoon|evening)|morning|bore[ \u00A0]+da|prynhawn[ \u00A0]+da|p['’]nawn[ \u00A0]+da|noswaith[ \u00A0]+dda|thanks|thank[ \u00A0]+you|diolch|sorry|sori|apologies`;
/** A greeting and the capital of the name it addresses, after any handles. */
const GREETING = new RegExp(String.raw`^[ \t\n\u00A0]*(?:\.?@[A-Za-z0-9_]+[ \u00A0]+)*(?:${GREETING_WORDS})[ \u00A0]*,?[ \u00A0]+(?=\p{Lu})`, 'iu');
const OPENS_WITH_GREETING = new RegExp(String.raw`^\s*(?:${GREETING_WORDS})(?![\p{L}])`, 'iu');

/** Whether the post is a reply: `in-reply-to` in its front matter, or a body opening with a handle. */
export function isReply(post: PostDocument): boolean {
  return post.frontMatter['in-reply-to'] !== undefined || /^\s*\.?@[A-Za-z0-9_]/.test(post.prose.slice(post.bodyStart, post.bodyStart + 40));
}

/** Whether the post answers someone: a reply, or a body that opens with a greeting ("Hi, …", "Diolch am …"). */
export function answersSomeone(post: PostDocument): boolean {
  return isReply(post) || OPENS_WITH_GREETING.test(post.prose.slice(post.bodyStart, post.bodyStart + 40));
}

/** Where the name a reply's greeting addresses starts ("Huw" in "Hi Huw, …"), else -1. */
export function correspondentAt(post: PostDocument): number {
  return isReply(post) ? greetedAt(post.prose, post.bodyStart) : -1;
}

/** Where the name a greeting opening text[start…] addresses starts, else -1. */
function greetedAt(text: string, start: number): number {
  const m = GREETING.exec(text.slice(start, start + 120));
  return m ? start + m[0].length : -1;
}

/**
 * Where every greeting of a reply names its correspondent: the opening one, and one opening a
 * later paragraph (a bilingual reply greets twice: "Helo Huw, … \n\nHi Huw, …").
 */
export function correspondentsAt(post: PostDocument): number[] {
  if (!isReply(post)) return [];
  const text = post.prose;
  const starts = [post.bodyStart];
  for (const m of text.slice(post.bodyStart).matchAll(/\n[ \t\u00A0]*\n/g)) starts.push(post.bodyStart + m.index! + m[0].length);
  return starts.map((start) => greetedAt(text, start)).filter((at) => at >= 0);
}

const SECOND_PERSON = /(?<![\p{L}'’])(?:you|your|you['’](?:re|ve)|chi|gennych|eich|arnoch|ichi|chdi|gen[ \u00A0]+ti|gennyt)(?![\p{L}])/iu;
/** "if you have …", "os oes gennych chi …", "os ydych chi'n …": what anyone in that case may do, not what this person has. */
const CONDITIONAL = /(?<![\p{L}])(?:if|unless|whether|os|oni[ \u00A0]+bai)[ \u00A0]+(?:you|anyone|someone|oes|ydych|wyt|rhywun)(?![\p{L}'’])[^,.;:!?]{0,40}$/iu;

/** Whether text[from, at) ends on a condition of the reader's or anyone's ("if you have ", "os oes gennych chi "). */
export function onCondition(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 80), at);
  return CONDITIONAL.test(before) || HYPOTHETICAL.test(before);
}

/** What would befall "you" ("you would have been sent to prison", "fe fyddech chi wedi eich hanfon i'r carchar"): a supposition, no one's record. */
const HYPOTHETICAL = /(?<![\p{L}])(?:you[ \u00A0]+(?:would|could|might)|you['’]d|(?:fe[ \u00A0]+|mi[ \u00A0]+)?(?:byddech|fyddech|buasech|fuasech|baech|petaech|byddet|fyddet|buaset|fuaset)(?:[ \u00A0]+(?:chi|ti))?)(?![\p{L}'’])[^.;:!?]{0,60}$/iu;

/** A condition of up to 100 characters before, whoever it names: "If nobody in your household can … because of a disability, illness or age". */
const IN_CONDITION = /(?<![\p{L}])(?:if|unless|whether|os|oni[ \u00A0]+bai)(?![\p{L}])[^.;:!?]{0,100}$/iu;

/** Whether text[from, at) speaks to the reader ("As you have …", "Gan fod gennych chi …"), not on a condition. */
export function addressedBefore(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return SECOND_PERSON.test(before) && !IN_CONDITION.test(before);
}
