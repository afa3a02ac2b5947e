import { lineNear, publication } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument, RunContext } from '../../model/index.js';
import { findPhrases, prepareLists, stringList } from '../code-of-conduct/lib/text.js';
import { parseWelshWhen, type WhenParts } from './lib/welsh-dates.js';

interface Params {
  /** Phrases that put text under embargo ("embargoed until", "embargo tan", "not for publication before"). */
  markers: string[];
}

type Chrono = typeof import('chrono-node/en');
let chrono: Promise<Chrono> | undefined;

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (y: number, m: number, d: number, h: number, min: number) => `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(min)}`;

/**
 * `infosec/embargo`: embargoed material in a post that would be published before its embargo
 * lifts. The embargo's date and time are read from the rest of the marker's line: Welsh month
 * and weekday names by table (with mutations: Ragfyr, Fawrth; ddydd Iau), day-first numeric
 * dates, and English with chrono-node's British parser. The post is published at its front
 * matter `scheduled:` date-time, else at 00:00 on --date. An embargo already past is not
 * reported; one with no date that can be read is a warning to check it.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: { type: 'object', additionalProperties: false, required: ['markers'], properties: { markers: stringList } },
  prepare(params) {
    prepareLists([params.markers]);
  },
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    const text = post.prose;
    if (!/embargo|publication|publish|release|hoeddi/i.test(text)) return [];
    const markers = findPhrases(post, params.markers).filter((m) => isMarker(text, m.start, m.end));
    if (!markers.length) return [];
    return judge(post, markers, ctx);
  },
};

/** Markers that are also protective markings: "not for publication until", "nid i'w gyhoeddi tan". */
const NOTICE = /^(?:not|nid)\b/i;
const LIFTED: [string, string] = [
  "The embargo lifted {lifts}, before the post is published: take the notice '{match}' out of the post",
  "Daeth yr embargo i ben {lifts}, cyn i'r neges gael ei chyhoeddi: tynnwch yr hysbysiad '{match}' o'r neges",
];

const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"“‘'(])/u;

/** Each marker's embargo read and compared with the publication time (English dates load chrono-node). */
async function judge(post: PostDocument, markers: Array<{ start: number; end: number }>, ctx: RunContext): Promise<Match[]> {
  const text = post.prose;
  const pub = publication(post, ctx);
  const [py, pm, pd] = pub.date.split('-').map(Number);
  const [ph, pmin] = (pub.time ?? '00:00').split(':').map(Number);
  const published = stamp(py, pm, pd, ph, pmin);
  const out: Match[] = [];
  for (const m of markers) {
    // The rest of the marker's sentence: "UNTIL AFTER CABINET. The library opens on Saturday"
    // has no date, not Saturday's ("Dec. 2026" and "00.01" do not end a sentence).
    const line = text.slice(m.end, lineNear(text, m.end, 120)[1]);
    const stop = line.search(SENTENCE_END);
    const rest = stop < 0 ? line : line.slice(0, stop);
    const when = parseWelshWhen(rest) ?? (await parseEnglishWhen(rest, new Date(py, pm - 1, pd, ph, pmin)));
    // "Not for publication until …" is also a protective marking (infosec/protective-marking,
    // superseded by this rule where this rule reads a date). With no date it stays the
    // marking's to report ("until Cabinet has met"); lifted, it is a note to take the line out.
    const marking = NOTICE.test(text.slice(m.start, m.end));
    if (!when || when.day === undefined || when.month === undefined) {
      if (marking) continue;
      out.push({ start: m.start, end: m.end, severity: 'warning', data: { detail: ': no date found, so check the embargo has passed before publishing', 'detail-cy': ": ni chafwyd dyddiad, felly gwiriwch fod yr embargo wedi dod i ben cyn cyhoeddi" } });
      continue;
    }
    const year = when.year ?? nearestYear(py, pm, pd, when.month, when.day);
    const lifts = stamp(year, when.month, when.day, when.hour ?? 0, when.minute ?? 0);
    if (lifts <= published) {
      if (marking) out.push({ start: m.start, end: m.end + when.text[1], severity: 'info', message: LIFTED[0], messageCy: LIFTED[1], data: { lifts } });
      continue;
    }
    out.push({
      start: m.start,
      end: m.end + when.text[1],
      data: {
        detail: ` (it lifts ${lifts}; the post is published ${published})`,
        'detail-cy': ` (daw i ben ${lifts}; caiff y neges ei chyhoeddi ${published})`,
      },
    });
  }
  return out;
}

/** With no year given, the year that puts the date nearest the publication day ("3 December" read on 1 or on 4 December). */
function nearestYear(py: number, pm: number, pd: number, month: number, day: number): number {
  const published = Date.UTC(py, pm - 1, pd);
  return [py - 1, py, py + 1].sort((a, b) => Math.abs(Date.UTC(a, month - 1, day) - published) - Math.abs(Date.UTC(b, month - 1, day) - published))[0];
}

/** "Embargo" is a marker in capitals, or before "until", a colon or a date; "an arms embargo" is not. */
function isMarker(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/embargo/i.test(word)) return true;
  if (/EMBARGO/.test(word) || /^(?:under|dan)\s/i.test(word) || /(?:until|till|tan|hyd|to)$/i.test(word)) return true;
  return /^\s*(?:[:–—-]|\(|\d|until|till|tan|hyd\b|to\s+\d)/i.test(text.slice(end, end + 12));
}

async function parseEnglishWhen(rest: string, reference: Date): Promise<WhenParts | undefined> {
  const { GB } = await (chrono ??= import('chrono-node/en'));
  const found = GB.parse(rest, { instant: reference }, { forwardDate: true }).find((r) => r.start.isCertain('day') || r.start.isCertain('weekday'));
  if (!found) return undefined;
  const s = found.start;
  return {
    year: s.isCertain('year') ? s.get('year') ?? undefined : undefined,
    month: s.get('month') ?? undefined,
    day: s.get('day') ?? undefined,
    hour: s.isCertain('hour') ? s.get('hour') ?? 0 : 0,
    minute: s.isCertain('minute') ? s.get('minute') ?? 0 : 0,
    text: [found.index, found.index + found.text.length],
  };
}
