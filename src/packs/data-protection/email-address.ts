import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';

interface Params {
  /** Consumer webmail domains whose addresses are also found written out ("jo at gmail.com"). */
  'obfuscated-domains'?: string[];
  /** Local parts of shared mailboxes (info@, enquiries@): reported as info, not as personal data. */
  'role-mailboxes'?: string[];
  /** Domains of public bodies whose addresses are organisational (gov.uk, llyw.cymru, ...). */
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

const onDomain = (host: string, domains: string[]) =>
  domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`));

/**
 * `dp/email-address`: e-mail addresses in the prose and in mailto: links. The organisation's
 * own domains and `organisation.allow.emails` are not findings; shared mailboxes and public
 * bodies' addresses are reported as info (check, rarely personal); any other address is
 * treated as a person's.
 */
const rolesCache = new WeakMap<Params, Set<string>>();
const roleSet = (params: Params) => {
  let set = rolesCache.get(params);
  if (!set) rolesCache.set(params, (set = new Set((params['role-mailboxes'] ?? []).map((r) => r.toLowerCase()))));
  return set;
};
const allowCache = new WeakMap<string[], Set<string>>();
const allowSet = (emails: string[]) => {
  let set = allowCache.get(emails);
  if (!set) allowCache.set(emails, (set = new Set(emails.map((e) => e.toLowerCase()))));
  return set;
};

const obfuscatedCache = new Map<string, (RegExp & { precheck: RegExp }) | undefined>();
/** "jo.bloggs at gmail.com", "jo [at] gmail dot com": only at consumer webmail domains, so
 * "tickets at theatre.co.uk" is not mistaken for an address. */
function obfuscatedPattern(domains: string[]): (RegExp & { precheck: RegExp }) | undefined {
  const key = domains.join('|');
  if (!obfuscatedCache.has(key)) {
    const names = domains.map((d) => d.replace(/\./g, '(?:\\.|\\s+dot\\s+)')).join('|');
    if (!domains.length) obfuscatedCache.set(key, undefined);
    else {
      const re = new RegExp(`(?<![\\p{L}\\p{N}._%+-])[a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+)*\\s+(?:at|\\[at\\]|\\(at\\))\\s+(?:${names})(?![\\p{L}\\p{N}])`, 'giu');
      // Most posts name no webmail provider: a plain search for the names rules them out.
      const firstLabels = [...new Set(domains.map((d) => d.split('.')[0]))].join('|');
      obfuscatedCache.set(key, Object.assign(re, { precheck: new RegExp(`(?:${firstLabels})`, 'i') }));
    }
  }
  return obfuscatedCache.get(key);
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
    const roles = roleSet(params);
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
    const obfuscated = obfuscatedPattern(params['obfuscated-domains'] ?? []);
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
      if (allowed.has(lower) || onDomain(host, ctx.organisation.domains)) continue;
      const organisational = roles.has(local) || onDomain(host, params['public-domains'] ?? []);
      out.push({
        start: c.start,
        end: c.start + text.length,
        sensitive: true,
        ...(organisational
          ? { severity: 'info' as const, note: "Looks like an organisation's mailbox; if it is yours, add it to organisation.allow.emails." }
          : {}),
      });
    }
    return out;
  },
};
