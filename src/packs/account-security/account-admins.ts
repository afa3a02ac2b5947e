import { isMapping } from '../../support/yaml-file.js';
import { personalMailDomains } from './lib/personal-mail.js';
import type { AccountDocument, BuiltinDetector, Match } from '../../model/index.js';
import { onOwnDomain } from '../../model/index.js';

interface Params {
  /** Admins (role admin, or no role) the account must name. */
  'min-admins'?: number;
}

/** Roles (account.schema.json) in Welsh, as messages name them. */
const ROLE_CY: Record<string, string> = { owner: 'perchennog', admin: 'gweinyddwr', editor: 'golygydd', moderator: 'cymedrolwr', advertiser: 'hysbysebwr', analyst: 'dadansoddwr' };

/** The e-mail's domain, lower case ('' when it has none). */
const domainOf = (email: string) => (email.includes('@') ? email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase() : '');

/** On one of the organisation's domains, or a subdomain of one (mail.example.org). */
const onDomains = (email: string, domains: string[]) => {
  const host = domainOf(email);
  return host !== '' && onOwnDomain(host, domains);
};

/**
 * `account/admins`: a council account names at least two admins (so it is never lost with
 * one person), and everyone who can get in (the owner, and every admin, editor or other
 * role) has an e-mail address on the organisation's domains. An address on a free personal
 * mail service (Gmail, Hotmail, BT Internet...) is reported whether or not domains are
 * configured; when the configuration names none, the other addresses cannot be judged, and
 * one info finding says so rather than every address being reported.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'account',
  paramsSchema: { type: 'object', additionalProperties: false, properties: { 'min-admins': { type: 'integer', minimum: 1 } } },
  detect(doc, params, ctx) {
    const account = doc as AccountDocument;
    const data = account.data;
    const min = params['min-admins'] ?? 2;
    const out: Match[] = [];
    const people = Array.isArray(data.admins) ? data.admins : [];
    const admins = people.filter((p) => isMapping(p) && (p.role === undefined || p.role === 'admin')).length;
    if (admins < min) {
      out.push({
        start: 0,
        end: 0,
        ...('admins' in data ? { pointer: '/admins' } : { pointer: '' }),
        data: {
          problem: `${admins === 0 ? 'no admin named' : `only ${admins} admin named`}, where at least ${min} are needed so the account is never lost with one person`,
          'problem-cy': `nifer y gweinyddwyr a enwir: ${admins}; mae angen o leiaf ${min} fel na chaiff y cyfrif ei golli gydag un person`,
        },
      });
    }
    const emails: Array<{ pointer: string; email: string; who: string }> = [];
    if (typeof data.owner === 'string') emails.push({ pointer: '/owner', email: data.owner, who: 'owner' });
    people.forEach((p, i) => {
      if (isMapping(p) && typeof p.email === 'string') emails.push({ pointer: `/admins/${i}/email`, email: p.email, who: String(p.role ?? 'admin') });
    });
    const domains = ctx.organisation.domains;
    if (!emails.length) return out;
    return personalMailDomains().then((personal) => {
      const judged = new Set<string>();
      // An address that is likely a person's own is personal data: masked unless --no-redact.
      const report = (pointer: string, email: string, problem: string, problemCy: string) =>
        out.push({ start: 0, end: 0, pointer, sensitive: true, data: { value: email, problem, 'problem-cy': problemCy } });
      for (const { pointer, email, who } of emails) {
        // A value that is not an e-mail address at all is account/schema's to report.
        const host = domainOf(email);
        if (!email.includes('@') || onDomains(email, domains)) continue;
        const whoCy = ROLE_CY[who] ?? who;
        if (personal.has(host)) {
          judged.add(pointer);
          report(pointer, email, `the ${who}'s e-mail address is on a personal mail service (${host}), not a council address`, `mae cyfeiriad e-bost y ${whoCy} ar wasanaeth e-bost personol (${host}), nid cyfeiriad y cyngor`);
        } else if (domains.length) {
          report(pointer, email, `the ${who}'s e-mail address is not on the organisation's domains (${domains.join(', ')})`, `nid yw cyfeiriad e-bost y ${whoCy} ar barthau'r sefydliad (${domains.join(', ')})`);
        }
      }
      const unjudged = emails.find((e) => !judged.has(e.pointer));
      if (!domains.length && unjudged) {
        out.push({
          start: 0,
          end: 0,
          pointer: unjudged.pointer,
          severity: 'info',
          data: {
            problem: "organisation.domains is not set in .smpolicy.yaml, so no e-mail address here was checked against the council's domains",
            'problem-cy': "nid yw organisation.domains wedi'i osod yn .smpolicy.yaml, felly ni chafodd yr un cyfeiriad e-bost yma ei wirio yn erbyn parthau'r cyngor",
          },
        });
      }
      return out;
    });
  },
};
