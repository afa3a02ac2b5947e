import { describe, expect, it } from 'vitest';
import { sproutCsvSource } from '../../../src/inputs/exports/sprout-csv.js';
import { diskInput, FIXTURES, generatedInput, memoryInput, readAll } from './helpers.js';

const GOOD = `${FIXTURES}/sprout/messages.csv`;
const BAD = `${FIXTURES}/sprout/messages-malformed.csv`;
const HEADER =
  'Date,Post ID,Network,Post Type,Content Type,Profile,Sent by,Link,Post,Linked Content,Impressions,Organic Impressions,Paid Impressions,Reach,Organic Reach,Paid Reach,Potential Reach,Engagement Rate (per Impression),Engagements,Reactions,Likes,Comments,Shares,Post Link Clicks,Tags';

describe('Sprout Social Post Performance CSV: the fixture', () => {
  it('reads every post with text (the Instagram Story without text is skipped, not an error), with row, id, account, date and link', async () => {
    const { posts, errors } = await readAll(sproutCsvSource, diskInput(GOOD));
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.row, p.id, p.account, p.date, p.url])).toEqual([
      [1, '2028394881725616783', '@ExampleCouncil', '2026-03-02T09:00+00:00', 'https://twitter.com/ExampleCouncil/status/2028394881725616783'],
      [2, '104700000000001_122100000000000101', 'Example County Council', '2026-03-02T09:00+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000101'],
      [3, '2028738396026402013', '@ExampleCouncil', '2026-03-03T07:45+00:00', 'https://twitter.com/ExampleCouncil/status/2028738396026402013'],
      [4, '2029198175384845164', '@ExampleCouncil', '2026-03-04T14:12+00:00', 'https://twitter.com/ExampleCouncil/status/2029198175384845164'],
      [5, '104700000000001_122100000000000102', 'Example County Council', '2026-03-05T08:30+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000102'],
      [6, '2029474748369934415', '@ExampleCouncil', '2026-03-05T08:31+00:00', 'https://twitter.com/ExampleCouncil/status/2029474748369934415'],
      [7, '2029963970641579396', '@ExampleCouncil', '2026-03-06T16:55+00:00', 'https://twitter.com/ExampleCouncil/status/2029963970641579396'],
      [8, '2031071268024725394', '@ExampleCouncil', '2026-03-09T18:15+00:00', 'https://twitter.com/ExampleCouncil/status/2031071268024725394'],
      [9, '17912345678901234', 'examplecountycouncil', '2026-03-10T10:00+00:00', 'https://www.instagram.com/p/DExAmPlE01a/'],
      [10, '104700000000001_122100000000000103', 'Example County Council', '2026-03-10T10:00+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000103'],
      [11, '7305112233445566778', 'Example County Council', '2026-03-11T12:00+00:00', 'https://linkedin.com/feed/update/urn:li:ugcPost:7305112233445566778'],
      [12, '2032026311789153090', '@CyngorEnghraifft', '2026-03-12T09:30+00:00', 'https://twitter.com/CyngorEnghraifft/status/2032026311789153090'],
      [13, '2032026312239486304', '@ExampleCouncil', '2026-03-12T09:30+00:00', 'https://twitter.com/ExampleCouncil/status/2032026312239486304'],
      [15, '104700000000001_122100000000000104', 'Example County Council', '2026-03-16T11:20+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000104'],
      // 9:00 am in April is BST: the same instant as the X archive's 08:00 UTC.
      [16, '2039251420343834095', '@ExampleCouncil', '2026-04-01T09:00+01:00', 'https://twitter.com/ExampleCouncil/status/2039251420343834095'],
    ]);
    expect(posts.every((p) => p.file === GOOD)).toBe(true);
  });

  it('texts: quoted newlines and doubled quotes, Welsh letters, and the guard apostrophe removed from "\'@..."', async () => {
    const { posts } = await readAll(sproutCsvSource, diskInput(GOOD));
    const byRow = new Map(posts.map((p) => [p.row, p.text]));
    expect(byRow.get(1)).toBe(
      'Bydd casgliadau gwastraff gardd yn ailddechrau ddydd Llun 2 Mawrth. Gwiriwch eich diwrnod casglu: https://www.example.org/biniau\n\nGarden waste collections restart on Monday 2 March. Check your collection day: https://www.example.org/bins',
    );
    expect(byRow.get(4)).toBe('@ExampleResident Thanks Mrs Hughes, a member of the housing team will ring you back on 07700 900123 this afternoon.');
    expect(byRow.get(5)).toContain('Please follow the "diversion" signs. Welsh to follow');
    expect(byRow.get(9)).toContain('Mae Gŵyl Fwyd Aberenghraifft yn ôl ddydd Sadwrn 14 Mawrth! 🎉 Dewch i’r Sgwâr');
    expect(byRow.get(11)).toBe('Swydd wag: Cynorthwyydd Gofal Cartref. Dyddiad cau: 20 Mawrth. https://www.example.org/swyddi\nVacancy: Home Care Assistant. Closing date: 20 March. https://www.example.org/jobs\n#Swyddi #Jobs');
  });

  it('each post is a document judged as of its publication day, with its links found', async () => {
    const [first] = (await readAll(sproutCsvSource, diskInput(GOOD))).posts;
    expect(first.scheduled).toBe('2026-03-02T09:00');
    const doc = (await iterate(sproutCsvSource.read(diskInput(GOOD), {})))[0].doc!;
    expect(doc.kind).toBe('post');
    expect(doc.kind === 'post' && doc.links.map((l) => l.url)).toEqual(['https://www.example.org/biniau', 'https://www.example.org/bins']);
  });
});

