/**
 * @handles in posts: which are people's and which are organisations'. The person-reference
 * finder (people.ts) uses these; the word lists come from its lexicon.
 */

/**
 * An @handle: X allows 15 characters, Instagram, Threads and TikTok 30 with full stops inside
 * ("@sian.morgan84"); one that ends like a domain ("@example.org") is not a handle.
 */
export const HANDLE = /(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,29})(?![A-Za-z0-9_])/gu;
export const DOMAIN_END = /\.(?:com|org|net|uk|cymru|wales|gov|ac|co|io|info)$/i;

/** The lexicon's words that judge a handle (people.ts's Lexicon has them all). */
export interface HandleWords {
  orgHandleWords: string[];
  placeHandleWords: Set<string>;
  given: Set<string>;
  ambiguous: Set<string>;
}

const ACRONYMS = new Set(['nhs', 'gig', 'gov', 'bbc', 'itv', 's4c']);

/**
 * Whether a handle (without @) is an organisation's: it holds an organisation word of five
 * letters or more anywhere ("@CarmsCouncil", "@dppolice"), or a shorter one as a part of its
 * own, between underscores or capitals ("@Sir_Gar_News", "@BBCWales") or at its end
 * ("@carmsnews"), an acronym at its start ("@bbcnews"), so that "@juni_99" stays a person.
 */
export function isOrganisationHandle(handle: string, lex: HandleWords, account?: string): boolean {
  const h = handle.toLowerCase();
  if (account && account.replace(/^@/, '').toLowerCase() === h) return true;
  let parts: string[] | undefined;
  const split = () => (parts ??= handle.split(/[_.]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})/u).map((p) => p.toLowerCase()));
  let place = false;
  for (const w of lex.orgHandleWords) {
    let hit: boolean;
    if (w.length >= 5) hit = h.includes(w);
    else if (!h.includes(w)) continue;
    else hit = (w.length >= 4 ? h.endsWith(w) : ACRONYMS.has(w) && h.startsWith(w) && h.length >= w.length + 3) || split().includes(w);
    if (!hit) continue;
    if (!lex.placeHandleWords.has(w)) return true;
    place = true;
  }
  // Only a place word: a person's handle when it has digits or a given name ("@lowri_pembs84").
  return place && !/\d/.test(h) && !split().some((p) => lex.given.has(p) && !lex.ambiguous.has(p));
}
