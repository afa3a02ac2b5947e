/**
 * Who a special-category term is said of, by the words around it: someone else brought in as
 * a later clause's subject, and the words that say a stay is a stay, not work.
 */

/**
 * Someone else, unnamed, as the subject of a later clause: "Rhys Hughes was first on the scene,
 * when two men were killed and another was injured", "…, pan gafodd dau ddyn eu lladd ac un
 * arall ei anafu", "… said the two were traversing Crib Goch when one of them suffered the injury". A clause word must come first: "John Smith, 45, and another man were injured"
 * is about John Smith too.
 */
const OTHER_SUBJECT = /(?<![\p{L}])(?:another|un[ \u00A0]+arall|one[ \u00A0]+of[ \u00A0]+them|un[ \u00A0]+ohon(?:ynt|yn[ \u00A0]+nhw|yn)|(?:two|three|four|five|six|several|\d+)[ \u00A0]+(?:men|women|people|others)|(?:dau|tri)[ \u00A0]+(?:ddyn|dyn|pherson|berson)|dwy[ \u00A0]+(?:ddynes|fenyw))(?![\p{L}])/iu;
const CLAUSE_WORD = /(?<![\p{L}])(?:when|while|after|but|pan|tra|ond)(?![\p{L}])/iu;
/** Someone else after a clause word in `between` (two searches, each linear). */
export const otherSubject = (between: string): boolean => {
  const m = OTHER_SUBJECT.exec(between);
  return m !== null && CLAUSE_WORD.test(between.slice(0, m.index));
};

/**
 * Words that may not stand between a staff word and a stay ("a nurse, was taken to …", "sy'n
 * gwirfoddoli … ei gludo i'r ysbyty"): a stay's own verbs and auxiliaries, for a regular expression.
 */
export const NOT_AT_WORK = String.raw`(?:taken|admitted|rushed|airlifted|transferred|discharged|was|is|has|been|had|having|getting|suffering|diagnosed|cludo|gludo|chludo|derbyn|dderbyn|cafodd|gafodd|cael|gael|chael|dioddef|ddioddef|mae|roedd|oedd|wedi|yn|ei|eu)`;

/**
 * A term said of a group, no one in particular: a plural person noun after it ("hundreds of
 * disabled people", "elderly, disabled and vulnerable people") or before it in Welsh ("pobl anabl",
 * "pobl hŷn, anabl a bregus"), or a plural
 * group with "with", "in need of", "gyda" before it ("patients with life limiting illnesses",
 * "those in need of end of life care", "pobl sy'n byw gyda dementia"); not a person's own group
 * ("her two disabled children", "Sian's children with autism", "ei phlant anabl").
 */
