import { describe, expect, it } from 'vitest';
import { facebookSource, repairMojibake } from '../../../src/inputs/exports/facebook.js';
import { diskInput, FIXTURES, generatedInput, memoryInput, readAll } from './helpers.js';

const DYI = `${FIXTURES}/facebook/posts/your_posts_1.json`;
const GRAPH = `${FIXTURES}/facebook/graph-posts.json`;
const BAD_DYI = `${FIXTURES}/facebook-malformed/posts/your_posts_1.json`;
const BAD_GRAPH = `${FIXTURES}/facebook-malformed/graph-posts.json`;

describe("Meta's mojibake", () => {
  it('is undone only when the whole string is UTF-8 read as Latin-1', () => {
    expect(repairMojibake('Cyngor Sir G\u00c3\u00a2r')).toBe('Cyngor Sir Gâr');
    expect(repairMojibake('G\u00c5\u00b5yl, t\u00c5\u00b7, i\u00e2\u0080\u0099r \u00f0\u009f\u008e\u0089')).toBe('Gŵyl, tŷ, i’r 🎉');
    // A lone lead byte: not UTF-8, left as it is.
    expect(repairMojibake('Caf\u00c3 ar agor')).toBe('Caf\u00c3 ar agor');
    // Already real Unicode (a character above U+00FF): not touched.
    expect(repairMojibake('Mae\u2019r d\u0175r yn \u00f4l')).toBe('Mae\u2019r d\u0175r yn \u00f4l');
    // Correct Latin-1 text that is not a UTF-8 byte run is left alone.
    expect(repairMojibake('Caf\u00e9 ar agor')).toBe('Caf\u00e9 ar agor');
    expect(repairMojibake('plain ASCII')).toBe('plain ASCII');
  });
});

describe('Facebook "Download your information" posts JSON: the fixture', () => {
  it('reads each post with text, its date from timestamp (UTC seconds, written in London time) and the Page from the title; no ID or URL', async () => {
    const { posts, errors } = await readAll(facebookSource, diskInput(DYI));
    expect(errors).toEqual([]);
    // Record 7 (a photo with no words) and 11 (a shared event) have no text: skipped.
    expect(posts.map((p) => [p.row, p.date])).toEqual([
      [1, '2026-04-01T09:00+01:00'],
      [2, '2026-03-23T09:00+00:00'],
      [3, '2026-03-20T08:10+00:00'],
      [4, '2026-03-18T12:00+00:00'],
      [5, '2026-03-16T11:20+00:00'],
      [6, '2026-03-15T18:30+00:00'],
      [8, '2026-03-12T09:35+00:00'],
      [9, '2026-03-11T12:05+00:00'],
      [10, '2026-03-10T10:00+00:00'],
      [12, '2026-03-06T17:40+00:00'],
      [13, '2026-03-05T08:30+00:00'],
      [14, '2026-03-02T09:00+00:00'],
    ]);
    for (const p of posts) {
      expect(p).toMatchObject({ file: DYI, account: 'Example County Council' });
      expect(p.id).toBeUndefined();
      expect(p.url).toBeUndefined();
    }
  });

  it('Welsh posts come out with their circumflexes, apostrophes and emoji repaired', async () => {
    const { posts } = await readAll(facebookSource, diskInput(DYI));
    const byRow = new Map(posts.map((p) => [p.row, p.text]));
    expect(byRow.get(4)).toBe(
      'Rydyn ni’n gweithio gyda Chyngor Sir Gâr ar y gwaith ar yr A4999. Bydd y ffordd yn ailagor ddydd Gwener.\n\nWe’re working with Cyngor Sir Gâr (Carmarthenshire County Council) on the A4999 works. The road reopens on Friday.',
    );
    expect(byRow.get(6)).toMatch(/^Diolch i bawb a ddaeth i’r ŵyl ddydd Sadwrn!/);
    expect(byRow.get(10)).toMatch(/^Mae Gŵyl Fwyd Aberenghraifft yn ôl ddydd Sadwrn 14 Mawrth! 🎉 Dewch i’r Sgwâr o 10yb tan 4yp\./);
    expect(byRow.get(3)).toBe('Lost dog found near Llanbrawf Primary School this morning. Owner please call Siân on 07700 900456 to collect him 🐕');
    // No mojibake left anywhere: Ã, Å, â€ and ð are what UTF-8 bytes look like read as Latin-1.
    expect(posts.filter((p) => /Ã|Å|â€|ð/.test(p.text))).toEqual([]);
  });

  it('the same posts from DYI and from the Graph API have the same texts and dates', async () => {
    const dyi = (await readAll(facebookSource, diskInput(DYI))).posts;
    const graph = (await readAll(facebookSource, diskInput(GRAPH))).posts;
    const key = (p: { date?: string; text: string }) => `${p.date} ${p.text}`;
    expect(graph.map(key)).toEqual(dyi.map(key));
  });
});

