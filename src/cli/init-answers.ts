import { distance } from '../support/nearest.js';
import { isValidDate } from './io.js';
import { t } from '../i18n/index.js';

/** What `init` says about an answer it cannot take, in the run's language (src/i18n). */
const SAY = {
  domainEmail: (d: string) => t('answer.domainEmail', { domain: d }),
  domainUrl: (d: string) => t('answer.domainUrl', { domain: d }),
  domainSuggest: (given: string, d: string) => t('answer.domainSuggest', { given, domain: d }),
  domainNoEnding: (given: string) => t('answer.domainNoEnding', { given }),
  domainBad: (given: string) => t('answer.domainBad', { given }),
  dateSuggest: (given: string, d: string) => t('answer.dateSuggest', { given, date: d }),
  dateNotReal: (given: string) => t('answer.dateNotReal', { given }),
  dateBad: (given: string) => t('answer.dateBad', { given }),
  dateBeforeStart: (from: string) => t('answer.dateBeforeStart', { from }),
  handleSuggest: (given: string, h: string) => t('answer.handleSuggest', { given, handle: h }),
  handleEmail: (given: string) => t('answer.handleEmail', { given }),
  handleBad: (given: string) => t('answer.handleBad', { given }),
  required: () => t('answer.required'),
} as const;

/** The schema's pattern for `organisation.domains` (policies/schema/config.schema.json). */
const DOMAIN = /^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const HANDLE = /^@[A-Za-z0-9_.-]+$/;
/** Endings councils' addresses have, for spotting a mistyped one. */
const WELSH_ENDINGS = ['wales', 'cymru'];

/** Items of a comma-separated answer, trimmed, empty ones dropped. */
export function listItems(answer: string): string[] {
  return answer
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first problem of a list answer, or true. */
const eachItem = (check: (item: string) => true | string) => (answer: string) => {
  for (const item of listItems(answer)) {
    const r = check(item);
    if (r !== true) return r;
  }
  return true as const;
};

/** A domain with a mistyped Welsh ending corrected ('sirgar.llyw.cymry' → 'sirgar.llyw.cymru'), if it has one. */
function fixEnding(domain: string): string | undefined {
  const labels = domain.split('.');
  const last = labels[labels.length - 1].toLowerCase();
  if (WELSH_ENDINGS.includes(last) || last.length < 4) return undefined;
  const near = WELSH_ENDINGS.find((e) => distance(last, e) <= 2);
  return near ? [...labels.slice(0, -1), near].join('.') : undefined;
}

/** One e-mail domain: true, or what is wrong with it and what was probably meant. */
export function checkDomain(given: string): true | string {
  const d = given.trim();
  const at = d.lastIndexOf('@');
  if (at > 0) return SAY.domainEmail(d.slice(at + 1));
  const url = /^(?:https?:\/\/)?(?:www\.)?([^/\s:?#]+)(?:[:/?#].*)?$/i.exec(d);
  if (url && (/^https?:\/\//i.test(d) || /^www\./i.test(d) || /[/?#]/.test(d))) return SAY.domainUrl(url[1].replace(/\.$/, ''));
  if (at === 0) return SAY.domainSuggest(d, d.slice(1));
  if (/\s/.test(d)) {
    const joined = d.split(/\s+/).join('.');
    return DOMAIN.test(joined) ? SAY.domainSuggest(d, joined) : SAY.domainBad(d);
  }
  if (d.endsWith('.') && DOMAIN.test(d.slice(0, -1))) return SAY.domainSuggest(d, d.slice(0, -1));
  if (/^[A-Za-z0-9-]+$/.test(d)) return SAY.domainNoEnding(d);
  if (!DOMAIN.test(d)) return SAY.domainBad(d);
  const fixed = fixEnding(d);
  return fixed ? SAY.domainSuggest(d, fixed) : true;
}

export const checkDomains = eachItem(checkDomain);

/** A date as YYYY-MM-DD: true, or the date probably meant (26/03/2026 is 26 March, as written in Wales). */
export function checkDate(given: string): true | string {
  const d = given.trim();
  if (isValidDate(d)) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return SAY.dateNotReal(d);
  const pad = (n: string) => n.padStart(2, '0');
  const dmy = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(d);
  const ymd = /^(\d{4})[/.\- ](\d{1,2})[/.\- ](\d{1,2})$/.exec(d);
  const meant = dmy ? `${dmy[3]}-${pad(dmy[2])}-${pad(dmy[1])}` : ymd ? `${ymd[1]}-${pad(ymd[2])}-${pad(ymd[3])}` : undefined;
  if (meant && isValidDate(meant)) return SAY.dateSuggest(d, meant);
  if (meant) return SAY.dateNotReal(d);
  return SAY.dateBad(d);
}

/** The last day of a period: a date, not before its first day. */
export function checkEndDate(from: string) {
  return (given: string): true | string => {
    const r = checkDate(given);
    if (r !== true) return r;
    return given.trim() < from ? SAY.dateBeforeStart(from) : true;
  };
}

/** One account handle, starting with @: true, or the handle probably meant. */
export function checkHandle(given: string): true | string {
  const h = given.trim();
  if (HANDLE.test(h)) return true;
  const url = /^(?:https?:\/\/)?(?:www\.)?(?:twitter\.com|x\.com|facebook\.com|instagram\.com|threads\.net|linkedin\.com\/company|bsky\.app\/profile)\/@?([A-Za-z0-9_.-]+)\/?$/i.exec(h);
  if (url) return SAY.handleSuggest(h, `@${url[1]}`);
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(h)) return SAY.handleEmail(h);
  const squeezed = `@${h.replace(/^@+/, '').replace(/\s+/g, '')}`;
  if (HANDLE.test(squeezed)) return SAY.handleSuggest(h, squeezed);
  return SAY.handleBad(h);
}

export const checkHandles = eachItem(checkHandle);

export const checkRequired = (given: string): true | string => (given.trim() ? true : SAY.required());
