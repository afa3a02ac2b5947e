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
