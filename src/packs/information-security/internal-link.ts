import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { stringList } from '../code-of-conduct/lib/text.js';

interface Params {
  /** Hosts of internal document and meeting services, by what they are: `host => name` ("sharepoint.com => SharePoint"). */
  'internal-services'?: string[];
  /** Services whose links are sometimes meant for the public (a Teams meeting for a public event): warnings. */
  'sometimes-public'?: string[];
  /** Top-level names no public host has (.local, .internal, .corp, .lan). */
  'internal-suffixes'?: string[];
  /** First labels of intranet hosts (intranet., mewnrwyd.), on any domain, the organisation's own included. */
  'intranet-labels'?: string[];
  /** The organisation's own intranet hosts (a council's local pack lists them: "staffnet.carmarthenshire.gov.uk"). */
  'intranet-hosts'?: string[];
}

interface Found { start: number; end: number; what: [string, string]; warn?: boolean }

const UNC = /(?<![\w\\/])\\\\[A-Za-z0-9][\w.$-]*\\[^\s<>"|]*/g;
const FILE_URL = /(?<![\w])file:\/\/[^\s<>"]+/gi;

/**
 * `infosec/internal-link`: a link that only works inside the organisation, and so reveals
 * its internal systems and may expose internal documents: SharePoint, OneDrive and Teams
 * links, intranet hosts (intranet., .local, .internal, a host with no dot), file:// paths and
 * network shares (\\server\share), private and loopback addresses (10.x, 172.16-31.x,
 * 192.168.x, 127.x, localhost, ::1), and the organisation's own intranet hosts. Public links
 * on the organisation's own domains are fine.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'internal-services': stringList,
      'sometimes-public': stringList,
      'internal-suffixes': stringList,
      'intranet-labels': stringList,
      'intranet-hosts': stringList,
    },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const found: Found[] = [];
    for (const link of post.links) {
      const what = classify(link.url, params);
      if (what) found.push({ start: link.start, end: link.end, ...what });
    }
    const text = post.prose;
    if (text.includes('\\\\')) {
      UNC.lastIndex = 0;
      for (let m = UNC.exec(text); m; m = UNC.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, what: ['a network share path', 'llwybr rhannu rhwydwaith'] });
    }
    if (/file:/i.test(text)) {
      FILE_URL.lastIndex = 0;
      for (let m = FILE_URL.exec(text); m; m = FILE_URL.exec(text)) if (!found.some((f) => f.start <= m!.index && f.end > m!.index)) found.push({ start: m.index, end: m.index + m[0].length, what: ['a file path', 'llwybr ffeil'] });
    }
    return found.map((f): Match => ({ start: f.start, end: f.end, data: { what: f.what[0], 'what-cy': f.what[1] }, ...(f.warn ? { severity: 'warning' as const } : {}) }));
  },
};

const services = new WeakMap<string[], Array<[string, string]>>();
function serviceList(params: Params): Array<[string, string]> {
  const list = params['internal-services'] ?? [];
  let parsed = services.get(list);
  if (!parsed) services.set(list, (parsed = list.map((l) => l.split('=>').map((s) => s.trim()) as [string, string])));
  return parsed;
}

function classify(raw: string, params: Params): Pick<Found, 'what' | 'warn'> | undefined {
  if (/^file:/i.test(raw)) return { what: ['a file path', 'llwybr ffeil'] };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!/^(?:https?|ftp|smb):$/.test(url.protocol)) return undefined;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!host) return undefined;
  const on = (h: string) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`);
  if ((params['intranet-hosts'] ?? []).some(on)) return { what: ['an intranet host', 'gwesteiwr mewnrwyd'] };
  for (const [suffix, name] of serviceList(params)) {
    if (on(suffix)) return { what: [name, name], warn: (params['sometimes-public'] ?? []).some((s) => s.toLowerCase() === suffix.toLowerCase()) };
  }
  if (privateAddress(host)) return { what: ['a private network address', 'cyfeiriad rhwydwaith preifat'] };
  if (host === 'localhost' || host.endsWith('.localhost')) return { what: ['a private network address', 'cyfeiriad rhwydwaith preifat'] };
  if (!host.includes('.') && !host.includes(':')) return { what: ['an intranet host', 'gwesteiwr mewnrwyd'] };
  if ((params['internal-suffixes'] ?? []).some((s) => host.endsWith(`.${s.replace(/^\./, '').toLowerCase()}`))) return { what: ['an intranet host', 'gwesteiwr mewnrwyd'] };
  const first = host.split('.')[0];
  if ((params['intranet-labels'] ?? []).some((l) => l.toLowerCase() === first)) return { what: ['an intranet host', 'gwesteiwr mewnrwyd'] };
  return undefined;
}

/** IPv4 private, loopback and link-local ranges; IPv6 loopback, unique-local and link-local. */
function privateAddress(host: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  }
  if (host.includes(':')) return host === '::1' || /^f[cd][0-9a-f]{2}:/i.test(host) || /^fe[89ab][0-9a-f]:/i.test(host);
  return false;
}
