/**
 * Whether a quoted person speaks for a body, by the words around their name: "from the council",
 * "un o drefnwyr Clwb Cawl", "Prif Lyfrgellydd Cyngor Sir Ddinbych", "sy'n rheoli … y Gwasanaeth",
 * "o Living Streets Cymru"; and a body's name right before a name ("ar ran tîm …"). Which words
 * make a body is the pack's `organisation-words`; members of the public by `public-words`.
 */
import { FORMER_BEFORE } from '../../../pii/context/lexicon.js';

/** "Gwion o Fenter Iaith Sir Ddinbych", "Jo from the Example Tenants Association": a capitalised name after "from" or "o" holding an organisation word. */
export function fromOrganisation(text: string, end: number, words: Set<string>, publicWords: Set<string>): boolean {
  if (!words.size) return false;
  // A part in an organisation, in apposition: "Carol Example, one of the organisers of the club",
  // "Carol Example, un o drefnwyr Clwb Cawl", "trefnydd y clwb"; or a job at a body named in
  // capitals: ", ystadegydd gyda'r Swyddfa Ystadegau Gwladol", ", a statistician with the Office
  // for National Statistics"; not a member of the public described by it ("a volunteer with the
  // food bank", "a mum of two from the club").
  const partOfBody = (m: RegExpExecArray | null) =>
    m !== null && !m[1]!.split(/[ \u00A0]+/u).some((w) => publicWords.has(w.toLowerCase())) && m[2]!.split(/[ \u00A0]+/u).some((w) => isOrganisationWord(w.toLowerCase(), words));
  if (partOfBody(PART_OF.exec(text.slice(end, end + 100))) || partOfBody(JOB_WITH_BODY.exec(text.slice(end, end + 120))) || NATION_ROLE.test(text.slice(end, end + 100))) return true;
  // A body they run ("Helen …, sy'n rheoli gwirfoddolwyr Tŷ Olwen a'r Gwasanaeth …"), or an
  // apposition naming their body up to the quote ("Judith …, gweithiwr Llesiant prosiect Dyffryn Gwyrdd:").
  const runs = RUNS.exec(text.slice(end, end + 130));
  const named = runs ?? ON_TEAM.exec(text.slice(end, end + 130)) ?? APPOSITION.exec(text.slice(end, end + 120));
  const namedWords = named?.[1]!.split(/[ \u00A0]+/u) ?? [];
  if (namedWords.some((w) => isOrganisationWord(w.toLowerCase(), words)) && (runs || !namedWords.some((w) => publicWords.has(w.toLowerCase())))) return true;
  // A Title Case job title and organisation after the name: "Deborah Owen, Prif Lyfrgellydd
  // Cyngor Sir Ddinbych", "Sian Evans, Head of Libraries, Example Council"; or a Welsh post headed
  // by an agent noun, set off whole ("Rebecca …, Dyrannwr Gofal Critigol,"; not one a member of
  // the public holds or wins: "Gwirfoddolwr y Flwyddyn", "Enillydd y Ras").
  const titled = TITLED_ROLE.exec(text.slice(end, end + 100));
  if (titled && (namesBody(titled[1], words) ||
    (welshPost(titled[1], publicWords) && /^[ \u00A0]*(?:[,.:]|(?:wrth|to)[ \u00A0])/u.test(text.slice(end + titled[0].length, end + titled[0].length + 7))))) return true;
  const after = text.slice(end, end + 80);
  const m = /^[ \u00A0]*,?[ \u00A0]*(?:from|of|at|with|on[ \u00A0]+behalf[ \u00A0]+of|o|gyda|efo|ar[ \u00A0]+ran)(?:['’]r)?[ \u00A0]+(?:the[ \u00A0]+|y[ \u00A0]+|yr[ \u00A0]+)?(\p{Ll}+(?:[ \u00A0]+\p{Ll}+){0,2}[ \u00A0]+)?((?:\p{Lu}[\p{L}'’&-]*[ \u00A0]*(?:(?:and|&|ac|a)[ \u00A0]+(?=\p{Lu}))?){1,6})/u.exec(after);
  // A body's initials are a body's too: "Chris Example o'r RNLI", "Jo from the RSPCA"; its name
  // may join words ("from North Wales Fire and Rescue Service", real-text-blind163).
  // Up to three lower-case words before the name may say what it is: "o wasanaeth tywydd BBC"
  // ("o gwmni lleol …", a company of the place, says less: real-text-blind40).
  if (m !== null && (((m[1] ?? '').trim().split(/[ \u00A0]+/).some((w) => isOrganisationWord(w, words)) && !LOCAL.test(m[1] ?? '')) || m[2]!.split(/[ \u00A0]+/).some((w) => isOrganisationWord(w.toLowerCase(), words) || INITIALS.test(w)) || NATIONAL_BODY.test(m[2]!) || NATION_FIRST.test(m[2]!))) return true;
  // A name the next words say is a body's: "o Cyd Ynni – y prosiect ynni cymunedol", "from Cyd Ynni, the community energy project".
  const said = m && BODY_SAID.exec(after.slice(m[0].length));
  if (said && isOrganisationWord((said[1] ?? said[2])!, words)) return true;
  // A body named by its common noun, definite: "from the council", "o'r cyngor", "o dîm y cyngor",
  // "o fwrdd gweithredol y cyngor sir" (an adjective after the noun, real-text-blind184)
  // ("o gwmni lleol …", a company of the place, says less).
  const noun = OF_THE_BODY.exec(after);
  return noun !== null && isOrganisationWord((noun[1] ?? noun[2])!, words);
}