async function iterate<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('Sprout Social CSV: malformed rows', () => {
  it('each bad row is an error naming the file, its line and row, and the good rows around them are read', async () => {
    const { posts, errors } = await readAll(sproutCsvSource, diskInput(BAD));
    expect(posts.map((p) => [p.row, p.id])).toEqual([
      [1, '2028394881725616783'],
      [5, '2028738396026402013'],
    ]);
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      [BAD, 5],
      [BAD, 7],
      [BAD, 8],
      [BAD, 10],
    ]);
    expect(errors[0].message).toMatch(/^row 2: date '15\/03\/2026 10:05' and Post ID '2\.03E\+18' .*re-saved by a spreadsheet.*export it again from Sprout/);
    expect(errors[1].message).toMatch(/^row 3: no date in column 'Date'/);
    expect(errors[2].message).toMatch(/^row 4: has 6 fields, the header has 25/);
    expect(errors[3].message).toMatch(/^row 6: the quote \(".*never closed/);
  });

  it('a day-first date alone is reported as a spreadsheet re-save', async () => {
    const csv = `${HEADER}\n15/03/2026 10:05,1,X,Post,Text,'@ExampleCouncil,,https://x.com/a/status/1,Hello,,,,,,,,,,,,,,,,\n`;
    const { errors } = await readAll(sproutCsvSource, memoryInput('m.csv', csv));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/row 1: date '15\/03\/2026 10:05' is not how Sprout writes dates .*re-saved by a spreadsheet/);
    expect(errors[0].line).toBe(2);
  });

  it('a Post ID in scientific notation (with a good date) is taken from the link instead', async () => {
    const csv = `${HEADER}\n3/15/2026 10:05 am,2.03E+18,X,Post,Text,'@ExampleCouncil,,https://twitter.com/ExampleCouncil/status/2033122284166262489,Hello,,,,,,,,,,,,,,,,\n`;
    const { posts, errors } = await readAll(sproutCsvSource, memoryInput('m.csv', csv));
    expect(errors).toEqual([]);
    expect(posts[0]).toMatchObject({ id: '2033122284166262489', date: '2026-03-15T10:05+00:00' });
  });

  it('impossible dates and times are errors, not rolled forward', async () => {
    for (const date of ['2/30/2026 9:00 am', '3/2/2026 13:00 pm', '13/1/2026 9:00 am', 'yesterday']) {
      const csv = `${HEADER}\n${date},1,X,Post,Text,'@A,,,Hello,,,,,,,,,,,,,,,,\n`;
      const { posts, errors } = await readAll(sproutCsvSource, memoryInput('m.csv', csv));
      expect(posts, date).toEqual([]);
      expect(errors[0].message, date).toMatch(/^row 1: date /);
    }
  });
});

