/**
 * Where quoted words are attributed to someone (dp/unconsented-quote): the quotation marks, and
 * the speaker found after a quote ("“…”, said Sian"), before it ("Dywedodd Sian: “…”"), after a
 * closing mark whose quote began a line above, at the end of a testimonial line, or with no
 * quotation marks ("meddai Sian"). What to report of these is the detector's to decide.
 */
import { findPeople, isNotName, type PersonRef } from '../../../pii/context/people.js';
import { allMatches, matchesWithin, type FoldedRegex } from '../../../pii/context/phrases.js';
import { endsSentence, lineAt, sentenceBefore } from '../../../pii/context/sentences.js';
import { capitalisedSpeaker, LEAD_IN, nameBeforeVerb, surnameBeforeVerb } from './named-speaker.js';
import { quotation } from './quote-marks.js';
import { namedByGiven, namedInFull, previousSpeaker, quotable } from './pointed-speaker.js';
import type { Attribution, Context } from './quote-context.js';

export type { Attribution, Context } from './quote-context.js';

/** A retweet quotes its author whether or not there are quotation marks. */
export const RETWEET = /(?<![\p{L}\p{N}_])RT @([A-Za-z0-9_]{2,15}):/gu;
const SENTENCE_END = /[.!?;](?=\s|$)/u;
/** A dash after a quote, or at the end of a testimonial line: "“…” – @sian_123", "… - Sian, Burry Port". */
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+(?:\p{Lu}[\p{L}'’-]*|a|ac|and|of|the|y|yr|o|i|in|on|ar|yn)){1,4}$/u;
const DASH = /^[ \u00A0,.!?\p{Extended_Pictographic}\u200D\uFE0F]{0,12}(?:[–—]|-{1,2})[ \u00A0]*/u;
const LINE_DASH = /[ \u00A0](?:[–—]|-{1,2})[ \u00A0]*(?=[@\p{Lu}])/gu;
/** Descriptions between a verb and the speaker: "said resident Sian", "said Burry Port mum-of-two Sian". */
const DESCRIPTION = /^[ \u00A0]+(?:(?:[\p{Ll}\p{N}][\p{L}\p{N}'’-]*|\p{Lu}[\p{L}'’-]*)[ \u00A0]+){0,4}$/u;


/** Between the speaker and a colon before the quote: nothing, or where they are from ("in Llandeilo", "o Landysul"). */
const SPEAKER_COLON = /^((?:[ \u00A0]+(?:in|from|of|at|o|yn|ym|ger|near)[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]*)?)?)[ \u00A0]*:[ \u00A0]*$/u;
/** Words that introduce what follows as someone's words: "words from", "this from", "message from", "geiriau … gan", "neges gan". */
const SOURCE_BEFORE = /(?:^|[^\p{L}])(?:from|by|gan|oddi[ \u00A0]+wrth|wrth)[ \u00A0]*$/iu;

/** "“…”, said Sian Morgan" / "“…” Sian said" / "“…” meddai @sian_123" / "“…” – @sian_123". */
export function attributionAfter(c: Context, from: number, lineEnd: number, quoteStart?: number): Attribution | undefined {
  const { text } = c;
  let to = Math.min(lineEnd, from + 80);
  const next = text.slice(from, to).search(/["“‘«„]/u);
  if (next >= 0) to = from + next;
  const dash = DASH.exec(text.slice(from, to));
  if (dash && /[–—-]/.test(dash[0])) {
    // A title in quotation marks and its performers ("Dawns ‘Curiad Caron’ - Megan a Nel") are no
    // one's words: two to five words, each capitalised but the small ones, no stop.
    if (quoteStart !== undefined && TITLE_CASE.test(text.slice(quoteStart + 1, from - 1))) return undefined;
    const at = from + dash[0].length;
    const person = findPeople(text, at, to, c.lex, { account: c.account }).find((p) => p.start === at);
    return person ? { person, windowStart: from, windowEnd: to } : undefined;
  }
  const stop = SENTENCE_END.exec(text.slice(from + 2, to));
  if (stop) to = from + 2 + stop.index;
  const { re, text: window } = c.verbs.on(text.slice(from, to));
  re.lastIndex = 0;
  const verb = re.exec(window);
  if (!verb || verb.index > 30) return undefined;
  // A title in quotation marks, the verb a clause later: "adeiladwyd ‘Millennium Falcon’ yn Noc
  // Penfro, gan ychwanegu Hollywood i’w threftadaeth" adds a name, quotes no one.
  if (quoteStart !== undefined && verb.index > 3 && TITLE_CASE.test(text.slice(quoteStart + 1, from - 1))) return undefined;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const people = findPeople(text, from, to, c.lex, { account: c.account });
  const person = people.find((p) => (p.start >= verbEnd && described(c, verbEnd, p.start)) || (p.end <= verbStart && describedAfter(c, p.end, verbStart)));
  if (person) return { person, windowStart: from, windowEnd: to };
  if (people.some((p) => p.kind === 'handle')) return undefined;
  // The person named before the quote: by a pronoun ("“…,” she said.", "“…,” meddai hi."), or by
  // a description of no official or organisation ("“…,” said the 18-year-old college student.").
  const after = text.slice(verbEnd, to);
  const pointsBack = PRONOUN_BETWEEN.test(text.slice(from, verbStart)) ||
    (verbStart - from <= 3 && (PRONOUN_AFTER.test(after) || BARE_AFTER.test(after) || TOLD_AFTER.test(after) || (DESCRIPTION_AFTER.test(after) && describesPublic(c, verbEnd, to, true) && !notOnePerson(after))));
  if (quoteStart !== undefined && !people.length && pointsBack) {
    const earlier = previousSpeaker(c, quoteStart, text.slice(from, to));
    return earlier ? { person: earlier, windowStart: earlier.start, windowEnd: to } : undefined;
  }
  // "said Bob": a capitalised word right after the verb is the speaker, known name or not.
  const at = verbEnd + (/^[ \u00A0]+/.exec(text.slice(verbEnd, to))?.[0].length ?? 0);
  const named = at > verbEnd ? capitalisedSpeaker(c.text, c.lex, at, to) : undefined;
  return named ? { person: named, windowStart: from, windowEnd: to } : undefined;
}

/** Whether text[verbEnd, at) is at most a short description of the speaker: "said resident ", "said Llanelli mum ". */
function described(c: Context, verbEnd: number, at: number): boolean {
  const gap = c.text.slice(verbEnd, at);
  if (at - verbEnd <= 6 && !/[.!?;:,]/.test(gap)) return true;
  // A role set off by a comma, then the name: "said mother of three, Mali", "Dywedodd Rheolwr
  // Gyfarwyddwr y feithrinfa, Emma Healy"; a lower-case word in it, and its capitals a job's, not a given name's.
  const apposition = APPOSITION.exec(gap);
  // ("said Xiomara, a resident": one capitalised word is the speaker, and what follows describes her.)
  const words = apposition?.[1]!.split(/[ \u00A0]+/) ?? [];
  if (words.some((w) => /^\p{Ll}/u.test(w))) return words.every((w) => !/^\p{Lu}/u.test(w) || !c.lex.given.has(w.toLowerCase()));
  if (gap.length > 40 || !DESCRIPTION.test(gap) || THAT_CLAUSE.test(gap)) return false;
  return gap.trim().split(/[ \u00A0]+/).every((w) => !/^\p{Lu}/u.test(w) || isNotName(w.toLowerCase(), c.lex));
}
/** A clause the speaker goes on to, whose subject is someone else: "meddai cyn ychwanegu fod Hilary …", "said, adding that Jo …". */
const THAT_CLAUSE = /(?:^|[ \u00A0])(?:fod|bod|mai|taw|nad|that)[ \u00A0]*$/iu;
const APPOSITION = /^[ \u00A0]+((?:[\p{L}\p{N}'’-]+[ \u00A0]+){0,5}[\p{L}\p{N}'’-]+),[ \u00A0]+$/u;

/** A pronoun as the speaker, or none: "She said:", "Dywedodd:", "Meddai hi:", "he added". */
const PRONOUN_BEFORE_VERB = new RegExp(String.raw`^[ \u00A0]*${LEAD_IN}(?:(?:she|he|fe|mi)[ \u00A0]+)?$`, 'iu');
/** Between the verb and the quote, only capitalised words and a colon: "Dywedodd Jim: “…”". */
const NAME_THEN_COLON = /^[ \u00A0]+\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,2}[ \u00A0]*:\s*$/u;
/** A pronoun's clause before a participle: "She thanked everyone, saying: “…”". */
const PRONOUN_CLAUSE = new RegExp(String.raw`^[ \u00A0]*${LEAD_IN}(?:she|he)[ \u00A0]+[^.!?;:“”"\n]{1,120},[ \u00A0]*$`, 'iu');
/** Welsh, a past verb with no subject named ("Diolchodd i bawb", "Mynegodd hi ei llawenydd") before "gan ddweud". */
const WELSH_SUBJECTLESS = new RegExp(String.raw`^[ \u00A0]*${LEAD_IN}\p{Lu}\p{Ll}+odd(?:[ \u00A0]+(?:hi|ef|e|o|fo))?[ \u00A0]+(?:i|am|wrth|ei|eu|yn|ar|hefyd)(?![\p{L}])[^.!?;:“”"\n]{0,120}$`, 'u');
const GAN_DDWEUD = /gan[ \u00A0]+ddweud$/iu;
const PRONOUN_AFTER_VERB = /^[ \u00A0]*(?:(?:hi|ef|fe|e|o)(?![\p{L}]))?(?:[ \u00A0]+(?:afterwards|later|today|wedyn|heddiw|wedi[ \u00A0]+hynny))?[ \u00A0]*[:,]?\s*$/iu;
const PRONOUN_BETWEEN = /^[ \u00A0,.!?]*(?:she|he)[ \u00A0]+$/iu;
const PRONOUN_AFTER = /^[ \u00A0]+(?:she|he|hi|ef|fe|e|o|nhw)(?![\p{L}])/iu;
/** Nothing after the verb but the sentence's end: Welsh "“…,” meddai." (he or she said). */
const BARE_AFTER = /^[ \u00A0]*[.!]?[ \u00A0]*$/u;
/**
 * Only who was told or the programme it was said on, then the sentence's end or a clause: "“…,”
 * meddai wrth golwg360.", "“…,” meddai wrth Y Byd ar Bedwar, tra'n sefyll …", "“…,” meddai ar
 * raglen Dros Frecwast." (real-text-blind325); not "ar ran" (on behalf of a body).
 */
const TOLD_AFTER = /^[ \u00A0]+(?:wrth|to|ar[ \u00A0]+raglen|on[ \u00A0]+(?:BBC|Radio|the[ \u00A0]+programme))[ \u00A0]+(?:[\p{L}\p{N}'’-]+[ \u00A0]+){0,3}[\p{L}\p{N}'’-]+(?:[.!]|,[^.!?;“”"\n]*)?[ \u00A0]*$/u;

/** The people named in text[from, to) that a quote can be given to. */
const namedIn = (c: Context, from: number, to: number): PersonRef[] => findPeople(c.text, from, to, c.lex, { account: c.account }).filter(quotable);

/** A definite description ending the attribution after a quote: "said the 18-year-old college student", "meddai'r fam". */
const DESCRIPTION_AFTER = /^[ \u00A0]*(?:['’]r|y|yr|the)[ \u00A0]+[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*(?:[ \u00A0]+[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*){0,3}[ \u00A0]*[.!]?[ \u00A0]*$/u;

/**
 * A description of several people or of a text ("according to the judges", "meddai'r trefnwyr",
 * "Ychwanegodd y datganiad:", "said the statement"): it points back to no one person named before.
 */
function notOnePerson(after: string): boolean {
  const head = /^[ \u00A0]*(?:['’]r|y|yr|the)[ \u00A0]+((?:[\p{Ll}\p{N}'’-]+[ \u00A0]+){0,3}[\p{Ll}'’-]+)/u.exec(after)?.[1]?.split(/[ \u00A0]+/).pop() ?? '';
  return /^(?:people|children|men|women|pobl|plant|rhieni|staff|datganiad|neges|llythyr|adroddiad|cyhoeddiad|statement|message|letter|report|announcement|post|tweet)$|[^su']s$|(?:iaid|wyr|ion|iau|au|od)$/u.test(head);
}

/** A definite description of the speaker after the verb: "’r awdur, a fagwyd …:", "y nofelydd:", "the fundraiser:". */
const DEFINITE_AFTER_VERB = /^[ \u00A0]*(?:['’]r|y|yr|the)[ \u00A0]+\p{Ll}[\p{Ll}'’-]*(?:[ \u00A0]+\p{Ll}[\p{Ll}'’-]*)?(?:,[^.!?;“”"\n]{0,100})?[:,]?\s*$/u;

/**
 * Whether text[from, to) names no official role and no organisation ("the spokesperson", "y
 * cwmni", "the council"). With `head`, only its last word is read for an organisation's: "the
 * 18-year-old college student" is a student (the college only describes her), "the college" is
 * the college.
 */
function describesPublic(c: Context, from: number, to: number, head = false): boolean {
  if (!c.officials || !c.organisations) return false;
  if (matchesWithin(c.officials, c.text, from, to)) return false;
  const words = c.text.slice(from, to).toLowerCase().split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
  return !(head ? words.slice(-1) : words).some((w) => c.organisations!.has(w));
}

/** A speech verb's participle ("saying", "adding"): it needs the comma before it to attribute. */
const PARTICIPLE = /ing$/iu;

/** A relative clause on the name, its closing comma left out: "Henry, who is a Year 5 pupil at the school stated: “…”". */
const OPEN_RELATIVE = /^[ \u00A0]*(?:,[ \u00A0]*\d{1,3}[ \u00A0]*)?,[ \u00A0]+(?:who|whose|sy['’]n|sydd)[ \u00A0][^.!?;:“”"\n]*$/iu;
/** A name inside a relative clause of someone named before it ("Alwyn …, 80, who followed his late father Gus into the band, said"): not the speaker. */
const IN_RELATIVE = /,[ \u00A0]+(?:who|whose|sy['’]n|sydd)[ \u00A0][^.!?;:,“”"\n]*$/iu;

/** Whether text[end, verbStart) only describes the speaker: " ", ", a resident of Llanelli, ", " from Llanelli ", ", 34, ". */
function describedAfter(c: Context, end: number, verbStart: number, start = end): boolean {
  if (IN_RELATIVE.test(c.text.slice(Math.max(0, start - 80), start))) return false;
  const gap = c.text.slice(end, verbStart);
  return gap.length <= 3 || (gap.length <= 50 && !/[.!?;:“”"\n]/u.test(gap) && gap.trim().split(/[ \u00A0]+/).length <= 7) || (gap.length <= 90 && OPEN_RELATIVE.test(gap));
}

/** A verb after a name that follows "said": its clause's subject, not the speaker ("said Mr Hatch had shown “…”", "dywedodd fod Mr Hatch wedi dangos “…”"). */
const CLAUSE_AFTER = /^[ \u00A0]+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|can|must|might|wedi|heb)(?![\p{L}])/iu;
/** One clause, no stop or quotation mark in it, ending in a colon (and perhaps a line break) before the quote. */
const FRAMED = /^[^.!?;“”"\n]*:[ \u00A0]*\n?[ \u00A0]*$/u;
/** A relative clause on the speaker, to the quote: ", who joined the walk …:", ", a ymunodd â'r digwyddiad …:". */
const RELATIVE_APPOSITION = /^[ \u00A0]*,[ \u00A0]+(?:who|whose|a|sy['’]n|sydd|oedd)[ \u00A0][^.!?;“”"\n]*[:,]?[ \u00A0]*(?:\r?\n[ \t\u00A0]*){0,2}$/iu;
/** "Sian Morgan said: “…”" / "Dywedodd Sian: “…”" / "As @sian_123 tweeted, “…”" / "@sian_123: “…”" at a line's start. */
export function attributionBefore(c: Context, lineStart: number, quoteStart: number): Attribution | undefined {
  const { text } = c;
  let from = Math.max(lineStart, quoteStart - 160);
  // The sentence before ends at a stop that is not an abbreviation's ("Dywedodd y Cyng. Nia …").
  for (let i = quoteStart - 1; i >= from; i--) {
    if (/[.!?;]/.test(text[i]) && endsSentence(text, i)) {
      from = i + 1;
      break;
    }
  }
  const people = findPeople(text, from, quoteStart, c.lex, { account: c.account });
  const last = people[people.length - 1];
  // Interview style: the speaker at the start of the line or sentence, a colon, the quote; or
  // the words introduced as theirs, "Kind words from Mr Davies in Llandeilo: '…'", "Geiriau
  // hyfryd gan Huw o Landysul: '…'", "Loved this from @sian_123: “…”".
  const colon = last && SPEAKER_COLON.exec(text.slice(last.end, quoteStart));
  if (colon) {
    const lead = text.slice(from, last.start);
    if (SOURCE_BEFORE.test(lead) || (!colon[1] && !/[\p{L}\p{N}]/u.test(lead))) {
      return last.kind !== 'name' || last.given ? { person: last, windowStart: from, windowEnd: quoteStart } : undefined;
    }
  }
  const { re, text: window } = c.verbs.on(text.slice(from, quoteStart));
  re.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) verb = m;
  if (!verb) return undefined;
  const verbStart = from + verb.index;
  // A participle attributes only after a comma ("thanked everyone, saying: “…”"), not "a sign saying “…”".
  if (PARTICIPLE.test(verb[0]) && !/,[ \u00A0]*$/.test(text.slice(Math.max(from, verbStart - 3), verbStart))) return undefined;
  const verbEnd = verbStart + verb[0].length;
  // "Sian Morgan, a resident, said: “…”": the verb next to the quote. "Dywedodd Sian Morgan o
  // Borth Tywyn wrthym: “…”": the speaker after the verb, and a short description to the quote.
  // A longer gap only as a relative clause about the speaker ("Said Richard, who joined the walk …: “…”").
  const near = (at: number) => quoteStart - at <= 25 || (quoteStart - at <= 50 && !/[.!?;“”"]/u.test(text.slice(at, quoteStart))) || (quoteStart - at <= 130 && RELATIVE_APPOSITION.test(text.slice(at, quoteStart)));
  // Reported speech quoting the speaker's own words, one clause on: "Carl Jones, who claimed the
  // assessment was “packed full of evidence”", "Mair said the park was “the best in the county”"
  // (three words or more: a quoted name or term, "the “Big Cheese” festival", is not their words).
  const reported = (at: number) => quoteStart - at <= 130 && !/[.!?;:“”"\n]/u.test(text.slice(at, quoteStart)) && quotedWords(text, quoteStart) >= 3;
  // What they said, framed in one clause ending in a colon before the quote: "Dywedodd Dr
  // Phillips ei fod yn poeni am yr amgylchedd:⏎"…"", "Sian said she was worried about it: “…”".
  const framed = (at: number) => quoteStart - at <= 130 && FRAMED.test(text.slice(at, quoteStart));
  const afterVerb = (p: PersonRef) => p.start >= verbEnd && described(c, verbEnd, p.start) && (near(p.end) || framed(p.end)) && !CLAUSE_AFTER.test(text.slice(p.end, quoteStart));
  // The subject right after the verb ("…, dywedodd Enid Davies: “…”") before anyone named earlier in the clause ("gan Lywydd UAC Ian …,").
  const person =
    people.find((p) => afterVerb(p) && /^[ \u00A0]*$/.test(text.slice(verbEnd, p.start))) ??
    people.find((p) => (p.end <= verbStart && (near(verbEnd) || reported(verbEnd) || framed(verbEnd)) && describedAfter(c, p.end, verbStart, p.start) && !roleSubjectAfter(c, verbEnd)) || afterVerb(p)) ??
    unlistedAfter(c, verbEnd, quoteStart, near);
  if (person) return { person, windowStart: from, windowEnd: quoteStart };
  // The verb right before the quote with no one named in between: a known name before it ("Ken
  // said:"), or a pronoun or nothing ("She said:", "Dywedodd:", "Meddai hi:"), pointing back.
  const between = text.slice(verbEnd, quoteStart);
  // "Meddai’r awdur, a fagwyd yng Nghwm Prysor: “…”": the person named before, described (the
  // places of a relative clause after the comma are no speaker).
  const comma = between.indexOf(',');
  const definite = DEFINITE_AFTER_VERB.test(between) && !people.some((p) => p.start < verbEnd + (comma < 0 ? between.length : comma));
  if (definite && PRONOUN_BEFORE_VERB.test(text.slice(from, verbStart)) && describesPublic(c, verbEnd, quoteStart) && !notOnePerson(between)) {
    const earlier = previousSpeaker(c, from, text.slice(from, verbStart));
    return earlier ? { person: earlier, windowStart: earlier.start, windowEnd: quoteStart } : undefined;
  }
  // A name no list knows right after the verb, then the colon, if the story named them in full
  // before ("Jim Dean … Dywedodd Jim: “…”"; not "dywedodd Breedon:", a company).
  if (!people.length && NAME_THEN_COLON.test(between)) {
    const named = capitalisedSpeaker(c.text, c.lex, verbEnd + /^[ \u00A0]+/.exec(between)![0].length, quoteStart);
    if (named && namedByGiven(c, from, named.text.split(/[ \u00A0]+/)[0]!)) return { person: named, windowStart: from, windowEnd: quoteStart };
  }
  if (people.length || !PRONOUN_AFTER_VERB.test(between)) return undefined;
  const named = nameBeforeVerb(c.text, c.lex, from, verbStart) ?? surnameBeforeVerb(c.text, from, verbStart, (surname) => namedInFull(c, from, surname));
  if (named) return { person: named, windowStart: from, windowEnd: quoteStart };
  const lead = text.slice(from, verbStart);
  if (!PRONOUN_BEFORE_VERB.test(lead) && !(PARTICIPLE.test(verb[0]) && PRONOUN_CLAUSE.test(lead)) && !(GAN_DDWEUD.test(verb[0]) && WELSH_SUBJECTLESS.test(lead))) return undefined;
  const earlier = previousSpeaker(c, from, text.slice(from, quoteStart));
  return earlier ? { person: earlier, windowStart: earlier.start, windowEnd: quoteStart } : undefined;
}

/**
 * A Welsh verb's subject after it, an official by their role: "Ar ôl i Karen … gael ei rhyddhau,
 * dywedodd yr ustus ei fod yn “cytuno …”" (the judge speaks, not Karen).
 */
function roleSubjectAfter(c: Context, verbEnd: number): boolean {
  const article = /^[ \u00A0]*(?:['’]r|y|yr)[ \u00A0]+/u.exec(c.text.slice(verbEnd, verbEnd + 8));
  if (!article || !c.officials) return false;
  const at = verbEnd + article[0].length;
  return allMatches(c.officials, c.text, at, Math.min(c.text.length, at + 40)).some(([s]) => s === at);
}

/** How many words the quotation opening at `at` holds (to its closing mark or the line's end). */
function quotedWords(text: string, at: number): number {
  const inside = /^.[^”"’»\n]{0,300}/u.exec(text.slice(at, at + 302))![0].slice(1);
  return inside.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).length;
}

/**
 * A quotation standing as a paragraph of its own, right after a sentence that reports someone
 * speaking, is theirs: "Denise said it does not feel like home.⏎⏎“I used to love it here …”",
 * "Dywedodd Mair fod y parc yn hyfryd.⏎⏎“Rydw i'n dod yma bob dydd.”". (After a colon, the line
 * before introduces it: attributionBefore reads that.)
 */
export function continuedSpeaker(c: Context, lineStart: number, quoteStart: number, quoteEnd: number, lineEnd: number): Attribution | undefined {
  const { text } = c;
  if (/\S/u.test(text.slice(lineStart, quoteStart)) || /[\p{L}\p{N}]/u.test(text.slice(quoteEnd, lineEnd))) return undefined;
  const before = sentenceBefore(text, lineStart, 2);
  if (!before || before.breaks === 0 || !/[.!?”"]/u.test(text[before.last]!)) return undefined;
  const people = namedIn(c, before.start, before.end);
  if (!people.length) return undefined;
  const { re, text: window } = c.verbs.on(text.slice(before.start, before.last + 1));
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const verbStart = before.start + m.index;
    const verbEnd = verbStart + m[0].length;
    // The speaker beside the verb, with nothing but a space between ("said Sian", "Sian said"):
    // not a name opening the quotation after it ("Ysgol Penglais said: “Vihaan’s article …").
    const beside = (from: number, to: number) => to - from <= 3 && /^[ \u00A0,]*$/u.test(text.slice(from, to));
    const person = people.find((p) => (p.end <= verbStart && beside(p.end, verbStart)) || (p.start >= verbEnd && beside(verbEnd, p.start)));
    if (person) return { person, windowStart: before.start, windowEnd: quoteEnd };
  }
  return undefined;
}

/**
 * A name no list knows right after the verb, described as a member of the public before the
 * quote: "Dywedodd Melaney, un o’r cleifion: “…”". Without such words it may be a company's
 * ("Dywedodd Aldi, sy'n noddi'r digwyddiad: “…”").
 */
function unlistedAfter(c: Context, verbEnd: number, quoteStart: number, near: (at: number) => boolean): PersonRef | undefined {
  const space = /^[ \u00A0]+/u.exec(c.text.slice(verbEnd, verbEnd + 4));
  if (!space) return undefined;
  const speaker = capitalisedSpeaker(c.text, c.lex, verbEnd + space[0].length, quoteStart);
  if (!speaker) return undefined;
  const described = c.text.slice(speaker.end, quoteStart);
  if (!near(speaker.end) || !/^,[^.!?;“”"\n]*:?[ \u00A0]*$/u.test(described)) return undefined;
  if (!described.toLowerCase().split(/[^\p{L}\p{M}]+/u).some((w) => c.publicWords.has(w))) return undefined;
  return speaker;
}

/** “The park is lovely now.⏎Thanks to the team,” said Sian: the attribution after a closing mark whose quote began a line above. */
export function orphanClosings(c: Context, bodyStart: number): Attribution[] {
  const out: Attribution[] = [];
  for (let at = c.text.indexOf('”', bodyStart); at >= 0; at = c.text.indexOf('”', at + 1)) {
    const [lineStart, lineEnd] = lineAt(c.text, at);
    if (c.text.slice(lineStart, at).includes('“')) continue;
    const a = attributionAfter(c, at + 1, lineEnd);
    if (a) out.push(a);
  }
  return out;
}

/** A testimonial line ending in a dash and its author: "Great service! – @sian_123", "… - Sian, Burry Port". */
export function lineDashes(c: Context, bodyStart: number): Attribution[] {
  const { text } = c;
  const out: Attribution[] = [];
  LINE_DASH.lastIndex = bodyStart;
  for (let m = LINE_DASH.exec(text); m; m = LINE_DASH.exec(text)) {
    const at = m.index + m[0].length;
    const [lineStart, lineEnd] = lineAt(text, at);
    const tail = text.slice(at, lineEnd);
    // Words that end like something said ("…!", "….", "…”", an emoji), then the author ending
    // the line: a handle, or a name with a place ("Sian, Burry Port").
    const said = text.slice(lineStart, m.index).trim();
    if (said.split(/\s+/).length < 3 || /[\p{L}\p{N},:;]$/u.test(said)) continue;
    const handle = /^@[A-Za-z0-9_.]{2,30}[ \u00A0]*[.!]?[ \u00A0]*$/u.test(tail);
    const place = /^(\p{Lu}[\p{L}'’-]*(?:[ \u00A0]\p{Lu}[\p{L}'’-]*)?),[ \u00A0]*\p{Lu}[\p{L}'’ -]{1,30}[.!]?[ \u00A0]*$/u.exec(tail);
    let person: PersonRef | undefined;
    if (handle) person = findPeople(text, at, lineEnd, c.lex, { account: c.account }).find((p) => p.start === at && p.kind === 'handle');
    else if (place && !place[1].split(/[ \u00A0]/).some((w) => isNotName(w.toLowerCase(), c.lex))) {
      person = { start: at, end: at + place[1].length, kind: 'name', text: place[1] };
    }
    if (person) out.push({ person, windowStart: lineStart, windowEnd: lineEnd });
  }
  return out;
}

/** After "yn ôl" or "according to", a custom or a plan, not a speaker: "yn ôl eu harfer", "yn ôl y drefn", "according to plan". */
const AS_USUAL = /^[ \u00A0]+(?:(?:eu|ei|y|yr|ein|eich|fy|dy|the|their|his|her|our)[ \u00A0]+)?(?:arfer|harfer|drefn|galw|angen|hangen|cynllun|gynllun|amserlen|disgwyl|plan|schedule|custom)(?![\p{L}])/iu;

/** "meddai Sian", "Yn ôl Sian Morgan, …", "According to @sian_123, …": attributed words with no quotation marks. */
export function unquotedAttributions(c: Context, unquoted: FoldedRegex, bodyStart: number): Attribution[] {
  const { text } = c;
  const out: Attribution[] = [];
  const { re, text: scan } = unquoted.on(text);
  re.lastIndex = bodyStart;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const end = m.index + m[0].length;
    // "yn ôl eu harfer" (as usual), "yn ôl y drefn", "according to plan": no one's words.
    if (AS_USUAL.test(text.slice(end, end + 30))) continue;
    const [, lineEnd] = lineAt(text, end);
    const to = Math.min(lineEnd, end + 120);
    const people = findPeople(text, end, to, c.lex, { account: c.account });
    const person = people.find((p) => described(c, end, p.start));
    if (!person) continue;
    // "Yn ôl Sian Morgan, …" and "According to Sian, …": the name ends its clause.
    if (!/^medd/iu.test(m[0]) && !/^[ \u00A0]*,/u.test(text.slice(person.end, person.end + 3))) continue;
    out.push({ person, windowStart: m.index, windowEnd: to });
  }
  return out;
}
