import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { hostOf, onOwnDomain } from '../../model/index.js';
import { sentenceAt } from '../../pii/context/sentences.js';
import { dropOverlaps, findPhrases, norm, prepareLists, type Span, stringList, wordsBefore, wordSet } from './lib/text.js';

interface Params {
  /** Words that introduce a discount code ("code", "promo code", "cod"). */
  'code-words'?: string[];
  /** Words just before a code word that make it something else ("post code", "QR code"). */
  'not-codes'?: string[];
  /** "best", "gorau": with a place phrase after them ("best bike shop in town"). */
  superlatives?: string[];
  /** Place phrases that make a superlative a recommendation ("in town", "yn y dref"). */
  places?: string[];
  /** Businesses and what they sell ("shop", "café", "coffee", "caffi"): the superlative must be about one. */
  businesses?: string[];
  /** Words a superlative follows when it is an award's title ("named", "voted", "enwi'n"). */
  'named-as'?: string[];
  /** Words of an award in the same sentence ("Awards", "Gwobrau"): with a naming word, news of an award. */
  awards?: string[];
  /** Disclosure tags and phrases of paid content ("#ad", "paid partnership"). */
  sponsored?: string[];
  /** Hosts of affiliate redirects and short links (amzn.to, awin1.com). */
  'affiliate-hosts'?: string[];
  /** Query parameters that carry an affiliate id (aff_id, affiliate); `tag` counts on Amazon hosts. */
  'affiliate-params'?: string[];
  /** Hosts whose own tracking links use such a parameter for no payment: an Eventbrite link's `aff=` is the organiser's tracking code. */
  'tracking-hosts'?: string[];
}

/** "in Aberaeron", "yn Llandeilo", "yng Nghaerfyrddin", "ym Mhorthcawl": a preposition and a capitalised word. */
const NAMED_PLACE = /(?<![\p{L}\p{M}])(?:in|yn|yng|ym)[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]+/gu;

/** The organisation's own, before a business word: "our salon", "ein caffi". */
const OWN = new Set(['our', 'ein']);

type Kind = 'code' | 'best' | 'sponsored' | 'affiliate';
const WHAT: Record<Kind, [string, string]> = {
  code: ['a discount code', 'cod disgownt'],
  best: ['a business recommended as the best', "argymell busnes fel y gorau"],
  sponsored: ['paid or sponsored content', 'cynnwys noddedig neu am dâl'],
  affiliate: ['an affiliate link', 'dolen gysylltiedig (affiliate)'],
};

interface Hit extends Span { kind: Kind }

