import { describe, expect, it } from 'vitest';
import { genericCsvSource } from '../../../src/inputs/exports/generic-csv.js';
import { diskInput, FIXTURES, generatedInput, memoryInput, readAll } from './helpers.js';

const POSTS = `${FIXTURES}/generic/posts.csv`;
const SEMICOLON = `${FIXTURES}/generic/posts-semicolon.csv`;
const MESSAGE = `${FIXTURES}/generic/posts-no-text-column.csv`;
const BAD = `${FIXTURES}/generic/posts-malformed.csv`;

const EXPECTED: Array<[number, string, string, string, string | undefined]> = [
  [1, '2028394881725616783', '@ExampleCouncil', '2026-03-02T09:00+00:00', 'https://x.com/ExampleCouncil/status/2028394881725616783'],
  [2, 'fb-0101', 'Example County Council (Facebook)', '2026-03-02T09:00+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000101'],
  [3, '2028738396026402013', '@ExampleCouncil', '2026-03-03T07:45+00:00', 'https://x.com/ExampleCouncil/status/2028738396026402013'],
  [4, '2029198175384845164', '@ExampleCouncil', '2026-03-04T14:12+00:00', 'https://x.com/ExampleCouncil/status/2029198175384845164'],
  [5, 'draft-017', '@ExampleCouncil', '2026-03-05', undefined],
  [6, 'draft-018', '@ExampleCouncil', '2026-03-06', undefined],
  [7, '2030584812702334688', '@CyngorEnghraifft', '2026-03-08T10:02+00:00', 'https://x.com/CyngorEnghraifft/status/2030584812702334688'],
  [8, 'draft-019', '@ExampleCouncil', '2026-03-09T18:00+00:00', undefined],
  [9, 'ig-0042', 'examplecountycouncil (Instagram)', '2026-03-10T10:00+00:00', 'https://www.instagram.com/p/DExAmPlE01a/'],
  [10, 'fb-0105', 'Example County Council (Facebook)', '2026-03-16T11:20+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000104'],
  [11, 'fb-0111', 'Example County Council (Facebook)', '2026-03-18T12:00+00:00', 'https://www.facebook.com/104700000000001/posts/122100000000000111'],
  [12, 'draft-020', '@ExampleCouncil', '2026-03-19', undefined],
  [13, 'li-0007', 'Example County Council (LinkedIn)', '2026-03-20T12:00+00:00', 'https://linkedin.com/feed/update/urn:li:ugcPost:7305112233445566778'],
  // 09:00+01:00 stays 09:00 BST.
  [14, '2039251420343834095', '@ExampleCouncil', '2026-04-01T09:00+01:00', 'https://x.com/ExampleCouncil/status/2039251420343834095'],
];

describe('generic CSV: the fixtures', () => {
  it('posts.csv (BOM, CRLF, LF inside quoted cells) with --text-column text: id, date, account, url from the same-named columns', async () => {
    const { posts, errors } = await readAll(genericCsvSource, diskInput(POSTS), { textColumn: 'text' });
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.row, p.id, p.account, p.date, p.url])).toEqual(EXPECTED);
    expect(posts.every((p) => p.file === POSTS)).toBe(true);
    const byRow = new Map(posts.map((p) => [p.row, p.text]));
    expect(byRow.get(8)).toBe("Llwybrau graeanu heno / Tonight's gritting routes:\nhttps://contoso.sharepoint.com/:x:/r/sites/Highways/Shared%20Documents/Gritting%20rota%202026.xlsx?d=w0123456789abcdef");
    expect(byRow.get(11)).toBe('Rydyn ni’n gweithio gyda Chyngor Sir Gâr ar y gwaith ar yr A4999. / We’re working with Cyngor Sir Gâr (Carmarthenshire County Council) on the A4999 works.');
    expect(byRow.get(12)).toBe('Quote of the week: "Libraries are for everyone", says Cllr Example. Join us, Thursday, 7pm.');
    expect(byRow.get(7)).toBe('@DaiEnghraifft Bore da Dai, mae’r tîm biniau wedi cael eich neges a byddan nhw’n casglu’r bin yfory.');
    // A date without a time is judged as of that day.
    expect(posts[4].scheduled).toBe('2026-03-05');
  });

  it('posts-semicolon.csv: the delimiter is sniffed from the header', async () => {
    const { posts, errors } = await readAll(genericCsvSource, diskInput(SEMICOLON), { textColumn: 'text' });
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.row, p.id, p.account, p.date, p.url])).toEqual(EXPECTED.slice(0, 8));
    expect(posts[3].text).toBe('@ExampleResident Thanks Mrs Hughes, a member of the housing team will ring you back on 07700 900123 this afternoon.');
  });

  it('posts-no-text-column.csv: --text-column message (any case) reads it; named options pick the other columns', async () => {
    const { posts, errors } = await readAll(genericCsvSource, diskInput(MESSAGE), { textColumn: 'Message', idColumn: 'ID', urlColumn: 'url', accountColumn: 'account', dateColumn: 'date' });
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.row, p.id, p.account, p.date, p.url])).toEqual(EXPECTED.slice(0, 8));
  });
});