/** A capitalised job title naming its body after the name: ", Trysorydd Menter Ty’n Llan" (not ", o Glwb …", ", of the shop"). */
export function titledAfter(text: string, end: number, words: Set<string>): boolean {
  const titled = TITLED_ROLE.exec(text.slice(end, end + 100));
  return titled !== null && /^\p{Lu}/u.test(titled[1]!) && namesBody(titled[1]!, words);
}
/** Whether a title's words hold an organisation word ("Trysorydd Menter …", "Head of Libraries, Example Council"). */
const namesBody = (title: string, words: Set<string>): boolean => title.split(/[ \u00A0,]+/u).some((w) => words.has(w.toLowerCase()));

/** After a name, a role in an organisation: ", one of the organisers of the club", ", un o drefnwyr Clwb Cawl" (the role words, then the body). */
const PART_OF = /^[ \u00A0]*,[ \u00A0]*((?:(?:one[ \u00A0]+of|un[ \u00A0]+o)(?:[ \u00A0]+the|['’]r)?[ \u00A0]+)?(?:\p{Ll}[\p{Ll}'’-]*[ \u00A0]+){1,3}?)(?:(?:of|for|at|o|i)[ \u00A0]+)?(?:(?:the|y|yr)[ \u00A0]+|['’]r[ \u00A0]+)?(\p{Ll}+(?![\p{L}])|(?:\p{Lu}[\p{L}'’&-]*[ \u00A0]*){1,6})/u;

