import type { BuiltinDetector, Match, PostDocument } from '../engine/types.js';

interface Params {
  /** Local parts of shared mailboxes (info@, enquiries@): reported as info, not as personal data. */
  'role-mailboxes'?: string[];
  /** Domains of public bodies whose addresses are organisational (gov.uk, llyw.cymru, ...). */
  'public-domains'?: string[];
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
const TLD = /\.[A-Za-z]{2,}$/;

const onDomain = (host: string, domains: string[]) =>
  domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`));

/**
 * `dp/email-address`: e-mail addresses in the prose and in mailto: links. The organisation's
 * own domains and `organisation.allow.emails` are not findings; shared mailboxes and public
 * bodies' addresses are reported as info (check, rarely personal); any other address is
 * treated as a person's.
 */
export const emailAddress: BuiltinDetector<Params> = {
  name: 'email-address',
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'role-mailboxes': { type: 'array', items: { type: 'string' } },
      'public-domains': { type: 'array', items: { type: 'string' } },
    },
  },
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    const roles = new Set((params['role-mailboxes'] ?? []).map((r) => r.toLowerCase()));
    const allowed = new Set(ctx.organisation.allow.emails.map((e) => e.toLowerCase()));
    const candidates: Array<{ start: number; end: number; text: string }> = [];
    if (post.prose.includes('@')) {
      EMAIL.lastIndex = 0;
      for (let m = EMAIL.exec(post.prose); m; m = EMAIL.exec(post.prose)) candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    for (const link of post.links) {
      if (/^mailto:/i.test(link.url)) {
        const address = decodeURIComponent(link.url.slice(7).split('?')[0]);
        const at = post.text.indexOf(address, link.start);
        candidates.push(at >= 0 && at < link.end ? { start: at, end: at + address.length, text: address } : { start: link.start, end: link.end, text: address });
      }
    }
    const out: Match[] = [];
    const seen = new Set<number>();
    for (const c of candidates) {
      if (seen.has(c.start)) continue;
      seen.add(c.start);
      const text = c.text.replace(/\.+$/, '');
      if (!TLD.test(text)) continue;
      const lower = text.toLowerCase();
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
