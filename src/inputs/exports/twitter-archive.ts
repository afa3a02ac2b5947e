import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceResult } from '../source.js';
import { isoInstant, localIso, twitterInstant } from './dates.js';
import type { ExportInput, ExportSource } from './export-source.js';
import { jsonRecords } from './json-records.js';
import { t as msg } from '../../i18n/index.js';
import { jsonKind, postResult, problem, timeZoneOf } from './shared.js';

/**
 * An X (Twitter) archive (docs/export-formats.md §2): `data/tweets.js` and its parts
 * (`tweets-part1.js`...; `tweet.js` in older archives), with the user name from
 * `data/account.js` and the whole text of long posts from `data/note-tweet.js`. Only those
 * files are opened: the archive also holds direct messages, e-mail and IP addresses.
 */

/** The archive's tweet files, by name. */
const TWEETS_FILE = /(?:^|[\\/])tweets?(?:-part\d+)?\.js$/i;
const YTD_TWEETS = /^\s*window\.YTD\.tweets?\.part\d+\s*=/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** `&amp;`, `&lt;` and `&gt;`, the only entities X writes in `full_text`, decoded in one pass. */
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt);/g, (_, e: string) => (e === 'amp' ? '&' : e === 'lt' ? '<' : '>'));

/** Replaces every occurrence of `from` (a t.co link) by `to`. */
const replaceAll = (text: string, from: string, to: string) => (from ? text.split(from).join(to) : text);

/**
 * The text as posted: entities decoded, each `t.co` link replaced by the link it stands for
 * (so that a SharePoint link behind one is seen), and media links (`pic.x.com/...`, which are
 * not text) removed.
 */
export function tweetText(t: Obj): string {
  let text = decodeEntities(t.full_text as string);
  const entities = isObj(t.entities) ? t.entities : {};
  for (const u of Array.isArray(entities.urls) ? entities.urls : []) {
    if (isObj(u) && str(u.url) && str(u.expanded_url)) text = replaceAll(text, u.url as string, u.expanded_url as string);
  }
  const media = [entities.media, isObj(t.extended_entities) ? t.extended_entities.media : undefined].flatMap((m) => (Array.isArray(m) ? m : []));
  let removed = false;
  for (const m of media) {
    if (isObj(m) && str(m.url) && text.includes(m.url as string)) {
      text = replaceAll(text, m.url as string, '');
      removed = true;
    }
  }
  return removed ? text.trimEnd() : text;
}

/** The whole text of a long post, keyed by the tweet it belongs to. */
interface Notes {
  byTweet: Map<string, string>;
  bySecond: Map<number, string[]>;
}

