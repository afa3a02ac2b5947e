import { fieldTexts } from './lib/accounts.js';
import type { AccountDocument, BuiltinDetector, Match } from '../../model/index.js';

interface Params {
  /** Wordings that say the views are the author's own, in English and Welsh. */
  phrases: string[];
}

/** Lower case, one kind of apostrophe, words separated by single spaces, padded for whole-word search. */
const normalise = (s: string) =>
  ` ${s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;

/**
 * `account/personal-disclaimer`: a member of staff's personal account (type: personal) whose
 * profile names the council as employer (mentions-employer: true) must say that the views
 * are the author's own ("Views my own", "Barn bersonol"), in its disclaimer: or its bio (in
 * either language): the platforms have no disclaimer field, so it is usually in the bio.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'account',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['phrases'],
    properties: { phrases: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
  },
  detect(doc, params): Match[] {
    const account = doc as AccountDocument;
    const data = account.data;
    if (data['mentions-employer'] !== true) return [];
    const phrases = params.phrases.map(normalise);
    const texts = [...fieldTexts(data, 'disclaimer'), ...fieldTexts(data, 'bio')];
    if (texts.some(({ text }) => phrases.some((p) => normalise(text).includes(p)))) return [];
    const disclaimer = typeof data.disclaimer === 'string' && data.disclaimer.trim() !== '';
    return [
      disclaimer
        ? {
            start: 0,
            end: 0,
            pointer: '/disclaimer',
            data: {
              value: String(data.disclaimer),
              problem: "its disclaimer does not say the views are the author's own",
              'problem-cy': "nid yw'r ymwadiad yn dweud mai barn yr awdur ei hun yw'r farn",
            },
          }
        : {
            start: 0,
            end: 0,
            pointer: '/mentions-employer',
            data: {
              problem: 'neither its disclaimer nor its bio says "views are my own"',
              'problem-cy': 'nid yw\'r ymwadiad na\'r bywgraffiad yn dweud "fy marn i fy hun"',
            },
          },
    ];
  },
};
