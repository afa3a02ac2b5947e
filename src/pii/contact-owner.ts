/**
 * Whose contact detail is this? A phone number or e-mail address is personal data when it
 * belongs to a person; an organisation's switchboard, contact centre, service line or role
 * mailbox is not. This reads the words a post puts around a contact detail, English and Welsh:
 *
 * - a person: a courtesy title and a name ("Mrs Davies", "Dr Evans"); a pronoun or possessive
 *   ("call her on", "his number", "my number is", "we'll call you back on", "ffoniwch hi",
 *   "fy rhif", "ei rif", "eich ffonio"); a given name as the one to call ("call Dai on",
 *   "ffoniwch Siân ar", "Dai's number", "rhif ffôn Siân"); a member of the public ("the
 *   resident", "y tenant");
 * - an organisation: first person plural ("call us", "our contact centre", "ffoniwch ni", "ein
 *   swyddfa") or a word naming an organisation or an office ("the council", "Democratic
 *   Services", "switchboard", "y Maer", "llinell gymorth"), from the rule's word list.
 *
 * A person wins over an organisation ("call Mrs Davies at the council office on"). Evidence is
 * read in the clause before the detail (back to a line break, a sentence end or the previous
 * contact detail, at most WINDOW characters) and, for a title or a possessive, right after it
 * ("01632 960123 (Mrs Davies)", "… is my number"). A labelled detail with nothing
 * else ("Telephone: …", "Ffôn: …", "Contact: Sioned Jones 01632 …", a document's contact line)
 * has no owner either way.
 */
import { escapeRegExp } from '../model/index.js';
import { AMBIGUOUS_NAMES, GIVEN_NAMES, NOT_NAMES, ROLES, TITLES } from './context/lexicon.js';
import { SURNAMES } from './context/names.js';
import { lexicon } from './context/people.js';

export type Owner = 'person' | 'organisation';
export interface OwnerEvidence { owner: Owner; evidence: string }

/** How far back the clause before a detail is read. */
const WINDOW = 80;
/** How far on the clause after a detail is read. */
const AFTER = 40;

const GIVEN = new Set(GIVEN_NAMES);
const AMBIGUOUS = new Set(AMBIGUOUS_NAMES);
const SURNAME = new Set(SURNAMES);
const NOT_NAME = new Set(NOT_NAMES);
const TITLE_SET = new Set(TITLES);

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{M}\p{N}_'’-])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}_])`;
const words = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]")).join('|');

/** Abbreviations whose full stop does not end a sentence ("Tel. 01632 …", "Mrs. Davies"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'st', 'rd', 'tel', 'ffôn', 'ffon', 'no', 'nos', 'rhif', 'ext', 'cllr', 'cyng', 'dept', 'approx', 'e.g', 'i.e']);
const SENTENCE_END = /[.!?;](?=["'”’)\]]*(?:\s|$))/g;

/** A courtesy title and a capitalised word: case-sensitive, so "dr" in prose is not a title. */
const TITLE_NAME = new RegExp(`${START}(?:${words(TITLES)})\\.?\\s+\\p{Lu}`, 'u');

/**
 * Pronouns and possessives of a person, where they own the detail: English ones only in a
 * calling phrase ("call her", "her number", "reach him on"), since "her" is also Welsh (a
 * challenge); Welsh ones likewise ("ffoniwch hi", "fy rhif", "ei rif", "eich ffonio").
 */