/** A note's text with its links expanded (`core.text`; some archives write `noteTweetResults.text`). */
function noteText(note: Obj): string | undefined {
  const body = [note.core, note.noteTweetResults, note.noteTweetContents].find((b) => isObj(b) && typeof b.text === 'string') as Obj | undefined;
  if (!body) return undefined;
  let text = decodeEntities(body.text as string);
  const urls = isObj(body.entitySet) ? body.entitySet.urls : body.urls;
  for (const u of Array.isArray(urls) ? urls : []) {
    if (!isObj(u)) continue;
    const short = str(u.shortUrl) ?? str(u.url);
    const long = str(u.expandedUrl) ?? str(u.expanded_url);
    if (short && long && /^https?:\/\/t\.co\//.test(short)) text = replaceAll(text, short, long);
  }
  return text;
}

/** The start of a text, for telling which note belongs to a cut post: its first words, up to a link or the `…`. */
const opening = (s: string) => s.split(/https?:\/\/|…/, 1)[0].replace(/\s+/g, ' ').trim().slice(0, 40);

/** The note of a post: by the tweet ID when the note has one, else by time (to the second) and opening words. */
function noteFor(notes: Notes, id: string, ms: number, text: string): string | undefined {
  const byId = notes.byTweet.get(id);
  if (byId !== undefined) return byId;
  const start = opening(text);
  return notes.bySecond.get(Math.floor(ms / 1000))?.find((n) => opening(n).startsWith(start));
}

/** `has` that treats a failure to look as absence. */
async function has(input: ExportInput, name: string): Promise<boolean> {
  try {
    return await input.has(name);
  } catch {
    return false;
  }
}

const damaged = () => msg('x.damaged');

export const twitterArchiveSource: ExportSource = {
  name: 'x-archive',
  accepts(shown, head) {
    if (/\.js$/i.test(shown)) return TWEETS_FILE.test(shown) || YTD_TWEETS.test(head);
    // A folder: the unzipped archive, or its data/ folder.
    if (head !== '') return false;
    return ['data/tweets.js', 'data/tweet.js', 'tweets.js', 'tweet.js'].some((n) => existsSync(join(shown, n)));
  },
  async *read(input, o) {
    const shown = input.shown;
    const { zone, error } = timeZoneOf(o, shown);
    if (error) {
      yield error;
      return;
    }
    const single = /\.js$/i.test(shown);
    // Names below are relative to the archive folder, or to the single file's folder.
    let dir = '';
    const parts: Array<string | undefined> = [];
    if (single) parts.push(undefined);
    else {
      dir = (await has(input, 'data/tweets.js')) || (await has(input, 'data/tweet.js')) ? 'data/' : '';
      const first = (await has(input, `${dir}tweets.js`)) ? 'tweets.js' : (await has(input, `${dir}tweet.js`)) ? 'tweet.js' : undefined;
      if (!first) {
        yield problem(msg('x.noTweets'), shown);
        return;
      }
      parts.push(first);
      const stem = first.replace(/\.js$/, '');
      for (let n = 1; await has(input, `${dir}${stem}-part${n}.js`); n++) parts.push(`${stem}-part${n}.js`);
    }
    const fileOf = (name: string) => (single ? join(shown, '..', name) : join(shown, name));

    const side: SourceResult[] = [];
    const username = await readUsername(input, `${dir}account.js`, fileOf(`${dir}account.js`), side);
    const notes = await readNotes(input, `${dir}note-tweet.js`, fileOf(`${dir}note-tweet.js`), side);
    yield* side;
    const account = username ? `@${username}` : undefined;

    for (const part of parts) {
      const file = part === undefined ? shown : fileOf(`${dir}${part}`);
      for await (const ev of jsonRecords(part === undefined ? input.open() : input.open(`${dir}${part}`), { ytd: true })) {
        if (ev.kind === 'error') {
          yield problem(ev.message, file, ev.line);
          break;
        }
        if (ev.kind === 'start') {
          if (ev.ytd && !/^tweets?$/.test(ev.ytd)) {
            yield problem(msg('x.otherData', { ytd: ev.ytd }), file, 1);
            break;
          }
          if (ev.top !== 'array') {
            yield problem(msg('x.notList', { damaged: damaged() }), file, 1);
            break;
          }
          continue;
        }
        if (ev.kind !== 'record') continue;
        const row = ev.index + 1;
        const fail = (why: string) => problem(msg('x.record', { row, why, damaged: damaged() }), file, ev.line);
        const value = ev.value;
        if (!isObj(value)) {
          yield fail(msg('x.notTweet', { what: jsonKind(value) }));
          continue;
        }
        // Archives since 2019 wrap each tweet as { "tweet": {...} }; older ones did not.
        const t = isObj(value.tweet) ? value.tweet : value;
        const id = str(t.id_str) ?? str(t.id);
        if (!id) {
          yield fail(msg('x.noId'));
          continue;
        }
        if (t.full_text === undefined) {
          yield fail(msg('x.noText', { id }));
          continue;
        }
        if (typeof t.full_text !== 'string') {
          yield fail(msg('x.textNotText', { id, what: jsonKind(t.full_text) }));
          continue;
        }
        const created = str(t.created_at);
        const ms = created === undefined ? undefined : twitterInstant(created);
        if (ms === undefined) {
          yield fail(created === undefined ? msg('x.createdMissing', { id }) : msg('x.createdBad', { id, value: String(created) }));
          continue;
        }
        let text = tweetText(t);
        // A post over 280 characters is cut with '…' here; its whole text is in note-tweet.js.
        if (notes) text = noteFor(notes, id, ms, text) ?? text;
        // A photo or video with no words: full_text held only its media link.
        if (text.trim() === '') continue;
        const url = username ? `https://x.com/${username}/status/${id}` : `https://x.com/i/web/status/${id}`;
        yield postResult(text, file, row, { id, account, date: localIso(ms, zone), url });
      }
    }
  },
};

/** `account.username` from account.js, or undefined (then posts link by ID alone). */
async function readUsername(input: ExportInput, name: string, file: string, side: SourceResult[]): Promise<string | undefined> {
  if (!(await has(input, name))) return undefined;
  for await (const ev of jsonRecords(input.open(name), { ytd: true })) {
    if (ev.kind === 'error') {
      side.push(problem(msg('x.accountSide', { message: ev.message }), file, ev.line));
      return undefined;
    }
    if (ev.kind === 'record') {
      const account = isObj(ev.value) && isObj(ev.value.account) ? ev.value.account : undefined;
      const username = str(account?.username);
      if (username && /^\w{1,50}$/.test(username)) return username;
    }
  }
  return undefined;
}

/** The notes of note-tweet.js: only long posts have one, so they are few. */
async function readNotes(input: ExportInput, name: string, file: string, side: SourceResult[]): Promise<Notes | undefined> {
  if (!(await has(input, name))) return undefined;
  const notes: Notes = { byTweet: new Map(), bySecond: new Map() };
  for await (const ev of jsonRecords(input.open(name), { ytd: true })) {
    if (ev.kind === 'error') {
      side.push(problem(msg('x.notesSide', { message: ev.message }), file, ev.line));
      break;
    }
    if (ev.kind !== 'record' || !isObj(ev.value)) continue;
    const note = isObj(ev.value.noteTweet) ? ev.value.noteTweet : ev.value;
    const text = noteText(note);
    if (text === undefined) continue;
    const tweetId = str(note.tweetId);
    if (tweetId) notes.byTweet.set(tweetId, text);
    const ms = str(note.createdAt) ? isoInstant(note.createdAt as string) : undefined;
    if (ms !== undefined) {
      const second = Math.floor(ms / 1000);
      notes.bySecond.set(second, [...(notes.bySecond.get(second) ?? []), text]);
    }
  }
  return notes.byTweet.size || notes.bySecond.size ? notes : undefined;
}
