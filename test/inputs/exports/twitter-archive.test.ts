import { describe, expect, it } from 'vitest';
import { twitterArchiveSource } from '../../../src/inputs/exports/twitter-archive.js';
import { diskInput, FIXTURES, generatedInput, memoryInput, readAll } from './helpers.js';

const ARCHIVE = `${FIXTURES}/twitter-archive`;
const TWEETS = `${ARCHIVE}/data/tweets.js`;
const BROKEN = `${FIXTURES}/twitter-malformed`;

/** A tweet as an archive writes it: every number a string. */
function tweet(id: string, created: string, fullText: string, extra: Record<string, unknown> = {}) {
  return { tweet: { id_str: id, id, created_at: created, full_text: fullText, entities: { hashtags: [], urls: [] }, favorite_count: '0', ...extra } };
}
const ytd = (name: string, items: unknown[], tail = '') => `window.YTD.${name}.part0 = ${JSON.stringify(items, null, 2)}${tail}`;

describe('X archive: the fixture folder', () => {
  it('reads every tweet, newest first, with the user name from account.js in account and URL, and the date in London time', async () => {
    const input = diskInput(ARCHIVE);
    const { posts, errors } = await readAll(twitterArchiveSource, input);
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.row, p.id, p.date])).toEqual([
      [1, '2039251420343834095', '2026-04-01T09:00+01:00'],
      [2, '2033531227182219022', '2026-03-16T13:10+00:00'],
      [3, '2033211620206288518', '2026-03-15T16:00+00:00'],
      [4, '2032720887746167932', '2026-03-14T07:30+00:00'],
      [5, '2032431480673334922', '2026-03-13T12:20+00:00'],
      [6, '2032026312239486304', '2026-03-12T09:30+00:00'],
      [7, '2031642531891605325', '2026-03-11T08:05+00:00'],
      [8, '2031309084322746389', '2026-03-10T10:00+00:00'],
      [9, '2031071268024725394', '2026-03-09T18:15+00:00'],
      [10, '2030584814252371323', '2026-03-08T10:02+00:00'],
      [11, '2030400093689290875', '2026-03-07T21:48+00:00'],
      [12, '2029963970641579396', '2026-03-06T16:55+00:00'],
      [13, '2029474748369934415', '2026-03-05T08:31+00:00'],
      [14, '2029198175384845164', '2026-03-04T14:12+00:00'],
      [15, '2028738396026402013', '2026-03-03T07:45+00:00'],
      [16, '2028394881725616783', '2026-03-02T09:00+00:00'],
    ]);
    for (const p of posts) {
      expect(p.file).toBe(TWEETS);
      expect(p.account).toBe('@ExampleCouncil');
      expect(p.url).toBe(`https://x.com/ExampleCouncil/status/${p.id}`);
    }
    // Only the files audit needs are opened: never direct messages or the rest.
    expect(input.opened.sort()).toEqual(['data/account.js', 'data/note-tweet.js', 'data/tweets.js']);
  });

  it('texts: entities decoded, t.co links expanded (the SharePoint link is seen), media links removed, Welsh kept', async () => {
    const { posts } = await readAll(twitterArchiveSource, diskInput(ARCHIVE));
    const text = (id: string) => posts.find((p) => p.id === id)!.text;
    expect(text('2032431480673334922')).toBe('Fish & chips van at Aberenghraifft market: pitch fees < £20 a day. https://www.example.org/market');
    expect(text('2031071268024725394')).toBe("Llwybrau graeanu heno / Tonight's gritting routes: https://contoso.sharepoint.com/sites/Highways/Shared%20Documents/Gritting%20rota%202026.xlsx");
    expect(text('2028394881725616783')).toBe(
      'Bydd casgliadau gwastraff gardd yn ailddechrau ddydd Llun 2 Mawrth. Gwiriwch eich diwrnod casglu: https://www.example.org/biniau\n\nGarden waste collections restart on Monday 2 March. Check your collection day: https://www.example.org/bins',
    );
    expect(text('2031309084322746389')).toBe(
      'Mae Gŵyl Fwyd Aberenghraifft yn ôl ddydd Sadwrn 14 Mawrth! 🎉 Dewch i’r Sgwâr o 10yb tan 4yp.\n\nAberenghraifft Food Festival is back on Saturday 14 March! 🎉 Join us in the Square from 10am to 4pm.',
    );
    expect(text('2031642531891605325')).toBe('RT @CyngorEnghraifft: Bydd ein cerbydau graeanu allan heno ar y prif ffyrdd. ❄️…');
    expect(posts.every((p) => !p.text.includes('t.co/'))).toBe(true);
  });

  it("a long post's whole text comes from note-tweet.js (matched by time and opening words), not the cut text", async () => {
    const { posts } = await readAll(twitterArchiveSource, diskInput(ARCHIVE));
    const long = posts.find((p) => p.id === '2033211620206288518')!;
    expect(long.text).toBe(
      'Bydd y ffordd ar gau ar yr A4999 yn Llanbrawf o ddydd Llun 16 Mawrth tan ddydd Gwener 20 Mawrth tra bod yr wyneb yn cael ei ailosod. Defnyddiwch y gwyriad sydd wedi’i arwyddo. Diolch am eich amynedd.\n\nThe A4999 at Llanbrawf will be closed from Monday 16 March to Friday 20 March while the surface is replaced. Please use the signed diversion. Thank you for your patience.',
    );
  });

  it('data/tweets.js alone reads its neighbours account.js and note-tweet.js; so does the data/ folder', async () => {
    for (const shown of [TWEETS, `${ARCHIVE}/data`]) {
      const { posts, errors } = await readAll(twitterArchiveSource, diskInput(shown));
      expect(errors).toEqual([]);
      expect(posts).toHaveLength(16);
      expect(posts[0]).toMatchObject({ file: TWEETS, account: '@ExampleCouncil', url: 'https://x.com/ExampleCouncil/status/2039251420343834095' });
      expect(posts.find((p) => p.id === '2033211620206288518')!.text).toMatch(/Thank you for your patience\.$/);
    }
  });
});