describe('Facebook Graph API /{page-id}/posts JSON: the fixture', () => {
  it('reads id, page (account), created_time and permalink; the photo post without message is skipped', async () => {
    const { posts, errors } = await readAll(facebookSource, diskInput(GRAPH));
    expect(errors).toEqual([]);
    expect(posts).toHaveLength(12);
    expect(posts.map((p) => p.row)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]);
    expect(posts[0]).toEqual({
      text: 'Mae biliau Treth y Cyngor 2026/27 ar eu ffordd. Talwch ar-lein: https://www.example.org/treth-y-cyngor\n\nCouncil Tax bills for 2026/27 are on their way. Pay online: https://www.example.org/council-tax',
      row: 1,
      file: GRAPH,
      id: '104700000000001_122100000000000114',
      account: '104700000000001',
      date: '2026-04-01T09:00+01:00',
      url: 'https://www.facebook.com/104700000000001/posts/122100000000000114',
      scheduled: '2026-04-01T09:00',
    });
    for (const p of posts) expect(p.url).toBe(`https://www.facebook.com/104700000000001/posts/${p.id!.split('_')[1]}`);
    expect(posts.find((p) => p.id === '104700000000001_122100000000000111')!.text).toContain('Cyngor Sir Gâr');
  });
});

describe('Facebook: malformed', () => {
  it('DYI: each bad record is an error naming file, record and line; the good ones (and text left unrepaired) are read', async () => {
    const { posts, errors } = await readAll(facebookSource, diskInput(BAD_DYI));
    expect(posts.map((p) => [p.row, p.text])).toEqual([
      [1, 'Cofiwch roi eich bin ailgylchu allan erbyn 7yb. Mae’r amserlen newydd ar-lein.\n\nRemember to put your recycling out by 7am. The new timetable is online.'],
      // A broken escape run is not repaired (welsh/mangled-diacritics will see it)...
      [9, 'Caf\u00c3 ar agor / Caf\u00c3 open'],
      // ...and text already in Unicode is not touched.
      [10, 'Mae’r dŵr yn ôl ymlaen yn Llanbrawf. / Water is back on in Llanbrawf.'],
    ]);
    expect(errors.map((e) => [e.file, e.line, e.message.split(';')[0]])).toEqual([
      [BAD_DYI, 11, 'record 2: the post has no timestamp'],
      [BAD_DYI, 19, 'record 3: the timestamp 1774346400000 is not a time a post can have (it looks like milliseconds: Facebook writes seconds)'],
      [BAD_DYI, 28, 'record 4: the timestamp is a string ("1774350000"), not a number of seconds'],
      [BAD_DYI, 37, 'record 5: data is an object, not a list'],
      [BAD_DYI, 48, 'record 7: the post is a number, not text'],
      [BAD_DYI, 57, 'record 8: a list where a post should be'],
    ]);
    // Record 6 has no data at all: a post without words of its own, as real exports have.
  });

  it('Graph: each bad post is an error; an id without the PAGEID_ prefix is read without account or URL', async () => {
    const { posts, errors } = await readAll(facebookSource, diskInput(BAD_GRAPH));
    expect(posts.map((p) => [p.row, p.id, p.account, p.url, p.date])).toEqual([
      [1, '104700000000001_122100000000000120', '104700000000001', 'https://www.facebook.com/104700000000001/posts/122100000000000120', '2026-03-24T09:00+00:00'],
      [6, '122100000000000124', undefined, undefined, '2026-03-24T14:00+00:00'],
    ]);
    expect(errors.map((e) => [e.line, e.message.split(';')[0]])).toEqual([
      [10, 'record 2: the post has no id'],
      [14, 'record 3: created_time "24/03/2026 11:00" is not an ISO 8601 date-time with an offset, as the Graph API writes it (\'2026-03-02T09:00:00+0000\')'],
      [21, "record 4: created_time 1774350000 is not an ISO 8601 date-time with an offset, as the Graph API writes it ('2026-03-02T09:00:00+0000')"],
      [28, 'record 5: the message is a list, not text'],
      [44, 'record 7: a string where a post should be'],
    ]);
    expect(errors.every((e) => e.file === BAD_GRAPH)).toBe(true);
  });

  it('invalid JSON stops the file with one error naming the line, after the records before it', async () => {
    const json = '[\n {"timestamp": 1772442000, "data": [{"post": "One"}]},\n {"timestamp": 1772442001, "data": [{"post": "Two" "x"}]},\n {"timestamp": 1772442002, "data": [{"post": "Three"}]}\n]';
    const { posts, errors } = await readAll(facebookSource, memoryInput('your_posts_1.json', json));
    expect(posts.map((p) => p.text)).toEqual(['One']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'your_posts_1.json', line: 3 });
    expect(errors[0].message).toMatch(/^invalid JSON on line 3 \(expected ','\), in or just before record 2: the file is damaged or was edited; export it again$/);
  });

  it('an empty file, or JSON that holds no list of posts, is one error; an empty list is an export with no posts', async () => {
    for (const content of ['', '{"paging": {}}']) {
      const { posts, errors } = await readAll(facebookSource, memoryInput('graph.json', content));
      expect(posts).toEqual([]);
      expect(errors).toHaveLength(1);
    }
    for (const content of ['[]', '{"data": [], "paging": {}}']) {
      expect(await readAll(facebookSource, memoryInput('graph.json', content))).toEqual({ posts: [], errors: [] });
    }
  });
});