/** First person plural, the council speaking of its own: "our", "we", "ein", "ni". */
const OURS = /(?<![\p{L}])(?:[Oo]ur|[Ww]e|[Ww]e['’]re|[Ee]in|ni)(?![\p{L}])/u;

/** After a code word: the code as written, capitals and digits with a capital ("COUNCIL10", ": CYNGOR10", " is XMAS"). */
const CODE = /^[ \t]*(?::[ \t]*|(?:is|yw|ydy)[ \t]+)?["'“‘]?(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,20}(?![\p{L}\p{N}])/u;

/**
 * `conduct/commercial-endorsement`: a post that promotes a business: a discount code ("use
 * code COUNCIL10", "defnyddiwch y cod CYNGOR10"), a business called the best in town ("the
 * best bike shop in town", "y caffi gorau yn y dref"), a paid-content tag ("#ad"), or an
 * affiliate link (an Amazon link with `tag=`, amzn.to, an affiliate network's redirect, an
 * affiliate id in the query). Affiliate links are errors (someone is paid); the others are
 * warnings, since the council's own offers and awards use the same words.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'code-words': stringList,
      'not-codes': stringList,
      superlatives: stringList,
      places: stringList,
      businesses: stringList,
      'named-as': stringList,
      awards: stringList,
      sponsored: stringList,
      'affiliate-hosts': stringList,
      'affiliate-params': stringList,
      'tracking-hosts': stringList,
    },
  },
  prepare(params) {
    prepareLists([params['code-words'], params.superlatives, params.places, params.sponsored]);
  },
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    const text = post.prose;
    const hits: Hit[] = [];
    const notCodes = wordSet(params['not-codes']);
    // The council's own offer: every link of the post on its own domains, and the code in a
    // sentence that speaks of "our" or "ein" ("Our Actif winter offer …: use code GAEAF20 …").
    // Worked out only for a post with a code: URLs are parsed on no other.
    let own: boolean | undefined;
    const ownLinks = () => (own ??= post.links.length > 0 && post.links.every((l) => onOwnDomain(hostOf(l.url) ?? '', ctx.organisation.domains)));
    for (const c of findPhrases(post, params['code-words'])) {
      const previous = wordsBefore(post, c.start, 1)[0];
      if (previous && notCodes.has(norm(previous.word))) continue;
      const code = CODE.exec(text.slice(c.end, c.end + 40));
      if (!code) continue;
      if (ownLinks() && OURS.test(text.slice(...sentenceAt(text, c.start)))) continue;
      hits.push({ start: c.start, end: c.end + code[0].length, kind: 'code' });
    }
    const superlatives = wordSet(params.superlatives);
    const businesses = wordSet(params.businesses);
    const namedAs = wordSet(params['named-as']);
    const awardIn = ([from, to]: [number, number]) => findPhrases(post, params.awards).some((a) => a.start >= from && a.end <= to);
    // A place: a phrase of the list ("in town", "yn y dref"), or "in"/"yn" and a capitalised place
    // name ("in Aberaeron", "yng Nghaerfyrddin"); looked for only in a post with a superlative.
    const places: Span[] = [];
    if (findPhrases(post, params.superlatives).length) {
      places.push(...findPhrases(post, params.places));
      for (const m of text.matchAll(NAMED_PLACE)) places.push({ start: m.index!, end: m.index! + m[0].length });
    }
    for (const p of places) {
      const before = wordsBefore(post, p.start, 6);
      const at = before.findIndex((w, i) => i < 4 && superlatives.has(norm(w.word)));
      if (at < 0) continue;
      // About a business ("the best bike shop in town", "y caffi gorau yn y dref"), not a
      // view or a park: a business word between, or (Welsh order) just before the superlative.
      const about = before.slice(0, Math.min(at + 3, before.length));
      if (!about.some((w) => businesses.has(norm(w.word)))) continue;
      // The organisation's own, named before ("Cafodd ein salon ei enwi'n salon gorau Cymru",
      // "our café, the best in town"): its news, not an endorsement.
      const earlier = wordsBefore(post, before[at].start, 5);
      if (earlier.some((w, i) => OWN.has(norm(w.word)) && i > 0 && businesses.has(norm(earlier[i - 1].word)))) continue;
      // An award's title, whoever won it: "named the best advice service in Wales at the … Awards",
      // "a gafodd ei enwi'n wasanaeth cynghori gorau Cymru yng Ngwobrau …".
      if (earlier.slice(0, 3).some((w) => namedAs.has(norm(w.word))) && awardIn(sentenceAt(text, p.start))) continue;
      hits.push({ start: before[at].start, end: p.end, kind: 'best' });
    }
    for (const s of findPhrases(post, params.sponsored)) hits.push({ ...s, kind: 'sponsored' });
    for (const link of post.links) if (affiliate(link.url, params)) hits.push({ start: link.start, end: link.end, kind: 'affiliate' });
    return dropOverlaps(hits).map((h): Match => ({
      start: h.start,
      end: h.end,
      data: { what: WHAT[h.kind][0], 'what-cy': WHAT[h.kind][1] },
      ...(h.kind === 'affiliate' ? {} : { severity: 'warning' as const }),
    }));
  },
};

function affiliate(raw: string, params: Params): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const onHost = (h: string) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`);
  if ((params['affiliate-hosts'] ?? []).some(onHost)) return true;
  const keys = [...url.searchParams.keys()].map((k) => k.toLowerCase());
  if (/(^|\.)amazon\.[a-z.]+$/.test(host) && keys.includes('tag')) return true;
  if (keys.some((k) => (params['affiliate-params'] ?? []).includes(k)) && !(params['tracking-hosts'] ?? []).some(onHost)) return true;
  return [...url.searchParams.entries()].some(([k, v]) => /^utm_/i.test(k) && /affiliate/i.test(v));
}