describe('X archive: malformed', () => {
  it('each bad record is an error naming the file, record and line; good records around them are read; URLs fall back without account.js', async () => {
    const { posts, errors } = await readAll(twitterArchiveSource, diskInput(BROKEN));
    expect(posts.map((p) => [p.row, p.id, p.url, p.account])).toEqual([
      [1, '2033830700341882244', 'https://x.com/i/web/status/2033830700341882244', undefined],
      // An older archive's record without the { "tweet": ... } wrapper is read.
      [6, '2034585674217209988', 'https://x.com/i/web/status/2034585674217209988', undefined],
    ]);
    const main = `${BROKEN}/data/tweets.js`;
    const part1 = `${BROKEN}/data/tweets-part1.js`;
    expect(errors.map((e) => [e.file, e.line, e.message.split(';')[0]])).toEqual([
      [main, 37, 'record 2: tweet 2033875998751460927 has no full_text, so its text cannot be checked'],
      [main, 71, "record 3: the created_at of tweet 2034185537414338146, 'Thu Feb 30 08:30:00 +0000 2026', is not a real date as X writes it ('Fri Feb 20 09:10:58 +0000 2026')"],
      [main, 106, "record 4: the created_at of tweet 2034200639732212672, 'yesterday', is not a real date as X writes it ('Fri Feb 20 09:10:58 +0000 2026')"],
      [main, 141, 'record 5: the tweet has no id_str, so it cannot be linked to'],
      [main, 207, 'record 7: null where a tweet should be'],
      [main, 208, 'record 8: a string where a tweet should be'],
      [main, 209, 'record 9: the full_text of tweet 2034600773704841878 is a number, not text'],
      [part1, 19, 'the file ends on line 19 before its JSON is complete, in record 1 (which starts on line 2): it is cut short'],
    ]);
    expect(errors.every((e) => /download it again|export or download it again/.test(e.message))).toBe(true);
  });

  it("a file of other archive data (direct messages) is refused, and never read as posts", async () => {
    const dm = ytd('direct_messages', [{ dmConversation: { conversationId: '1-2', messages: [{ messageCreate: { text: 'Private' } }] } }]);
    const { posts, errors } = await readAll(twitterArchiveSource, memoryInput('data/tweets.js', dm));
    expect(posts).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual(["this file holds X's 'direct_messages' data, not posts: give the archive's data/tweets.js"]);
  });

  it('a file that is not an archive data file is one error', async () => {
    const { errors } = await readAll(twitterArchiveSource, memoryInput('tweets.js', 'console.log("hello")'));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^not an X archive data file/);
  });

  it('a folder without tweets.js is one error', async () => {
    const { errors } = await readAll(twitterArchiveSource, generatedInput('archive', () => []));
    expect(errors.map((e) => e.message)).toEqual(['no data/tweets.js in this folder: give the folder of an unzipped X archive (the one holding data/), or its data/tweets.js']);
  });
});