export function aboutGroup(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (GROUP_NOUN_AFTER.test(text.slice(end, end + 24)) && !OWNED_BEFORE.test(before)) return true;
  // How common it is among a group: "Heart disease is common among older people", "yn gyffredin ymhlith pobl hŷn".
  if (COMMON_AMONG.test(text.slice(end, end + 50)) && !OWNED_BEFORE.test(before)) return true;
  const group = GROUP_BEFORE.exec(before) ?? WELSH_GROUP_BEFORE.exec(before);
  return group !== null && !OWNED_BEFORE.test(before.slice(0, group.index + 1));
}
const COMMON_AMONG = /^[ \u00A0]+(?:is|are|yn|sy['’]n|sydd[ \u00A0]+yn)[ \u00A0]+(?:(?:very|more|most|quite|fairly|increasingly|fwy|mwy|eithaf|gynyddol)[ \u00A0]+)?(?:common|prevalent|rare|widespread|gyffredin|brin|gyffredinol)[ \u00A0]+(?:among|amongst|in|ymhlith|ymysg|mewn|yn)(?![\p{L}])/iu;
const GROUP_NOUN_AFTER = /^(?:(?:[ \u00A0]*,[ \u00A0]*[\p{Ll}-]+)*[ \u00A0]*,?[ \u00A0]+(?:and|or|a|ac|neu)[ \u00A0]+[\p{Ll}-]+)?[ \u00A0]+(?:people|children|adults|patients|pupils|residents|families|veterans|users|carers|individuals|communities|elders|leaders|worshippers|women|men|groups|young[ \u00A0]+people)(?![\p{L}])/iu;
const GROUP_BEFORE = /(?:^|[^\p{L}])(?:people|those|patients|children|adults|families|residents|pupils|individuals|pobl|bobl|y[ \u00A0]+rhai|cleifion|gleifion|plant|blant|oedolion|teuluoedd)(?:[ \u00A0]+(?:who[ \u00A0]+(?:are|have|live)|living|affected|diagnosed|sy['’]n[ \u00A0]+byw|sy['’]n|sydd|sy))?[ \u00A0]+(?:with|in[ \u00A0]+need[ \u00A0]+of|by|gyda|gydag|efo|â|ag)(?:[ \u00A0]+[\p{L}'’-]+){0,3}[ \u00A0]+$/iu;
const WELSH_GROUP_BEFORE = /(?:^|[^\p{L}])(?:pobl|bobl|phobl|plant|blant|phlant|oedolion|cleifion|gleifion|disgyblion|teuluoedd|arweinwyr|henuriaid|menywod|dynion|grwpiau|cymunedau|chymunedau)(?:[ \u00A0]+\p{Ll}+,)?(?:[ \u00A0]+\p{Ll}+[ \u00A0]+(?:a|ac|neu))?[ \u00A0]+$/iu;
/** A possessive, perhaps with a number, right before: "her two", "Sian's", "ei", "eu tri". */
const OWNED_BEFORE = /(?:(?:^|[^\p{L}])(?:his|her|their|my|our|your|ei|eu|fy|ein|eich)|\p{L}['’]s)(?:[ \u00A0]+(?:two|three|four|\d+|dau|dwy|tri|tair))?[ \u00A0]+\S*$/iu;

/**
 * Right after the term, the unnamed people it belongs to: "the ill health of the people running
 * it", "of the previous owners", "salwch y perchnogion" (not "of his wife": a named person's kin
 * is theirs to keep private too).
 */
export const ownedByOthers = (after: string): boolean => OWNED_BY_OTHERS.test(after);
const OWNED_BY_OTHERS = /^[ \u00A0]+(?:(?:of|o)[ \u00A0]+(?:the|a|an|y|yr|['’]r)|y|yr)[ \u00A0]+(?:(?:previous|former|elderly|two|three|local|cyn)[ \u00A0-]+)?(?:people|person|owners?|staff|family|families|residents?|drivers?|man|woman|couple|pair|children|child|patients?|shopkeepers?|landlords?|tenants?|bobl|perchennog|berchennog|perchnogion|berchnogion|teulu|deulu|gyrrwr|yrrwr|dyn|ddyn|ddynes|fenyw|plentyn|blentyn|plant|blant)(?![\p{L}])/iu;

/**
 * A term said of everyone as a risk, in the first person plural or of people in general: "as we
 * age, we all become more prone to illness", "rydym yn dod yn fwy agored i salwch", "mae pawb yn
 * fwy tebygol o gael salwch": the speaker describes a risk everyone shares, not their own health.
 */
export function sharedRisk(text: string, clauseStart: number, start: number): boolean {
  const before = text.slice(Math.max(clauseStart, start - 120), start);
  return RISK_BEFORE.test(before) && WE_OR_ALL.test(before);
}
const RISK_BEFORE = /(?:(?:prone|vulnerable|susceptible|likely)[ \u00A0]+to|at[ \u00A0]+(?:(?:greater|higher|more)[ \u00A0]+)?risk[ \u00A0]+of|(?:agored|tueddol)[ \u00A0]+i|tebygol[ \u00A0]+o[ \u00A0]+(?:gael|ddioddef)|mewn[ \u00A0]+(?:mwy[ \u00A0]+o[ \u00A0]+)?perygl[ \u00A0]+o(?:[ \u00A0]+gael)?)(?:[ \u00A0]+(?:a|an|the|y|yr|\p{Ll}+(?:ing|ol)))?[ \u00A0]+$/iu;
/** The first person plural or people in general (special-category.ts's GENERIC_SUBJECT is anyone at all: "anyone who", "one in four"). */
const WE_OR_ALL = /(?<![\p{L}])(?:we|we['’]re|us|everyone|everybody|people|rydym|rydyn|ydyn[ \u00A0]+ni|ni|pawb|pobl|bobl)(?![\p{L}])/iu;

/**
 * A term that is nobody's here: a condition as what strikes in general ("when a stroke strikes",
 * "Pan mae strôc yn taro"), or a late relative's in a clause of their own ("his late wife, who
 * herself suffered a stroke", "ei ddiweddar wraig, a gafodd strôc"): the dead are not data subjects;
 * or a counted group's, the clause's subject ("Three other people were also seriously injured").
 */
export function nobodysNow(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  return (WHEN_BEFORE.test(before) && STRIKES_AFTER.test(text.slice(end, end + 20))) || LATE_KIN_CLAUSE.test(before) || COUNTED_SUBJECT.test(before);
}
/** A counted group as the clause's subject: "Three other people were also seriously …", "Cafodd tri pherson arall eu …" (real-text-blind304). */
const COUNTED_SUBJECT = /(?:^|[.!?:;,][ \u00A0]*|\n)(?:(?:two|three|four|five|six|several|\d+|a[ \u00A0]+number[ \u00A0]+of)(?:[ \u00A0]+(?:other|more))?[ \u00A0]+(?:people|men|women|others|passengers|pupils|children|residents|drivers|patients|walkers|workers)[ \u00A0]+(?:were|are|have[ \u00A0]+been|had[ \u00A0]+been)|(?:cafodd|mae|roedd)[ \u00A0]+(?:dau|dwy|tri|tair|pedwar|pedair|\d+)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+){1,2}(?:eu|wedi['’]u))(?:[ \u00A0]+(?:also|all|later|both|hefyd))?(?:[ \u00A0]+\p{Ll}+ly)?[ \u00A0]+$/iu;
const WHEN_BEFORE = /(?:^|[^\p{L}])(?:when|whenever|pan[ \u00A0]+(?:mae|fydd|fo|ddaw))[ \u00A0]+(?:(?:a|an)[ \u00A0]+)?$/iu;
const STRIKES_AFTER = /^[ \u00A0]+(?:strikes|hits|happens|occurs|(?:yn[ \u00A0]+)?(?:taro|digwydd))(?![\p{L}])/iu;
const LATE_KIN_CLAUSE = /(?:^|[^\p{L}])(?:late|diweddar|ddiweddar)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?(?:wife|husband|partner|mother|father|mum|dad|son|daughter|brother|sister|friend|gwraig|wraig|gŵr|ŵr|mam|fam|tad|dad|mab|fab|merch|ferch|brawd|frawd|chwaer|ffrind)[ \u00A0]*,[ \u00A0]*(?:who|a|sydd|oedd)(?:[ \u00A0]+(?:herself|himself|had|has|was|also|suffered|hefyd|fu|oedd|wedi|yn|cafodd|gafodd|dioddefodd|ddioddefodd))*[ \u00A0]+$/iu;