const PERSONAL = new RegExp(
  `${START}(?:` +
    [
      '(?:call|ring|phone|text|contact|reach|email|e-mail)\\s+(?:me|him|her|you)',
      `(?:my|his|her|your)\\s+(?:${L}+\\s+)?(?:number|phone|landline|line|tel|telephone|mobile|extension|office)`,
      '(?:me|him|her)\\s+(?:back\\s+)?(?:on|at)',
      "i['’]m\\s+on", 'i\\s+am\\s+on', 'my\\s+number',
      `(?:ffoniwch|ffonio|tecstiwch|cysylltwch\\s+â|cysylltu\\s+â)\\s+(?:fi|hi|e|o|ef|fe|fo)`,
      `(?:eich|dy|ei|fy|i['’]w|['’]ch)\\s+ffonio`,
      'fy\\s+(?:rhif|rif|ffôn|ffon|llinell|linell|swyddfa)', 'eich\\s+rhif', 'dy\\s+rif', 'ei\\s+(?:rif|rhif|ffôn|ffon|linell|llinell)',
      `rhif\\s+(?:ffôn\\s+|ffon\\s+)?(?:hi|e|o|ef|fe|fo|fi)`,
    ].join('|') +
    `)${END}`,
  'iu',
);

/** A member of the public ("the resident", "y tenant", "i'r claf": a role starting with an apostrophe follows a letter). */
const ROLE = new RegExp(
  `(?:${START}(?:${words(ROLES.filter((r) => !/^['’]/.test(r)))})|(?:${words(ROLES.filter((r) => /^['’]/.test(r)))}))${END}`,
  'iu',
);

/** A verb of calling, then (checked in code) the one to call. */
const CALL_VERB = new RegExp(
  `${START}(?:call|ring|phone|text|contact|reach|ask\\s+for|speak\\s+to|ffoniwch|ffonio|tecstiwch|cysylltwch\\s+(?:â|ag)|cysylltu\\s+(?:â|ag)|gofynnwch\\s+am|siaradwch\\s+(?:â|ag))[ \\t\\u00a0]+`,
  'giu',
);
const CAPITALISED = /^(\p{Lu}[\p{L}\p{M}'’-]*)\.?[ \t\u00a0]*/u;
/** "Dai's number", "Siân's phone". */
const NAME_POSSESSIVE = new RegExp(`${START}(\\p{Lu}${L}+)['’]s\\s+(?:${L}+\\s+)?(?:number|phone|landline|line|mobile|tel)${END}`, 'gu');
/** A given name (or its possessive) right before an opening bracket that holds the detail. */
const NAME_BRACKET = new RegExp(`${START}(\\p{Lu}${L}+)(?:(?:['’]s)?[ \\t\\u00a0]*\\(|['’]s[ \\t\\u00a0]*)$`, 'u');
/** "rhif ffôn Siân", "rhif Dai". */
const RHIF_NAME = new RegExp(`${START}[Rr]hif\\s+(?:ffôn\\s+|ffon\\s+)?(\\p{Lu}${L}+)`, 'gu');

/** Capitalised words right before "on", "at" or "ar" that end the clause before a detail. */
const NAME_ON = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}),?[ \t\u00a0]+(?:on|at|ar)[ \t\u00a0]*$/u;

/** A name of two or three capitalised words right before the detail, perhaps with a comma, colon or dash: "Brenda Davies 01443 225549". */
const NAME_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’-]*)?[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*))[ \t\u00a0]*[,:–-]?[ \t\u00a0]*$/u;

/** A document's contact label before a name: "Contact officer:", "Contact:", "Swyddog cyswllt:". */
const OFFICER_LABEL = /(?:officer|swyddog|contact|cyswllt)[\p{L} \t\u00a0]*:?[ \t\u00a0]*$/iu;

/** First person plural: the organisation speaking of itself. */
const WE = new RegExp(`${START}(?:us|our|ours|we|we['’](?:ll|re|ve|d)|ni|ein|atom|inni|â\\s+ni)${END}`, 'iu');

