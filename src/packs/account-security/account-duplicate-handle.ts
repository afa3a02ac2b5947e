import { handleKey, otherAccounts, platformKey, sameAccount, shownHandle } from './lib/accounts.js';
import type { AccountDocument, BuiltinDetector, Match } from '../../model/index.js';

/**
 * `account/duplicate-handle`: one account recorded where two are meant, the mark of an
 * account file copied and not fully edited: two account files of one run with the same
 * platform (X and Twitter alike) and handle ('@', letter case and a profile address aside),
 * each reported at its handle naming the others; or a file whose `counterpart:` is its own
 * handle (which a file checked alone shows too).
 */
export const detector: BuiltinDetector = {
  appliesTo: 'account',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc, _params, ctx) {
    const account = doc as AccountDocument;
    const { handle, counterpart, platform } = account.data;
    if (!handleKey(handle)) return [];
    const out: Match[] = [];
    if (typeof counterpart === 'string' && handleKey(counterpart) === handleKey(handle)) {
      out.push({
        start: 0,
        end: 0,
        pointer: '/counterpart',
        data: {
          value: counterpart,
          problem: `its counterpart is the account itself (${shownHandle(account)}): name the other-language account`,
          'problem-cy': `yr un cyfrif yw'r cyfrif cyfatebol (${shownHandle(account)}): enwch y cyfrif yn yr iaith arall`,
        },
      });
    }
    const same = (otherAccounts(account, ctx) ?? []).filter((o) => sameAccount(o, platform, handle));
    if (same.length) {
      const others = same.map((o) => o.path).join(', ');
      out.push({
        start: 0,
        end: 0,
        pointer: '/handle',
        data: {
          problem: `another account file of this run describes the same ${platformKey(platform)} account: ${others}`,
          'problem-cy': `mae ffeil cyfrif arall yn y rhediad hwn yn disgrifio'r un cyfrif ${platformKey(platform)}: ${others}`,
        },
      });
    }
    return out;
  },
};
