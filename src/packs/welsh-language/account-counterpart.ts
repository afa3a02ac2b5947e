import { handleKey, isCouncilAccount, otherAccounts, platformKey, sameAccount, shownHandle } from '../account-security/lib/accounts.js';
import type { AccountDocument, BuiltinDetector, Match } from '../../model/index.js';

const LANGUAGE: Record<string, [en: string, cy: string]> = { en: ['English', 'Saesneg'], cy: ['Welsh', 'Cymraeg'] };

/**
 * `welsh/account-counterpart`: a council account in one language has an account in the other.
 * An English account (language: en) must name its Welsh counterpart (counterpart:) unless
 * it is bilingual; an account whose language is not recorded must say which. A Welsh-only
 * account needs no English one (the standards ask for Welsh, not English), but its links
 * are checked like any other. When the run holds several account files (`ctx.accounts`), the
 * counterpart must be one of them, on the same platform, in the other language, and name
 * this account back; an account that others name as their counterpart but that names none
 * is told which to name. A file checked alone can only be checked for naming one.
 */
export const detector: BuiltinDetector = {
  appliesTo: 'account',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc, _params, ctx) {
    const account = doc as AccountDocument;
    if (!isCouncilAccount(account)) return [];
    const { language, counterpart, platform, handle } = account.data;
    if (language === 'bilingual') return [];
    const others = otherAccounts(account, ctx);
    const at = (pointer: string, problem: string, problemCy: string, extra: Partial<Match> = {}): Match[] => [
      { start: 0, end: 0, pointer, data: { problem, 'problem-cy': problemCy }, ...extra },
    ];
    const languageAt = 'language' in account.data ? '/language' : '/handle';

    if (typeof counterpart !== 'string' || counterpart.trim() === '') {
      // Named as the counterpart of another account of the run: say which to name back.
      const namedBy = (others ?? []).filter((o) => typeof o.data.counterpart === 'string' && sameAccount(account, o.data.platform, o.data.counterpart));
      if (namedBy.length) {
        const them = namedBy.map((o) => `'${shownHandle(o)}' (${o.path})`).join(', ');
        return at(languageAt, `${them} names this account as its counterpart, but this file names none: add counterpart: "${shownHandle(namedBy[0])}"`, `mae ${them} yn enwi'r cyfrif hwn fel ei gyfrif cyfatebol, ond nid yw'r ffeil hon yn enwi cyfrif cyfatebol: ychwanegwch counterpart: "${shownHandle(namedBy[0])}"`);
      }
      if (language === 'en') return at(languageAt, 'an English-only account with no Welsh counterpart: name it (counterpart:), or make the account bilingual (language: bilingual)', "cyfrif Saesneg yn unig heb gyfrif Cymraeg cyfatebol: enwch ef (counterpart:), neu gwnewch y cyfrif yn ddwyieithog (language: bilingual)");
      if (language === undefined) return at(languageAt, "the account's language is not recorded and it names no counterpart: set language: bilingual, or language: en with its Welsh counterpart (counterpart:)", "nid yw iaith y cyfrif wedi'i chofnodi ac nid yw'n enwi cyfrif cyfatebol: gosodwch language: bilingual, neu language: en gyda'i gyfrif Cymraeg cyfatebol (counterpart:)");
      return [];
    }
    // A counterpart that is the account itself is account/duplicate-handle's; one file alone has no set to look in.
    if (handleKey(counterpart) === handleKey(handle) || !others) return [];
    const found = others.filter((o) => sameAccount(o, platform, counterpart));
    if (!found.length) {
      return at('/counterpart', `counterpart '${counterpart}' is not among the ${others.length + 1} account files checked on ${platformKey(platform)}: check the handle, or check its file with this one`, `nid yw'r cyfrif cyfatebol '${counterpart}' ymhlith y ${others.length + 1} o ffeiliau cyfrif a wiriwyd ar ${platformKey(platform)}: gwiriwch yr enw defnyddiwr, neu gwiriwch ei ffeil gyda'r un hon`, { severity: 'warning' });
    }
    const other = found[0];
    const theirs = other.data.counterpart;
    if (typeof theirs === 'string' && theirs.trim() !== '' && !sameAccount(account, other.data.platform, theirs)) {
      return at('/counterpart', `'${shownHandle(other)}' (${other.path}) names '${theirs}' as its counterpart, not this account`, `mae '${shownHandle(other)}' (${other.path}) yn enwi '${theirs}' fel ei gyfrif cyfatebol, nid y cyfrif hwn`);
    }
    if (typeof language === 'string' && language === other.data.language && LANGUAGE[language]) {
      const [en, cy] = LANGUAGE[language];
      return at('/counterpart', `counterpart '${shownHandle(other)}' (${other.path}) is also ${en}-only: the counterpart is the account in the other language`, `mae'r cyfrif cyfatebol '${shownHandle(other)}' (${other.path}) hefyd yn ${cy} yn unig: y cyfrif cyfatebol yw'r cyfrif yn yr iaith arall`);
    }
    return [];
  },
};