describe('Sprout Social CSV: forms', () => {
  it('columns are found by name (any order, any case and spacing) and dates in ISO forms are read', async () => {
    const csv = '\uFEFFpost,PROFILE,post id,date,LINK\r\n"Hi ""there""\r\nyou",\'@CyngorEnghraifft,42,2026-07-01 09:30,https://x.com/i/web/status/42\r\n';
    const { posts, errors } = await readAll(sproutCsvSource, memoryInput('m.csv', csv));
    expect(errors).toEqual([]);
    expect(posts).toEqual([
      { text: 'Hi "there"\r\nyou', row: 1, file: 'm.csv', id: '42', account: '@CyngorEnghraifft', date: '2026-07-01T09:30+01:00', url: 'https://x.com/i/web/status/42', scheduled: '2026-07-01T09:30' },
    ]);
  });

  it('12 am is midnight and 12 pm is noon; the time zone option moves the offset', async () => {
    const csv = `Date,Post ID,Profile,Post\n1/1/2021 12:35 am,1,a,x\n12/28/2024 12:47 pm,2,a,y\n`;
    const london = await readAll(sproutCsvSource, memoryInput('m.csv', csv));
    expect(london.posts.map((p) => p.date)).toEqual(['2021-01-01T00:35+00:00', '2024-12-28T12:47+00:00']);
    const paris = await readAll(sproutCsvSource, memoryInput('m.csv', csv), { timeZone: 'Europe/Paris' });
    expect(paris.posts.map((p) => p.date)).toEqual(['2021-01-01T00:35+01:00', '2024-12-28T12:47+01:00']);
    const bad = await readAll(sproutCsvSource, memoryInput('m.csv', csv), { timeZone: 'Europe/Cardiff' });
    expect(bad.posts).toEqual([]);
    expect(bad.errors.map((e) => e.message)).toEqual(["unknown time zone 'Europe/Cardiff': give an IANA name such as Europe/London"]);
  });

  it("a leading apostrophe is removed only before '@': Welsh text may begin with one", async () => {
    const csv = `Date,Post ID,Profile,Post\n3/2/2026 9:00 am,1,a,'Steddfod yn dod!\n3/2/2026 9:00 am,2,a,'@Dai diolch\n`;
    const { posts } = await readAll(sproutCsvSource, memoryInput('m.csv', csv));
    expect(posts.map((p) => p.text)).toEqual(["'Steddfod yn dod!", '@Dai diolch']);
  });

  it('a file that is not UTF-8 stops with one error that says how to save it', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Date,Post ID,Profile,Post\n3/2/2026 9:00 am,1,a,Caf'), 0xe9, 0x0a]);
    const { posts, errors } = await readAll(sproutCsvSource, memoryInput('m.csv', bytes));
    expect(posts).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/not UTF-8 text .*CSV UTF-8/);
  });

  it('a large export streams: 20,000 rows read one by one into 20,000 posts', async () => {
    const N = 20_000;
    const input = generatedInput('big.csv', function* () {
      let chunk = `${HEADER}\r\n`;
      for (let i = 1; i <= N; i++) {
        const day = (i % 28) + 1;
        chunk += `3/${day}/2026 ${(i % 12) + 1}:${String(i % 60).padStart(2, '0')} pm,${1000000 + i},X,Post,Text,'@ExampleCouncil,Rhian Evans,https://twitter.com/ExampleCouncil/status/${1000000 + i},"Post ${i}: Mae’r ffordd ar gau.\nThe road is closed.",,1,1,,,,,,1%,1,,1,0,0,,\r\n`;
        if (chunk.length > 65536) {
          yield chunk;
          chunk = '';
        }
      }
      yield chunk;
    });
    let count = 0;
    let errors = 0;
    let last: unknown;
    for await (const r of sproutCsvSource.read(input, {})) {
      errors += r.errors.length;
      count++;
      last = r.doc?.where;
    }
    expect(errors).toBe(0);
    expect(count).toBe(N);
    expect(last).toMatchObject({ file: 'big.csv', row: N, post: { id: String(1000000 + N), account: '@ExampleCouncil', date: '2026-03-09T21:20+00:00' } });
  }, 120_000);
});