/** After a name, a job and the body it is at: ", statistician with the Office for …" (the job's words, then the body's). */
const JOB_WITH_BODY = /^[ \u00A0]*,[ \u00A0]*(?:(?:a|an)[ \u00A0]+)?((?:\p{Ll}[\p{Ll}'’-]*[ \u00A0]+){1,3}?)(?:with|gyda|efo|at|for|in|yn|ym)(?:['’]r)?[ \u00A0]+(?:(?:the|y|yr)[ \u00A0]+)?((?:\p{Lu}[\p{L}'’&-]*[ \u00A0]*(?:(?:for|of|and|a|ac|&)[ \u00A0]+(?=\p{Lu}))?){1,6})/u;

/** After a name, managing a body or answering for its work: ", who manages …", ", sy'n rheoli …", ", sy'n gyfrifol am …" (not "who runs a florist's": an owner may speak for herself). */
const RUNS = /^[ \u00A0]*,[ \u00A0]*(?:who[ \u00A0]+(?:manages|leads|coordinates|heads|chairs|organises|is[ \u00A0]+responsible[ \u00A0]+for)|sy['’]n[ \u00A0]+(?:rheoli|arwain|cydlynu|cadeirio|trefnu|gyfrifol[ \u00A0]+am))[ \u00A0]+([^,.;:!?“”"\n]{3,100})/iu;
/** After a name, on a body's team or working for it: ", sy'n rhan o dîm Clwb …", ", who works for …" (not as a volunteer: "sy’n gweithio gyda Mike fel gwirfoddolwr"). */
const ON_TEAM = /^[ \u00A0]*,[ \u00A0]*(?:who[ \u00A0]+(?:is[ \u00A0]+part[ \u00A0]+of|works[ \u00A0]+(?:for|at))|sy['’]n[ \u00A0]+(?:rhan[ \u00A0]+o|gweithio[ \u00A0]+(?:i|yn|gyda|efo)))[ \u00A0]+([^,.;:!?“”"\n]{3,100})/iu;
/** After a name, a noun phrase up to the quote's colon or speech verb: ", gweithiwr … prosiect Dyffryn Gwyrdd:". */
const APPOSITION = /^[ \u00A0]*,[ \u00A0]*(?!(?:who|whose|which|a|an|the|y|yr|sy['’]n|sydd|oedd)(?![\p{L}]))(\p{L}[^,.;!?:“”"\n]{2,100}?)[ \u00A0]*(?::|,[ \u00A0]*(?:said|meddai|dywedodd)(?![\p{L}]))/iu;

/** A body's name ending in its country ("Living Streets Cymru", "Renewable UK Cymru", "Dyfrffyrdd Prydain"); not a region ("North Wales", "Gogledd Cymru") nor "Great Britain". */
/** A body named for the country first: "Welsh Water", "British Cycling", "National Trust" (not "Welsh Street"). */
const NATION_FIRST = /^(?:Welsh|British|National)[ \u00A0]+(?!(?:Street|Road|Lane|Avenue|Close|Drive|Way|Place|Terrace|Crescent|Hill|Row|Square|Walk|Court|Gardens|Park)(?![\p{L}]))\p{Lu}/u;

const NATIONAL_BODY = /^(?!(?:North|South|East|West|Mid|Gogledd|Ogledd|De|Dde|Dwyrain|Ddwyrain|Gorllewin|Orllewin|Canolbarth|Ganolbarth)[ \u00A0])\p{Lu}[\p{L}'’&-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’&-]*)*[ \u00A0]+(?:Cymru|Wales|UK|(?<!Great[ \u00A0]+)Britain|(?<!Fawr[ \u00A0]+)[BP]rydain)[ \u00A0]*$/u;

/** A national team's coach or manager, a post at its governing body: ", the Wales Under 16's national coach", ", the GB head coach", ", hyfforddwr cenedlaethol Cymru". */
const NATION_ROLE = /^[ \u00A0]*,[ \u00A0]*(?:(?:the[ \u00A0]+)?(?:Wales|Welsh|GB|Great[ \u00A0]+Britain|British|England|Scotland|Ireland)(?:[ \u00A0]+(?:[\p{Lu}\d][\p{L}\d'’]*|national|women['’]s|men['’]s|junior|senior|youth|head|team|assistant)){0,4}[ \u00A0]+(?:coach|manager|selector|performance[ \u00A0]+director)|(?:prif[ \u00A0]+)?(?:h?yfforddwr|h?yfforddwraig|rheolwr|reolwr|rheolwraig|reolwraig)(?:[ \u00A0]+\p{Ll}+){0,3}[ \u00A0]+(?:Cymru|[BP]rydain|Lloegr|yr[ \u00A0]+Alban|Iwerddon))(?![\p{L}])/u;

/**
 * After a capitalised name, an apposition naming what it is by its head noun: Welsh puts it first
 * (" – y prosiect ynni cymunedol"), English last (", the community energy project,"; not ", the
 * team captain's father").
 */
const BODY_SAID = /^[ \u00A0]*[–—,-][ \u00A0]*(?:(?:y|yr)[ \u00A0]+(\p{Ll}+)|(?:the|a|an)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+){0,2}(\p{Ll}+)(?=[ \u00A0]*(?:[,.;:!?)–—]|$)))/u;

/** "Local": a body of the place, whoever's it is. */
const LOCAL = /(?<![\p{L}])(?:lleol|leol|local)(?![\p{L}])/iu;

/** A body's initials, three to eight capitals, Welsh digraphs among them ("RNLI", "RSPCA", "CGGSDd"; not a country's two, "UK"). */
const INITIALS = /^(?=.{3,8}$)(?:\p{Lu}|Ch|Dd|Ff|Ng|Ll|Ph|Rh|Th)+$/u;

const OF_THE_BODY = /^[ \u00A0]*,?[ \u00A0]*(?:(?:(?:from|of|at|with)[ \u00A0]+the|o['’]r|o[ \u00A0]+yr?|(?:gyda|efo)['’]r)[ \u00A0]+(\p{Ll}+)(?![\p{L}])|(?:from|of|at|with|o|gyda|efo)[ \u00A0]+(\p{Ll}+)(?:[ \u00A0]+\p{Ll}+)?[ \u00A0]+(?:y|yr|of[ \u00A0]+the)[ \u00A0])/u;

/** An organisation word, also with an acute or grave accent where a circumflex belongs ("o dím y cyngor"). */
function isOrganisationWord(word: string, words: Set<string>): boolean {
  return words.has(word) || (/[áéíóúẃýàèìòùẁỳ]/u.test(word) && words.has(word.normalize('NFD').replace(/[\u0300\u0301]/gu, '\u0302').normalize('NFC')));
}

// (Longer words first: an alternative that matches stops the run, "y" would end "yr".)
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’&-]*|&|of|for|at|and|the|yr|y|ac|a|dros|o['’]r|o)`;
const TITLED_ROLE = new RegExp(String.raw`^[ \u00A0]*,[ \u00A0]*(${TITLE_WORD}(?:,?[ \u00A0]+${TITLE_WORD}){1,9})`, 'u');

/** A Welsh post headed by an agent noun, two words or more: "Dyrannwr Gofal Critigol", "Cydlynydd Prosiect", "Prif Weithredydd Care & Repair". */
function welshPost(title: string, publicWords: Set<string>): boolean {
  // A rank before the agent noun is still its post: "Prif Weithredydd", "Dirprwy Reolwr".
  const words = title.split(/[ \u00A0,]+/u).filter((w, i) => i > 0 || !RANKS.has(w.toLowerCase()));
  const head = words[0]!;
  return words.length > 1 && AGENT_NOUN.test(head) && !publicWords.has(head.toLowerCase()) && !NOT_POSTS.has(head.toLowerCase());
}
const RANKS = new Set(['prif', 'brif', 'dirprwy', 'ddirprwy', 'uwch', 'cyd']);
const AGENT_NOUN = /^\p{Lu}\p{Ll}+(?:wr|ydd|wraig|yddes)$/u;
/** Agent nouns for what members of the public do or win, beside the pack's public words. */
const NOT_POSTS = new Set(['enillydd', 'cystadleuydd', 'rhedwr', 'nofiwr', 'beiciwr', 'dysgwr', 'siaradwr', 'cefnogwr', 'rhoddwr', 'cyfrannwr', 'perfformiwr', 'canwr', 'dawnsiwr']);

/** A body's word or name right before "official" and a name: "UCU Wales official …", "union official …". */
const BODY_OFFICIAL = /(?:^|[^\p{L}])(\p{L}[\p{L}'’&-]*)[ \u00A0]+(?:official|officer|spokesman|spokeswoman|spokesperson)[ \u00A0]+$/u;

/** "ar ran tîm Pêl-rwyd …", "on behalf of the club", "tîm …": an organisation's name, not a person's. */
export function organisationBefore(text: string, start: number, words: Set<string>): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/(?:ar[ \u00A0]+ran|on[ \u00A0]+behalf[ \u00A0]+of)[ \u00A0]+(?:the[ \u00A0]+|y[ \u00A0]+|yr[ \u00A0]+)?(?:[\p{L}'’-]+[ \u00A0]+)?$/iu.test(before)) return true;
  // A body's word right before, perhaps possessive ("Maelor Boxing Club’s Butch …").
  const previous = /([\p{L}'’-]+)[ \u00A0]+$/u.exec(before)?.[1]?.toLowerCase().replace(/['’]s$/u, '');
  if (previous !== undefined && words.has(previous)) return true;
  // A body's official, the body's name or word before the post ("UCU Wales official Margaret …", "union official …").
  // Not a post held once ("retired police officer", "former council officer", "ex-union official").
  const official = BODY_OFFICIAL.exec(before);
  if (!official) return false;
  const body = official[1]!;
  return (/^\p{Lu}/u.test(body) || words.has(body.toLowerCase())) && !FORMER_BEFORE.test(before.slice(0, official.index + official[0].indexOf(body)));
}
