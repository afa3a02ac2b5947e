/** What dp/unconsented-quote's attribution finders share: the post's text and its word lists, and what they find. */
import type { Lexicon, PersonRef } from '../../../pii/context/people.js';
import type { FoldedRegex } from '../../../pii/context/phrases.js';

export interface Attribution { person: PersonRef; windowStart: number; windowEnd: number }
export interface Context {
  text: string; verbs: FoldedRegex; lex: Lexicon; account?: string; publicWords: Set<string>;
  /** Officials' roles and organisations' words: a description holding one is no member of the public. */
  officials?: FoldedRegex; organisations?: Set<string>;
}
