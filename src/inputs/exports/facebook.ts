import { ACCOUNT_MARK } from '../account.js';
import type { SourceResult } from '../source.js';
import { isoInstant, localIso } from './dates.js';
import type { ExportSource } from './export-source.js';
import { jsonRecords } from './json-records.js';
import { t } from '../../i18n/index.js';
import { jsonKind, postResult, problem, timeZoneOf } from './shared.js';

/**
 * A Facebook Page's posts (docs/export-formats.md §3 and §4), in either of two shapes, told
 * apart record by record:
 *
 * - Meta's "Download your information" (DYI) `your_posts_1.json` / `profile_posts_1.json`:
 *   a list of `{ timestamp, data: [{ post }], attachments, title }`, every non-ASCII
 *   character written as one `\u00XX` escape per UTF-8 byte (repaired here). No post ID or
 *   link; the Page's name comes from the generated `title` when it has the usual form.
 * - The Graph API's `/{page-id}/posts`: `{ data: [{ id, message, created_time, permalink_url }], paging }`,
 *   several such pages in a list, or the bare list of posts.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const what = jsonKind;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Meta's mojibake undone: a string made only of characters up to U+00FF, with at least one
 * above U+007F, read as Latin-1 bytes and decoded as UTF-8 ("G\u00c3\u00a2r" → "Gâr"). A
 * string that is not a whole UTF-8 byte sequence that way ("Caf\u00c3 ar agor"), or that
 * already holds a character above U+00FF (a tool has repaired it, "d\u0175r"), is left as it is.
 */
export function repairMojibake(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return s;
  }
}

/** DYI file names: `your_posts_1.json`, `your_posts__check_ins__photos_and_videos_1.json`, `profile_posts_1.json`. */
const DYI_FILE = /(?:^|[\\/])(?:your|profile)_posts[^\\/]*\.json$/i;
/** Keys of a top-level object that hold posts: the Graph API's `data`, DYI wrappers such as `status_updates_v2`. */
const RECORD_KEY = (key: string) => key === 'data' || /post|status_update/i.test(key);

/** The Page's name in a DYI title, "Example County Council updated their status." (wording assumed for Pages). */
const TITLE = /^(.+?) (?:updated (?:his|her|their|its) status|shared (?:a|an|\d+) |added (?:a|an|\d+) |posted |wrote |created (?:a|an) |changed |was |is )/;

/** Unix seconds a Facebook post can have: 2004 (Facebook opens) to 2100. */
const SECONDS = { min: 1_070_000_000, max: 4_102_444_800 };

type Kind = 'dyi' | 'graph';

/** Which shape a record is, or undefined when it cannot be told (then the file's shape so far is assumed). */
function kindOf(v: Obj): Kind | undefined {
  if ('timestamp' in v) return 'dyi';
  // The Graph API can send attachments too: its own fields decide first.
  if ('created_time' in v || 'message' in v || 'permalink_url' in v || 'id' in v) return 'graph';
  if ('title' in v || 'attachments' in v || 'data' in v) return 'dyi';
  return undefined;
}

/** A Graph API page of results: `{ data: [posts], paging }`, as saved one after another in a list. */
const isGraphPage = (v: Obj) => Array.isArray(v.data) && !('timestamp' in v) && ('paging' in v || v.data.every((p) => !isObj(p) || !('post' in p)));