const bare = (w: string) => w.replace(/['’]s$/, '').toLowerCase();

/** The capitalised words after a call verb name a person: a title, or a given name not part of a place or organisation's name. */
function namesPerson(text: string): string | undefined {
  const run: string[] = [];
  let rest = text;
  for (let m = CAPITALISED.exec(rest); m && run.length < 3; m = CAPITALISED.exec(rest)) {
    run.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  if (!run.length) return undefined;
  if (TITLE_SET.has(run[0].replace(/\.$/, '')) && run.length > 1) return run.join(' ');
  const first = bare(run[0]);
  const lex = lexicon();
  if (!lex.given.has(first) || (lex.ambiguous.has(first) && run.length < 2)) return undefined;
  if (run.some((w) => NOT_NAME.has(bare(w)))) return undefined;
  return run.join(' ');
}

/** A given name (the curated list and the ONS names, people.ts) that is no common word. */
function givenName(word: string): boolean {
  const w = bare(word);
  const lex = lexicon();
  return lex.given.has(w) && !lex.ambiguous.has(w);
}

/** Start of the clause holding `at`: a line break, a sentence end or `floor`, at most WINDOW back. */
export function clauseStart(text: string, at: number, floor = 0): number {
  let s = Math.max(floor, at - WINDOW, 0);
  // The last line break within the window only (a search back to the line's start would make
  // a long line with many numbers quadratic).
  const nl = text.slice(s, at).lastIndexOf('\n');
  if (nl >= 0) s += nl + 1;
  const part = text.slice(s, at);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(part); m; m = SENTENCE_END.exec(part)) {
    const word = /([\p{L}.]+)$/u.exec(part.slice(0, m.index))?.[1]?.toLowerCase();
    if (m[0] === '.' && word !== undefined && (ABBREVIATIONS.has(word) || word.length === 1)) continue;
    cut = m.index + 1;
  }
  return s + cut;
}

/** End of the clause after `at`: a line break, a sentence end or `ceiling`, at most AFTER on. */
export function clauseEnd(text: string, at: number, ceiling = text.length): number {
  const e = Math.min(ceiling, at + AFTER, text.length);
  const part = text.slice(at, e);
  const stop = /\n|[.!?;](?=\s|$)/.exec(part);
  return stop ? at + stop.index : e;
}

/**
 * Evidence of a person right after a detail: a title ("01632 960123 (Mr Hughes)") or a
 * possessive said of it ("… is my number", "… yw fy rhif"); not a person named further on,
 * who is another detail's ("call us on 01632 960123, or ring Mrs Powell").
 */
function personAfter(after: string): string | undefined {
  const rest = after.replace(/^[\s(–—:-]*/u, '');
  const title = TITLE_NAME.exec(rest);
  if (title?.index === 0) return title[0];
  const said = /^(?:is|was|yw|ydy|oedd)\s+/iu.exec(rest);
  const pronoun = said ? PERSONAL.exec(rest.slice(said[0].length)) : undefined;
  return pronoun?.index === 0 ? pronoun[0] : undefined;
}

/** Evidence of a person in `before` (the clause before a detail) or `after` (the clause after it). */
function personIn(before: string, after: string): string | undefined {
  const title = TITLE_NAME.exec(before);
  if (title) return title[0];
  const pronoun = PERSONAL.exec(before) ?? ROLE.exec(before) ?? personAfter(after);
  if (pronoun) return typeof pronoun === 'string' ? pronoun : pronoun[0];
  CALL_VERB.lastIndex = 0;
  for (let m = CALL_VERB.exec(before); m; m = CALL_VERB.exec(before)) {
    const name = namesPerson(before.slice(m.index + m[0].length));
    if (name) return `${m[0]}${name}`;
  }
  // "…, who at present is Mike Foster, on 01291 650274", "Siân Jones ar 01632 960123".
  const named = NAME_ON.exec(before);
  if (named) {
    const name = namesPerson(named[1]);
    if (name) return name;
  }
  // "Manylion pellach: Brenda Davies 01443 225549": a given name and a known surname right before it.
  // Not after a document's contact label ("Contact officer: Rhodri Lewis 01632 960215",
  // "Contact: Eirian Roberts …", "Swyddog cyswllt:"): an officer's work line, left as information.
  const listed = NAME_BEFORE.exec(before);
  if (listed && SURNAME.has(bare(listed[2]!)) && !OFFICER_LABEL.test(before.slice(0, listed.index))) {
    const name = namesPerson(listed[1]!);
    if (name) return name;
  }
  // "Michael and Val’s (01970 832937)", "ring Ceri (07700 900123)": a given name right before the bracket.
  const bracketed = NAME_BRACKET.exec(before);
  if (bracketed && givenName(bracketed[1]!)) return bracketed[0].replace(/[\s(]+$/u, '');
  for (const re of [NAME_POSSESSIVE, RHIF_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) if (givenName(m[1])) return m[0];
  }
  return undefined;
}

/**
 * Who the contact detail at [start, end) belongs to, by the words around it, or undefined when
 * they do not say. `floor` and `ceiling` bound the clauses (the previous and next contact
 * details); `organisationWords` names offices and organisations (a whole-word pattern).
 */
export function contactOwner(text: string, start: number, end: number, organisationWords: RegExp | undefined, floor = 0, ceiling = text.length): OwnerEvidence | undefined {
  // A number matched with its opening bracket ("(01970 832937"): the bracket is read as before it.
  const before = text.slice(clauseStart(text, start, floor), start) + (text[start] === '(' ? '(' : '');
  const after = text.slice(end, clauseEnd(text, end, ceiling));
  const person = personIn(before, after);
  if (person) return { owner: 'person', evidence: person.trim() };
  const org = WE.exec(before) ?? organisationWords?.exec(before);
  if (org) return { owner: 'organisation', evidence: org[0] };
  return undefined;
}

/**
 * An e-mail address's local part names a person: a given name and a surname ("sian.morgan",
 * "dai_jones84", "cllr.sian.evans", "SueDavies"), an initial and a surname ("j.smith",
 * "BWatkins", "bwatkins" with a known surname), a given name alone ("sian") or run into a
 * surname ("sianmorgan"). `local` is as written: its capitals may part its words. Role words
 * ("enquiries", "services") are never a surname: "dai.enquiries" is not a person's address.
 */
export function namesPersonLocalPart(local: string, isRole: (token: string) => boolean): boolean {
  // Capitals part the words of a local part written in CamelCase ("SueDavies", "BWatkins").
  const parted = local.replace(/(\p{Ll})(\p{Lu})/gu, '$1.$2').replace(/^(\p{Lu})(?=\p{Lu}\p{Ll})/u, '$1.');
  const tokens = parted.toLowerCase().split(/[._+-]+/).map((t) => t.replace(/\d+$/, '')).filter(Boolean);
  const surname = (t: string | undefined) => t !== undefined && /^\p{L}{2,}$/u.test(t) && !isRole(t) && !GIVEN.has(t);
  for (let i = 0; i < tokens.length - 1; i++) {
    if ((GIVEN.has(tokens[i]) || (i === 0 && /^\p{L}$/u.test(tokens[i]))) && !isRole(tokens[i]) && surname(tokens[i + 1])) return true;
    if (GIVEN.has(tokens[i]) && GIVEN.has(tokens[i + 1]) && !AMBIGUOUS.has(tokens[i])) return true;
  }
  if (tokens.length !== 1) return false;
  const [t] = tokens;
  if (isRole(t)) return false;
  if (GIVEN.has(t)) return !AMBIGUOUS.has(t);
  // A given name run into a surname: "sianmorgan" (a name of four letters or more, so "annex" is
  // not "ann" + "ex"; a shorter one before a known surname: "suedavies").
  for (let n = 3; n <= t.length - 3; n++) {
    const g = t.slice(0, n);
    const rest = t.slice(n);
    if (GIVEN.has(g) && !AMBIGUOUS.has(g) && /^\p{L}+$/u.test(rest) && !isRole(rest) && (n >= 4 || SURNAME.has(rest))) return true;
  }
  // An initial run into a known surname of five letters or more: "bwatkins" (not "chill").
  return t.length >= 6 && SURNAME.has(t.slice(1)) && !isRole(t.slice(1));
}
