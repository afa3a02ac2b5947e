/** Quotation marks as posts and news write them (dp/unconsented-quote). */

/**
 * Curly, straight, single curly (an inner ’ before a letter is an apostrophe), guillemets,
 * low-9, and straight single: opening before a letter where no letter precedes, closing after
 * a letter or a stop where none follows, apostrophes inside ("'Mae'r criw yn wych.'", "'it's
 * great'") skipped. A curly quote opened and not closed on its line, or a straight one opening
 * its line or following a colon, is a quotation that runs on into the next paragraph, as news
 * writes a long one ("Eglurodd John: “Rwy'n byw yn lleol …", "dywedodd Rita: "…o'n i'n …"). A
 * curly mark closed by a straight one, or the other way round, is one quotation, as pasted text
 * mixes them ("“I was a mess all day", she said").
 * One longer than 500 characters (a paragraph quoted whole, its close further on or on a later
 * line) is taken as its first 500 characters, so the attribution before it is still read
 * ("Phil Draper said: “The feedback …"): the bound keeps the search linear.
 */
export const QUOTE = /“[^”\n]{1,500}”|“[^”"\n]{1,500}"(?=[\s,.;:!?]|$)|“[^”\n]{1,500}(?=\n|$)|“[^”\n]{500}|(?<=:[ \u00A0]?)"(?:[^"”\n]{1,500}(?=\n|$)|[^"”\n]{500})|"[^"”\n]{1,500}[”"]|(?<![^\n])"[^"\n]{1,500}(?=\n|$)|‘(?:[^‘’\n]|’(?=\p{L})){1,500}’|«[^»\n]{1,500}»|„[^“”\n]{1,500}[“”]|(?<![\p{L}\p{N}'’])'(?=\p{L})(?:[^'\n]|'(?=\p{L})){1,500}?[\p{L}\p{N}.!?,…)]'(?![\p{L}\p{N}])/gu;
const QUOTE_MARK = /[“”"«»„]/u;
/** Someone's words in a sentence: a quotation of four words or more, or one left open; not a word or two in quotation marks ("yn “drychineb”", "“hyd y fyl”"). */
export const quotation = (sentence: string): boolean =>
  QUOTE_MARK.test(sentence) && (!/^[^“”"«»„]*(?:[“"«„][^“”"«»„]*[”"»][^“”"«»„]*)*$/u.test(sentence) || [...sentence.matchAll(/[“"«„]([^“”"«»„]*)[”"»]/gu)].some((m) => m[1]!.trim().split(/\s+/).length >= 4));
export const OPENS_QUOTE = /^[ \u00A0]*[“"„«]/u;