describe('generic CSV: the text column', () => {
  it('without --text-column: one error listing the columns and suggesting the likely one', async () => {
    const { posts, errors } = await readAll(genericCsvSource, diskInput(POSTS));
    expect(posts).toEqual([]);
    expect(errors).toEqual([
      { file: POSTS, line: 1, message: 'no --text-column given: name the column that holds the post text; the columns are: id, date, account, url, text; perhaps --text-column "text"' },
    ]);
  });

  it('a wrong --text-column: one error naming the columns found and the nearest', async () => {
    const { errors } = await readAll(genericCsvSource, diskInput(MESSAGE), { textColumn: 'text' });
    expect(errors).toEqual([{ file: MESSAGE, line: 1, message: "no column 'text' (--text-column); the columns are: id, date, account, url, message" }]);
    const typo = await readAll(genericCsvSource, diskInput(MESSAGE), { textColumn: 'mesage' });
    expect(typo.errors[0].message).toBe("no column 'mesage' (--text-column); the columns are: id, date, account, url, message; did you mean 'message'?");
    const other = await readAll(genericCsvSource, diskInput(POSTS), { textColumn: 'text', dateColumn: 'published' });
    expect(other.errors[0].message).toBe("no column 'published' (--date-column); the columns are: id, date, account, url, text");
  });
});

describe('generic CSV: malformed rows', () => {
  it('each bad row is an error naming the file, the line it starts on and its row; the good rows, even after a broken quote, are read', async () => {
    const { posts, errors } = await readAll(genericCsvSource, diskInput(BAD), { textColumn: 'text' });
    expect(posts.map((p) => [p.row, p.id, p.date])).toEqual([
      [1, '2028394881725616783', '2026-03-02T09:00+00:00'],
      // The row after the unclosed quote: reading went on from the next line.
      [8, 'after-unclosed', '2026-03-23T10:00+00:00'],
    ]);
    expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [BAD, 5, "row 2: date '31/02/2026' is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00)"],
      [BAD, 6, "row 3: date '2026-13-01T09:00:00Z' is not a real date"],
      [BAD, 8, 'row 4: has 4 fields, the header has 5: the row is cut short, or a line break inside a value is not in double quotes; complete the row or export the file again'],
      [BAD, 9, 'row 5: has 6 fields, the header has 5: a value holding the delimiter \',\' must be in double quotes ("...")'],
      [BAD, 10, "row 6: no text in column 'text': fill it in, or delete the row"],
      [
        BAD,
        11,
        'row 7: the quote (") opened in this row is never closed, so the rest of the file would be read as one value: close the quote, and double any quote inside a quoted value (""); reading went on from line 12',
      ],
    ]);
  });

  it('a quote closed in the middle of a value is an error for its row only', async () => {
    const csv = 'id,text\n1,"Good"\n2,"Bad" value\n3,"Also good"\n';
    const { posts, errors } = await readAll(genericCsvSource, memoryInput('q.csv', csv), { textColumn: 'text' });
    expect(posts.map((p) => [p.row, p.text])).toEqual([
      [1, 'Good'],
      [3, 'Also good'],
    ]);
    expect(errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([[3, 'row 2']]);
  });

  it('a CSV saved by Excel as UTF-16 "Unicode Text" (tab-separated) is read', async () => {
    const text = 'id\ttext\r\n1\tGŵyl yn y Sgwâr\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const { posts, errors } = await readAll(genericCsvSource, memoryInput('u.csv', bytes), { textColumn: 'text' });
    expect(errors).toEqual([]);
    expect(posts.map((p) => [p.id, p.text])).toEqual([['1', 'Gŵyl yn y Sgwâr']]);
  });

  it('an .xlsx workbook named .csv, and an empty file, are one error each', async () => {
    const xlsx = await readAll(genericCsvSource, memoryInput('x.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])), { textColumn: 'text' });
    expect(xlsx.errors.map((e) => e.message)).toEqual(["this is a spreadsheet workbook (.xlsx) or a zip file, not CSV text: save it as 'CSV UTF-8 (Comma delimited)'"]);
    const empty = await readAll(genericCsvSource, memoryInput('e.csv', ''), { textColumn: 'text' });
    expect(empty.errors.map((e) => e.message)).toEqual(['the file is empty: it has no header line']);
  });

  it('dates: an offset is converted to London time, a date-time without one is London time, a totals row is not a post', async () => {
    const csv = 'label,text,date\n,A,2026-07-01T08:00:00Z\n,B,2026-07-01 09:30\n,C,2026-01-15T09:00:00-05:00\nTotal,,\n';
    const { posts, errors } = await readAll(genericCsvSource, memoryInput('d.csv', csv), { textColumn: 'text' });
    expect(errors).toEqual([]);
    expect(posts.map((p) => p.date)).toEqual(['2026-07-01T09:00+01:00', '2026-07-01T09:30+01:00', '2026-01-15T14:00+00:00']);
  });
});

describe('generic CSV: streaming', () => {
  it('a large export streams: 20,000 rows become 20,000 posts, the row numbers counting records, not lines', async () => {
    const N = 20_000;
    const input = generatedInput('big.csv', function* () {
      let chunk = 'id;date;text\r\n';
      for (let i = 1; i <= N; i++) {
        chunk += `${i};2026-03-02T09:00:00Z;"Post ${i}; Mae’r ffordd ar gau.\nThe road is closed."\r\n`;
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
    for await (const r of genericCsvSource.read(input, { textColumn: 'text' })) {
      errors += r.errors.length;
      count++;
      last = r.doc?.where;
    }
    expect(errors).toBe(0);
    expect(count).toBe(N);
    expect(last).toEqual({ file: 'big.csv', row: N, post: { id: String(N), date: '2026-03-02T09:00+00:00' } });
  }, 120_000);
});