describe('X archive: forms', () => {
  it("older archives: tweet.js, window.YTD.tweet.part0, no wrapper, a trailing ';', and further parts read in order", async () => {
    const part0 = ytd('tweet', [{ id_str: '1', created_at: 'Mon Mar 02 09:00:00 +0000 2026', full_text: 'First &amp;amp; only' }], ';\n');
    const part1 = `window.YTD.tweet.part1 = ${JSON.stringify([tweet('2', 'Tue Mar 03 09:00:00 +0000 2026', 'Second')])};`;
    const input = generatedInput('archive', () => [], { 'data/tweet.js': () => [part0], 'data/tweet-part1.js': () => [part1] });
    const { posts, errors } = await readAll(twitterArchiveSource, input);
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.file, p.row, p.id, p.text])).toEqual([
      ['archive/data/tweet.js', 1, '1', 'First &amp; only'],
      ['archive/data/tweet-part1.js', 1, '2', 'Second'],
    ]);
  });

  it("a note with a tweetId is matched by it; a note at the same second but with other words is not used", async () => {
    const tweets = ytd('tweets', [
      tweet('10', 'Mon Mar 02 09:00:00 +0000 2026', 'Cut by X…'),
      tweet('11', 'Mon Mar 02 09:00:00 +0000 2026', 'A short post at the same second'),
    ]);
    const notes = ytd('note_tweet', [
      { noteTweet: { noteTweetId: '99', tweetId: '10', noteTweetResults: { text: 'Cut by X? No: the whole text &amp; more' } } },
      { noteTweet: { noteTweetId: '98', createdAt: '2026-03-02T09:00:00.000Z', core: { text: 'Another long post entirely', urls: [] } } },
    ]);
    const input = memoryInput('data/tweets.js', tweets, { 'note-tweet.js': notes });
    const { posts } = await readAll(twitterArchiveSource, input);
    expect(posts.map((p) => p.text)).toEqual(['Cut by X? No: the whole text & more', 'A short post at the same second']);
  });

  it('a photo with no words (full_text only its media link) is skipped silently; other entity links in it are expanded', async () => {
    const media = { url: 'https://t.co/pic', expanded_url: 'https://x.com/A/status/5/photo/1', type: 'photo' };
    const tweets = ytd('tweets', [
      tweet('5', 'Mon Mar 02 09:00:00 +0000 2026', 'https://t.co/pic', { entities: { urls: [], media: [media] }, extended_entities: { media: [media] } }),
      tweet('6', 'Mon Mar 02 10:00:00 +0000 2026', 'See https://t.co/a https://t.co/pic', { entities: { urls: [{ url: 'https://t.co/a', expanded_url: 'https://contoso.sharepoint.com/x' }], media: [media] } }),
    ]);
    const { posts, errors } = await readAll(twitterArchiveSource, memoryInput('tweets.js', tweets));
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.id, p.text])).toEqual([['6', 'See https://contoso.sharepoint.com/x']]);
  });

  it('a minified archive (one long line) and one cut into tiny chunks (split inside multi-byte letters) read the same', async () => {
    const items = [tweet('1', 'Mon Mar 02 09:00:00 +0000 2026', 'Gŵyl ’r Sgwâr 🎉'), tweet('2', 'Mon Mar 02 10:00:00 +0000 2026', 'x'.repeat(200_000))];
    const minified = `window.YTD.tweets.part0 = ${JSON.stringify(items)}`;
    const bytes = new TextEncoder().encode(minified);
    const tiny = generatedInput('tweets.js', function* () {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    });
    for (const input of [memoryInput('tweets.js', minified), tiny]) {
      const { posts, errors } = await readAll(twitterArchiveSource, input);
      expect(errors).toEqual([]);
      expect(posts.map((p) => [p.row, p.text.length])).toEqual([
        [1, 'Gŵyl ’r Sgwâr 🎉'.length],
        [2, 200_000],
      ]);
      expect(posts[0].text).toBe('Gŵyl ’r Sgwâr 🎉');
    }
  });

  it('a large archive streams: 20,000 tweets in 4 KB chunks become 20,000 posts', async () => {
    const N = 20_000;
    const input = generatedInput('data/tweets.js', function* () {
      yield 'window.YTD.tweets.part0 = [';
      let chunk = '';
      for (let i = 0; i < N; i++) {
        const t = tweet(String(3_000_000_000_000_000_000n + BigInt(i)), 'Fri Feb 20 09:10:58 +0000 2026', `Post ${i}: Mae’r ffordd ar gau &amp; https://t.co/x`, {
          entities: { urls: [{ url: 'https://t.co/x', expanded_url: `https://www.example.org/${i}` }] },
        });
        chunk += `${i ? ',' : ''}\n  ${JSON.stringify(t, null, 2).replace(/\n/g, '\n  ')}`;
        if (chunk.length > 4096) {
          yield chunk;
          chunk = '';
        }
      }
      yield `${chunk}\n];\n`;
    });
    let count = 0;
    let errors = 0;
    let last: { text?: string; row?: number } = {};
    for await (const r of twitterArchiveSource.read(input, {})) {
      errors += r.errors.length;
      count++;
      if (r.doc?.kind === 'post') last = { text: r.doc.text, row: r.doc.where.row };
    }
    expect(errors).toBe(0);
    expect(count).toBe(N);
    expect(last).toEqual({ text: `Post ${N - 1}: Mae’r ffordd ar gau & https://www.example.org/${N - 1}`, row: N });
  }, 120_000);
});
