import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { onOwnDomain } from '../../model/index.js';
import { namesPersonLocalPart } from '../../pii/contact-owner.js';

interface Params {
  /** Consumer webmail domains whose addresses are also found written out ("jo at gmail.com"). */
  'obfuscated-domains'?: string[];
  /**
   * Words of shared mailboxes (info@, enquiries@, democratic.services@, gwasanaethau…@): as a
   * part of the local part, or (five letters or more) its start ("customerservices@").
   */
  'role-mailboxes'?: string[];
  /** Domains of public bodies (gov.uk, llyw.cymru, nhs.wales, ...): their mailboxes are organisational unless named after a person. */
  'public-domains'?: string[];
}

// RFC 5321 dot-atoms: no leading, trailing or doubled dots in the local part.
// Domains may be internationalised (例え.テスト) or punycode (xn--p1ai). A space either side of
// the @ ("dai.davies @ example.com") is how addresses are disguised, so it is allowed.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*(?: ?@ ?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// An address written out for any domain: "at" in brackets ("[at]", "(at)"), or "at"/"ar" (Welsh)
// with the dots written out too ("dai at example dot com"): so unmistakably an address.
const WRITTEN = /(?<![\p{L}\p{N}._%+-])[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*(?:\s*[[(]\s*(?:at|ar)\s*[\])]\s*[\p{L}\p{N}-]+(?:(?:\.|\s*[[(]\s*dot\s*[\])]\s*|\s+dot\s+)[\p{L}\p{N}-]+)+|\s+(?:at|ar)\s+[\p{L}\p{N}-]+(?:\s+dot\s+[\p{L}\p{N}-]+)+)(?![\p{L}\p{N}])/giu;
const TLD = /\.(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;


/**
 * `dp/email-address`: e-mail addresses in the prose and in mailto: links. The organisation's
 * own domains and `organisation.allow.emails` are not findings. An address is personal data
 * when it is a person's, so its local part decides: on a public body's domain (gov.uk,
 * llyw.cymru, nhs.wales, police.uk, sch.uk, ac.uk...) a mailbox is the body's and is not
 * reported, unless it is named after a person ("sian.morgan@", "j.smith@": a warning, a staff
 * member's own address); elsewhere a shared mailbox (press@, ymholiadau@) is info, and any other
 * address is treated as a person's.
 */
const rolesCache = new WeakMap<Params, (token: string) => boolean>();
const roleTest = (params: Params) => {
  let test = rolesCache.get(params);
  if (!test) {
    const words = (params['role-mailboxes'] ?? []).map((r) => r.toLowerCase());
    const exact = new Set(words);
    const stems = words.filter((w) => w.length >= 5 && !/[._-]/.test(w));
    test = (token: string) => exact.has(token) || stems.some((w) => token.startsWith(w));
    rolesCache.set(params, test);
  }
  return test;
};
/** A shared mailbox: the whole local part, or any part of it, is a role word. */
const isRoleMailbox = (local: string, isRole: (token: string) => boolean) =>
  isRole(local) || local.split(/[._+-]+/).some((t) => t && isRole(t.replace(/\d+$/, '')));
const allowCache = new WeakMap<string[], Set<string>>();
const allowSet = (emails: string[]) => {
  let set = allowCache.get(emails);
  if (!set) allowCache.set(emails, (set = new Set(emails.map((e) => e.toLowerCase()))));
  return set;
};

type Obfuscated = RegExp & { precheck: RegExp };
const NO_DOMAINS: string[] = [];
/** By the params' list, the same object on every post: built once per list. */
const obfuscatedCache = new WeakMap<string[], Obfuscated | undefined>();
/** "jo.bloggs at gmail.com", "jo [at] gmail dot com": only at consumer webmail domains, so
 * "tickets at theatre.co.uk" is not mistaken for an address. */
function obfuscatedPattern(domains: string[]): Obfuscated | undefined {
  if (obfuscatedCache.has(domains)) return obfuscatedCache.get(domains);
  let found: Obfuscated | undefined;
  if (domains.length) {
    const names = domains.map((d) => d.replace(/\./g, '(?:\\.|\\s+dot\\s+)')).join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}._%+-])[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*\\s+(?:at|\\[at\\]|\\(at\\))\\s+(?:${names})(?![\\p{L}\\p{N}])`, 'giu');
    // Most posts name no webmail provider as a word of its own: a search for the names rules
    // them out (as words: "me", "live" and "sky" are inside most English texts; an ASCII word
    // boundary, so V8 need not test a Unicode one at every letter).
    const firstLabels = [...new Set(domains.map((d) => d.split('.')[0]))].join('|');
    found = Object.assign(re, { precheck: new RegExp(`\\b(?:${firstLabels})\\b`, 'i') });
  }
  obfuscatedCache.set(domains, found);
  return found;
}

export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'role-mailboxes': { type: 'array', items: { type: 'string' } },
      'public-domains': { type: 'array', items: { type: 'string' } },
      'obfuscated-domains': { type: 'array', items: { type: 'string', pattern: '^[a-z0-9.-]+$' } },
    },
  },
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    const isRole = roleTest(params);
    const allowed = allowSet(ctx.organisation.allow.emails);
    const candidates: Array<{ start: number; end: number; text: string; written?: boolean }> = [];
    if (post.prose.includes('@')) {
      EMAIL.lastIndex = 0;
      for (let m = EMAIL.exec(post.prose); m; m = EMAIL.exec(post.prose)) candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    if (/\bdot\b|\[at\]|\(at\)/i.test(post.prose)) {
      WRITTEN.lastIndex = 0;
      for (let m = WRITTEN.exec(post.prose); m; m = WRITTEN.exec(post.prose)) candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], written: true });
    }
    const obfuscated = obfuscatedPattern(params['obfuscated-domains'] ?? NO_DOMAINS);
    if (obfuscated && obfuscated.precheck.test(post.prose)) {
      obfuscated.lastIndex = 0;
      for (let m = obfuscated.exec(post.prose); m; m = obfuscated.exec(post.prose)) candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], written: true });
    }
    // Links are not prose: a mailto: target, or an address Markdown turned into a link.
    for (const link of post.links) {
      const address = decodeURIComponent(link.url.replace(/^mailto:/i, '').split('?')[0]);
      if (!/^[^\s/@]+@[^\s/@]+$/.test(address)) continue;
      const at = post.text.indexOf(address, link.start);
      candidates.push(at >= 0 && at < link.end ? { start: at, end: at + address.length, text: address } : { start: link.start, end: link.end, text: address });
    }
    const out: Match[] = [];
    const seen = new Set<number>();
    // Longest first at each start; a candidate inside an earlier one is the same address.
    let reach = -1;
    for (const c of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (seen.has(c.start) || c.start < reach) continue;
      seen.add(c.start);
      reach = c.end;
      const text = c.text.replace(/\.+$/, '');
      if (!c.written && (!TLD.test(text) || text.indexOf('@') > 64)) continue;
      const lower = c.written
        ? text.toLowerCase().replace(/\s*[[(]?\b(?:at|ar)\b[\])]?\s*/, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*|\s+dot\s+/g, '.')
        : text.toLowerCase().replace(/ ?@ ?/, '@');
      const [local, host] = lower.split('@');
      if (allowed.has(lower) || onOwnDomain(host, ctx.organisation.domains)) continue;
      // The local part as written: its capitals may part its words ("SueDavies@").
      const named = namesPersonLocalPart(c.written ? local : text.slice(0, text.indexOf('@')).trim(), isRole);
      if (onOwnDomain(host, params['public-domains'] ?? [])) {
        // A public body's mailbox is the body's, unless it is named after a person.
        if (named) out.push({ start: c.start, end: c.start + text.length, sensitive: true, severity: 'warning', note: "A named person's address at a public body: a staff member's own contact. Publish the team's mailbox instead, or check they agreed; if it is yours, add it to organisation.allow.emails.", noteCy: "Cyfeiriad person a enwir mewn corff cyhoeddus: cyswllt aelod o staff ei hun. Cyhoeddwch flwch post y tîm yn lle hynny, neu gwiriwch ei fod wedi cytuno; os eich cyfeiriad chi yw hwn, ychwanegwch ef at organisation.allow.emails." });
        continue;
      }
      const organisational = !named && isRoleMailbox(local, isRole);
      out.push({
        start: c.start,
        end: c.start + text.length,
        sensitive: true,
        ...(organisational
          ? { severity: 'info' as const, note: "Looks like an organisation's mailbox; if it is yours, add it to organisation.allow.emails.", noteCy: "Mae'n edrych fel blwch post sefydliad; os eich un chi yw hwn, ychwanegwch ef at organisation.allow.emails." }
          : {}),
      });
    }
    return out;
  },
};
