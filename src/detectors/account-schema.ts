import { schema, validator } from '../engine/generated.js';
import { describeSchemaErrors } from '../engine/schema-errors.js';
import type { AccountDocument, BuiltinDetector, Match } from '../engine/types.js';

/**
 * `account/schema`: an account file that breaks the account JSON Schema. Each problem is a
 * finding at the offending key, with the nearest valid key or value named.
 */
export const accountSchema: BuiltinDetector = {
  name: 'account-schema',
  appliesTo: 'account',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  async detect(doc) {
    const account = doc as AccountDocument;
    const validate = await validator('account');
    if (validate(account.data)) return [];
    const out: Match[] = [];
    const pointerOf = new Map<string, string>();
    const locate = (pointer: string, key?: string) => {
      const full = key === undefined ? pointer : `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const pos = account.locate(full);
      pointerOf.set(`${pos.line}:${pos.column}`, full);
      return pos;
    };
    for (const p of describeSchemaErrors(validate.errors ?? [], await schema('account'), locate)) {
      out.push({ start: 0, end: 0, pointer: pointerOf.get(`${p.line}:${p.column}`) ?? p.pointer, message: p.message });
    }
    return out;
  },
};
