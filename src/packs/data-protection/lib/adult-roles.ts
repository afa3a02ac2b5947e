/**
 * Adults at a school, by a role word beside a name ("headteacher Sian Evans", "Tom, our
 * teacher") or in the clause after a later mention ("Enillodd Liah wobr cymhorthydd"): what
 * dp/child-details reads to tell a pupil from a member of staff or a visitor.
 */
import { allMatches, type FoldedRegex } from '../../../pii/context/phrases.js';
import { lexicon } from '../../../pii/context/people.js';
import { sentenceAt } from '../../../pii/context/sentences.js';

/** Words that join two people: an adult's role on the far side of one belongs to the other person. */
const JOIN = /[ \u00A0](?:and|with|ac|a|gyda|gyda['’]r|efo|&)[ \u00A0]/giu;
const BODY_OWNER = /(?<![\p{L}])(?:council|school|club|college|nursery|charity|board|authority|county)['’]s?[ \u00A0]+$/iu;
/** A role after a possessive is a relative's or someone else's: "his mum", "Alfie's teacher", "ei hathrawes". */
const OWNED = /(?:\b(?:his|her|their|my|your|whose)|(?<![\p{L}])(?:ei|eu|fy|eich|ein)|['’]s?)[ \u00A0]+$/iu;
/**
 * Between a name and a role after it, only an apposition: "Sian Evans, our teacher", "Sian, who
 * is a governor", "Emyr Example yn gweithredu fel pennaeth", "will be acting as head".
 */
const APPOSITION = /^[ \u00A0]*,?[ \u00A0]*(?:(?:who|is|was|our|the|a|an|ein|y|yr|sy['’]n|sydd|yw|oedd|un|one|of|o|at|yn|will|be|acting|as|fydd|bydd|gweithredu|weithredu|fel|uwch|senior|chief|assistant|prif|brif|cyn-|gyn-)[ \u00A0]+|\p{Lu}[\p{L}'’-]*[ \u00A0]+|\d+[ \u00A0]+)*$/u;

/**
 * Between a name and a role after it, a body's possessive in apposition: ", Ysgol Maes y
 * Gwendraeth's deputy ", ", the school's " (the role is held there; not "Alfie's teacher", whose
 * possessive is the name's own).
 */
const BODY_POSSESSIVE = /^[ \u00A0]*,[ \u00A0]*(?:(?:the|y|yr)[ \u00A0]+)?(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|y|yr|of|de|and|&)[ \u00A0]+){0,6}(?:\p{Lu}[\p{L}\p{M}-]*|school|college|academy|nursery|club)['’]s?[ \u00A0]+(?:(?:deputy|assistant|acting|interim|joint|new)[ \u00A0]+)?$/u;

/**
 * Between a role and the name after it, only names, joining words and a Welsh adjective of
 * standing: "headteacher at Ysgol y Strade, Sian", "artist blaenllaw o Ogledd Cymru, Jwls", "the
 * Archdruid of the National Eisteddfod, Mererid", "y canwr lleol Alan Thomas" (the local singer),
 * "ffermwr lleol o'r enw Robin", "a local farmer called Robin", "pennaeth yr ysgol, Geraint", "pennaeth
 * yr adran Gymraeg, Mark" (real-text-blind323).
 */
const TITLE_GAP = /^(?:[ \u00A0,]|(?:of|the|at|in|from|for|called|named|local|o|y|yr|['’]r|enw|yn|ym|i|our|ein|lleol|leol|enwog|adnabyddus|gwadd|blaenllaw|flaenllaw|amlwg|talentog|leading|renowned|talented|award-winning|well-known|ysgol|school|college|coleg|clwb|club|feithrinfa|nursery|adran|department|faculty|cyfadran|gyfadran)(?![\p{L}])|\p{Lu}[\p{L}\p{M}'’-]*|\d+)*$/u;

/** A given name and a surname, then a comma, ending the gap. */
const OTHER_NAME = /(\p{Lu}[\p{Ll}'’-]+)[ \u00A0]+\p{Lu}[\p{L}'’-]+,[ \u00A0]*$/u;
/** Another person's full name, set off by a comma, between a role and a name: "the Welsh leader Owain Glyndwr, Finn …" is Owain's role. */
function otherPersonBetween(gap: string): boolean {
  const other = OTHER_NAME.exec(gap);
  return other !== null && lexicon().given.has(other[1]!.toLowerCase());
}
/** The names go on after this one ("gyda'r awduron Siôn Owen, Eloise Williams a Dr Ffion Jones", "authors Siôn …, Eloise Williams, and Dr Ffion Jones"): one role over a list. */
const listGoesOn = (text: string, at: number | undefined) => at !== undefined && /^[ \u00A0]*(?:,[ \u00A0]*(?:and|a|ac|&)?|and|a|ac|&)[ \u00A0]+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?[ \u00A0]+)?\p{Lu}/u.test(text.slice(at, at + 16));

/**
 * An adult's role word in text[from, to) that is not owned by someone else ("his teacher"):
 * before the name at `nameStart` with only names between, or after the name ending at
 * `nameEnd` in apposition.
 */
function roleWithin(text: string, from: number, to: number, adult: FoldedRegex, place: { nameStart?: number; nameAfter?: number; nameEnd?: number } = {}): boolean {
  for (const [s, e] of allMatches(adult, text, from, to)) {
    // Held at a body named in apposition: "Rhian Example, Ysgol Maes y Gwendraeth's deputy headteacher,".
    if (place.nameEnd !== undefined && BODY_POSSESSIVE.test(text.slice(place.nameEnd, s))) return true;
    // Owned by someone else ("Alfie's teacher", "ei hathrawes"); not a body's title in capitals ("Cylch Meithrin Cwmbrân's Leader").
    // (A body's own, though: "The council’s cabinet member for education, Sarah …", real-text-blind324.)
    const owner = text.slice(Math.max(0, s - 12), s);
    if (OWNED.test(owner) && !(/['’]s?[ \u00A0]+$/u.test(owner) && (/^\p{Lu}/u.test(text[s]!) || BODY_OWNER.test(owner)))) continue;
    if (place.nameStart !== undefined && (!TITLE_GAP.test(text.slice(e, place.nameStart)) || (otherPersonBetween(text.slice(e, place.nameStart)) && !listGoesOn(text, place.nameAfter)))) continue;
    if (place.nameEnd !== undefined && !APPOSITION.test(text.slice(place.nameEnd, s))) continue;
    return true;
  }
  return false;
}

/** A role in the clause after a later mention: "Enillodd Liah wobr cymhorthydd y flwyddyn", "Paul won Teacher of the Year". */
export function roleAfter(text: string, end: number, adult: FoldedRegex): boolean {
  // A possessive mention owns the noun after it: "Thomas’s dad, Louis, who is head of …" is Louis's role.
  if (/['’]s?$/u.test(text.slice(end - 2, end)) || /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3))) return false;
  const [, sentenceEnd] = sentenceAt(text, end);
  let to = Math.min(sentenceEnd, end + 30);
  JOIN.lastIndex = 0;
  const join = JOIN.exec(text.slice(end, to));
  if (join) to = end + join.index;
  return roleWithin(text, end, to, adult);
}

/**
 * An adult's role beside the name: before it, not across "and" ("headteacher Sian Evans",
 * "the author Siôn Owen", "the Archdruid of the National Eisteddfod, Mererid Hopwood"), or
 * after it in apposition ("Tom, our teacher"); "Alfie and his teacher" and "Alfie's mum" are
 * about someone else.
 */
export function isAdult(text: string, start: number, end: number, sentence: [number, number], adult: FoldedRegex): boolean {
  let from = Math.max(sentence[0], start - 50);
  const base = from;
  for (const m of text.slice(base, start).matchAll(JOIN)) from = base + m.index + m[0].length - 1;
  // (Far enough for a role after a body's name: ", Ysgol Maes y Gwendraeth's deputy headteacher".)
  const to = Math.min(sentence[1], end + 60);
  // The person's own title, found with the name ("Director Jane Lewis"), is a role too.
  const title = /^\p{Lu}\p{Ll}+(?=[ \u00A0])/u.exec(text.slice(start, end))?.[0];
  if (title && allMatches(adult, text, start, start + title.length).some(([s, e]) => s === start && e === start + title.length)) return true;
  // …and so is a role the reference opens with, as found with a description ("local resident Alwyn …").
  if (/^\p{Ll}/u.test(text[start] ?? '') && allMatches(adult, text, start, end).some(([s]) => s === start)) return true;
  return roleWithin(text, from, start, adult, { nameStart: start, nameAfter: end }) || roleWithin(text, end, to, adult, { nameEnd: end });
}

/** An age right after a name: "Cadwgan Edwards, 68,", "Sian (42)", "Tom, 19 oed". */
const AGE_AFTER = /^[ \u00A0]*(?:,[ \u00A0]*|\()(\d{1,3})(?=\)|[ \u00A0]*[,;.]|[ \u00A0]+(?:years?[ \u00A0]+old|oed|from|of|o)(?![\p{L}]))/u;

/** A grown-up's age given right after the name ("Cadwgan Edwards, 68, claims …"): no pupil, whatever school words are near. */
export function adultAgeAfter(text: string, end: number, maxAge: number): boolean {
  const m = AGE_AFTER.exec(text.slice(end, end + 16));
  return m !== null && Number(m[1]) > maxAge;
}

/** The words of a visit between a name and the school: "for coming to", "am ddod i", "visited", "welcome … to". */
const VISIT_WORDS = String.raw`(?:for|am|coming|visiting|dod|ddod|came|come|comes|visited|visits|daeth|ddaeth|ymweld|ymwelodd|to|into|i|i['’]r|â|ag|our|ein|the|y|yr)`;
/** A school's name or the school itself, with its town: "Ysgol y Strade", "Model Primary School, Carmarthen", "school", "yr ysgol". */
const SCHOOL_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|y|yr|of|the|de|['’]r|school|ysgol|hysgol)`;
/** Why a visitor came: to speak, talk, perform, judge, open … ("i siarad", "i berfformio"); not "i ddysgu" (to learn, too). */
const PURPOSE = String.raw`(?:speak|talk|give|perform|read|share|lead|run|present|tell|teach|judge|open|launch|host|deliver|chat|siarad|sgwrsio|roi|rhoi|berfformio|ddarllen|rannu|arwain|gynnal|gyflwyno|adrodd|feirniadu|agor|lansio)`;
const VISIT = new RegExp(String.raw`^[ \u00A0]*,?(?:[ \u00A0]+${VISIT_WORDS})+(?:,?[ \u00A0]+${SCHOOL_NAME}){1,8}[ \u00A0,]+(?:to|i)[ \u00A0]+${PURPOSE}(?![\p{L}])`, 'u');

/**
 * A visitor to the school, by the visit's purpose: "Gwynfor for coming to Ysgol y Strade to
 * talk to Year 6", "gwahodd Gwynfor i Ysgol Ramadeg y Merched i siarad", "Gwynfor visited
 * the school to read". A pupil is "at" or "from" the school, and does not come to it to speak.
 */
export function visitsToSpeak(text: string, end: number): boolean {
  return VISIT.test(text.slice(end, end + 140));
}
