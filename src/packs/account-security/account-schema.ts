import { schema, validator } from '../../support/generated.js';
import { describeSchemaErrorsIn } from '../../support/schema-errors.js';
import type { AccountDocument, BuiltinDetector, Match } from '../../model/index.js';

/**
 * `account/schema`: an account file that breaks the account JSON Schema. Each problem is a
 * finding at the offending key, with the nearest valid key or value named.
 */
export const detector: BuiltinDetector = {
  appliesTo: 'account',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  async detect(doc) {
    const account = doc as AccountDocument;
    const validate = await validator('account');
    if (validate(account.data)) return [];
    const out: Match[] = [];
    // Remember which pointer and key each reported position came from, so the finding is
    // placed at the offending key (an unknown key) or value (a bad value).
    const placeOf = new Map<string, { pointer: string; key?: string }>();
    const locate = (pointer: string, key?: string) => {
      const pos = account.locate(pointer, key);
      placeOf.set(`${pos.line}:${pos.column}`, { pointer, key });
      return pos;
    };
    // Worded in both languages whatever the run's: the English message is also part of the
    // finding's fingerprint, so a baseline written in one language holds in the other.
    const errors = validate.errors ?? [];
    const accountSchema = await schema('account');
    const english = describeSchemaErrorsIn('en', errors, accountSchema, locate);
    const welsh = describeSchemaErrorsIn('cy', errors, accountSchema, locate);
    english.forEach((p, i) => {
      const place = placeOf.get(`${p.line}:${p.column}`) ?? { pointer: p.pointer };
      // The schema's own words (keys, values) stay as written; the Welsh line says what they are about.
      out.push({ start: 0, end: 0, ...place, message: p.message, messageCy: `Nid yw ffeil y cyfrif yn dilyn sgema'r cyfrif: ${welsh[i]?.message ?? p.message}` });
    });
    return out;
  },
};
