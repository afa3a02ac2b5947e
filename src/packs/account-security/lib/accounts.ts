/**
 * Helpers the account rules share (account-security and the Welsh pack's account rules): which
 * accounts are the council's own, how two account files name the same account, and the other
 * accounts of the run (DESIGN §2: every account file of a `check` is in `ctx.accounts`).
 */
import type { AccountDocument, RunContext } from '../../../model/index.js';

/** The council's own accounts: security, data protection and Welsh rules judge these, not staff's personal accounts. */
export const isCouncilAccount = (doc: AccountDocument): boolean => doc.data.type === 'corporate' || doc.data.type === 'service';

/** X is Twitter renamed: an account file may say either. */
export const platformKey = (platform: unknown): string => (platform === 'x' ? 'twitter' : String(platform ?? '').toLowerCase());

/**
 * A handle as the platform compares it: without '@', a profile address's host and kind of page,
 * or letter case ("@CarmsCouncil", "carmscouncil" and "https://x.com/CarmsCouncil" are one;
 * "https://www.linkedin.com/company/carms-council" is "carms-council", not "company").
 */
export function handleKey(handle: unknown): string {
  const raw = String(handle ?? '').trim();
  const url = /^https?:\/\/(?:www\.|m\.)?[^/]+\/([^?#]*)(?:\?([^#]*))?/i.exec(raw);
  if (!url) return raw.replace(/[/?#].*$/, '').replace(/^@/, '').toLowerCase();
  // Facebook's numbered profiles: "profile.php?id=100012345".
  const id = url[1]!.toLowerCase() === 'profile.php' ? /(?:^|&)id=(\d+)/.exec(url[2] ?? '')?.[1] : undefined;
  if (id) return id;
  const parts = url[1]!.split('/').filter(Boolean);
  while (parts.length > 1 && PAGE_KINDS.has(parts[0]!.toLowerCase())) parts.shift();
  return (parts[0] ?? '').replace(/^@/, '').toLowerCase();
}
/** The first part of a profile address that says what kind of page follows, not whose. */
const PAGE_KINDS = new Set(['company', 'in', 'school', 'showcase', 'pages', 'groups', 'people', 'channel', 'c', 'user', 'pg']);

/** Whether an account file is the account a platform and handle name (X and Twitter alike). */
export const sameAccount = (a: AccountDocument, platform: unknown, handle: unknown): boolean =>
  platformKey(a.data.platform) === platformKey(platform) && handleKey(a.data.handle) !== '' && handleKey(a.data.handle) === handleKey(handle);

/**
 * The run's other account files, when the run holds more than this one; `undefined` when
 * the account is checked alone (a lone file, a rule's examples, a test case), so set rules
 * can tell "not in the set" from "no set to look in".
 */
export function otherAccounts(doc: AccountDocument, ctx: RunContext): AccountDocument[] | undefined {
  const others = (ctx.accounts ?? []).filter((a) => a !== doc && a.path !== doc.path);
  return others.length ? others : undefined;
}

/** The handle as the file writes it, for messages. */
export const shownHandle = (doc: AccountDocument): string => String(doc.data.handle ?? '');

/** Every text of a bilingual field (a string, or a mapping of en: and cy:) with its JSON Pointer. */
export function fieldTexts(data: Record<string, unknown>, key: string): Array<{ pointer: string; lang?: string; text: string }> {
  const value = data[key];
  const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
  if (typeof value === 'string') return [{ pointer: `/${escaped}`, text: value }];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([lang, text]) => ({ pointer: `/${escaped}/${lang}`, lang, text }));
}