describe('Facebook: forms', () => {
  it('Graph pages saved one after another in a list, and a bare list of posts, are read', async () => {
    const page = (n: number) => ({ data: [{ id: `1_${n}`, message: `Post ${n}`, created_time: '2026-08-03T13:21:53+0000' }], paging: { cursors: {} } });
    const pages = await readAll(facebookSource, memoryInput('pages.json', JSON.stringify([page(1), page(2)])));
    expect(pages.errors).toEqual([]);
    expect(pages.posts.map((p) => [p.row, p.id, p.text, p.date, p.url])).toEqual([
      [1, '1_1', 'Post 1', '2026-08-03T14:21+01:00', 'https://www.facebook.com/1/posts/1'],
      [2, '1_2', 'Post 2', '2026-08-03T14:21+01:00', 'https://www.facebook.com/1/posts/2'],
    ]);
    const bare = await readAll(facebookSource, memoryInput('posts.json', JSON.stringify(page(3).data)));
    expect(bare.posts.map((p) => p.id)).toEqual(['1_3']);
  });

  it('a Graph post with attachments is still a Graph post; from{name} is the account when requested', async () => {
    const json = JSON.stringify({ data: [{ id: '1_2', message: 'Helo', created_time: '2026-03-02T09:00:00+0000', from: { name: 'Cyngor Sir Gâr', id: '1' }, attachments: { data: [] } }] });
    const { posts, errors } = await readAll(facebookSource, memoryInput('graph.json', json));
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.id, p.account])).toEqual([['1_2', 'Cyngor Sir Gâr']]);
  });

  it('a DYI wrapper object ({ "status_updates_v2": [...] }) is read', async () => {
    const json = JSON.stringify({ status_updates_v2: [{ timestamp: 1772442000, data: [{ post: 'Helo' }], title: 'Cyngor Sir G\u00c3\u00a2r updated their status.' }] });
    const { posts } = await readAll(facebookSource, memoryInput('profile_posts_1.json', json));
    expect(posts).toEqual([{ text: 'Helo', row: 1, file: 'profile_posts_1.json', account: 'Cyngor Sir Gâr', date: '2026-03-02T09:00+00:00', scheduled: '2026-03-02T09:00' }]);
  });

  it('a large export streams: 20,000 DYI posts become 20,000 posts', async () => {
    const N = 20_000;
    const input = generatedInput('your_posts_1.json', function* () {
      let chunk = '[';
      for (let i = 0; i < N; i++) {
        chunk += `${i ? ',' : ''}\n  {\n    "timestamp": ${1772442000 + i * 60},\n    "data": [\n      {\n        "post": "Post ${i}: Cyngor Sir G\\u00c3\\u00a2r"\n      }\n    ],\n    "title": "Example County Council updated their status."\n  }`;
        if (chunk.length > 8192) {
          yield chunk;
          chunk = '';
        }
      }
      yield `${chunk}\n]\n`;
    });
    let count = 0;
    let errors = 0;
    let last: unknown;
    for await (const r of facebookSource.read(input, {})) {
      errors += r.errors.length;
      count++;
      if (r.doc?.kind === 'post') last = { text: r.doc.text, row: r.doc.where.row };
    }
    expect(errors).toBe(0);
    expect(count).toBe(N);
    expect(last).toEqual({ text: `Post ${N - 1}: Cyngor Sir Gâr`, row: N });
  }, 120_000);
});