export const facebookSource: ExportSource = {
  name: 'facebook',
  accepts(shown, head) {
    if (!/\.json$/i.test(shown) || ACCOUNT_MARK.test(head)) return false;
    if (DYI_FILE.test(shown)) return true;
    const h = head.replace(/^\uFEFF/, '').trimStart();
    if (h.startsWith('[') && /"timestamp"\s*:/.test(h) && /"(?:post|attachments|title)"\s*:/.test(h)) return true;
    if (/"created_time"\s*:/.test(h)) return true;
    return h.startsWith('{') && /"data"\s*:\s*\[/.test(h) && /"(?:message|permalink_url)"\s*:/.test(h);
  },
  async *read(input, o) {
    const file = input.shown;
    const { zone, error } = timeZoneOf(o, file);
    if (error) {
      yield error;
      return;
    }
    let kind: Kind | undefined = DYI_FILE.test(file) ? 'dyi' : undefined;
    let posts = 0;
    for await (const ev of jsonRecords(input.open(), { recordKey: RECORD_KEY })) {
      if (ev.kind === 'error') {
        yield problem(ev.message, file, ev.line);
        return;
      }
      if (ev.kind === 'start') continue;
      if (ev.kind === 'end') {
        // An empty list is an export with no posts; JSON with no list of posts at all is not an export of posts.
        if (ev.arrays === 0) yield problem(t('fb.noList'), file, 1);
        continue;
      }
      const v = ev.value;
      if (isObj(v) && kind !== 'dyi' && ev.key === undefined && isGraphPage(v)) {
        // Pages of Graph API results saved one after another: each post is a record.
        kind = 'graph';
        for (const post of v.data as unknown[]) {
          const r = graphPost(post, file, ++posts, ev.line, zone);
          if (r) yield r;
        }
        continue;
      }
      posts++;
      if (!isObj(v)) {
        yield problem(t('fb.notPost', { n: posts, what: what(v) }), file, ev.line);
        continue;
      }
      kind = kindOf(v) ?? kind ?? (ev.key === 'data' ? 'graph' : 'dyi');
      const r = kind === 'graph' ? graphPost(v, file, posts, ev.line, zone) : dyiPost(v, file, posts, ev.line, zone);
      if (r) yield r;
    }
  },
};

/** A DYI record as a post, an error, or nothing (a post with no text: a photo, a shared event). */
function dyiPost(v: Obj, file: string, row: number, line: number, zone: string): SourceResult | undefined {
  const fail = (why: string) => problem(t('fb.dyiRecord', { row, why }), file, line);
  // A photo or a share with no words of its own has no data, or data without a post.
  if (v.data === undefined) return undefined;
  if (!Array.isArray(v.data)) return fail(t('fb.dataNotList', { what: what(v.data) }));
  const texts: string[] = [];
  for (const d of v.data) {
    if (!isObj(d) || d.post === undefined) continue;
    if (typeof d.post !== 'string') return fail(t('fb.postNotText', { what: what(d.post) }));
    texts.push(repairMojibake(d.post));
  }
  const text = texts.filter((t) => t.trim() !== '').join('\n\n');
  if (text === '') return undefined;
  const ts = v.timestamp;
  if (ts === undefined) return fail(t('fb.noTimestamp'));
  if (typeof ts !== 'number') return fail(t('fb.timestampType', { what: what(ts), value: JSON.stringify(ts) }));
  if (!Number.isInteger(ts) || ts < SECONDS.min || ts > SECONDS.max) {
    const hint = Number.isInteger(ts) && ts > SECONDS.max * 100 ? t('fb.milliseconds') : '';
    return fail(t('fb.timestampRange', { value: ts, hint }));
  }
  const title = typeof v.title === 'string' ? repairMojibake(v.title) : '';
  const account = TITLE.exec(title)?.[1];
  return postResult(text, file, row, { account, date: localIso(ts * 1000, zone) });
}

/** A Graph API post as a post, an error, or nothing (a post with no message: a photo). */
function graphPost(v: unknown, file: string, row: number, line: number, zone: string): SourceResult | undefined {
  const fail = (why: string) => problem(t('fb.graphRecord', { row, why }), file, line);
  if (!isObj(v)) return fail(t('fb.graphNotPost', { what: what(v) }));
  // A post with no words (a photo) has no message.
  if (v.message === undefined) return undefined;
  if (typeof v.message !== 'string') return fail(t('fb.messageNotText', { what: what(v.message) }));
  if (v.message.trim() === '') return undefined;
  if (typeof v.id !== 'string' || v.id.trim() === '') return fail(v.id === undefined ? t('fb.noId') : t('fb.idNotText', { what: what(v.id) }));
  const id = v.id.trim();
  const created = v.created_time;
  const ms = typeof created === 'string' ? isoInstant(created) : undefined;
  if (ms === undefined) {
    return fail(created === undefined ? t('fb.createdMissing') : t('fb.createdBad', { value: JSON.stringify(created) }));
  }
  // A Page post's id is PAGEID_POSTID.
  const [page, post] = /^\d+_\d+$/.test(id) ? id.split('_') : [undefined, undefined];
  const permalink = typeof v.permalink_url === 'string' && /^https?:\/\//.test(v.permalink_url) ? v.permalink_url : undefined;
  const url = permalink ?? (page ? `https://www.facebook.com/${page}/posts/${post}` : undefined);
  // The Page's name when `from{name}` was requested, else its ID.
  const from = isObj(v.from) && typeof v.from.name === 'string' ? v.from.name : undefined;
  return postResult(v.message, file, row, { id, account: from ?? page, date: localIso(ms, zone), url });
}
