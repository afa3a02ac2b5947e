import { parse, type CsvError, type Parser } from 'csv-parse';
import { nearest } from '../../support/nearest.js';
import { count, t } from '../../i18n/index.js';
import type { ExportInput } from './export-source.js';

/**
 * The records of a CSV export, streamed through csv-parse (RFC 4180: quoted fields, `""` for
 * a quote, line breaks inside quotes), with the line where each record starts.
 *
 * - Bytes: UTF-8 (a byte order mark is dropped), or UTF-16 with a byte order mark (Excel's
 *   "Unicode Text"). Anything else stops the file with one error.
 * - Delimiter: `,`, unless the header line has none outside quotes but has a tab or `;`.
 * - A row whose field count differs from the header's is an error; a blank line, or a row
 *   of empty cells, is skipped.
 * - A broken quote (never closed, or closed mid-value) is an error for its row; reading then
 *   starts again on the line after the one where that row began, so one stray quote does not
 *   swallow the rest of the file. csv-parse's own line count is not used: it counts a CRLF
 *   inside quotes as two lines.
 */
export type CsvEvent =
  | { kind: 'header'; columns: string[]; delimiter: string }
  | { kind: 'row'; cells: string[]; row: number; line: number }
  | { kind: 'error'; message: string; line: number; row?: number };

/** After this many broken quotes a file is surely not CSV as written: stop. */
const MAX_RESTARTS = 50;

class NotText extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Bytes to text, the first `skip` lines dropped; throws NotText for bytes that are not text. */
async function* decoded(chunks: AsyncIterable<Uint8Array>, skip: number): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let held = new Uint8Array(0);
  let lines = 0;
  const out = function* (text: string): Generator<string> {
    if (skip > 0) {
      let at = 0;
      while (skip > 0) {
        const nl = text.indexOf('\n', at);
        if (nl < 0) return;
        at = nl + 1;
        skip--;
      }
      text = text.slice(at);
    }
    if (text) yield text;
  };
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      const text = decoder!.decode(bytes, { stream });
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      return text;
    } catch {
      throw new NotText(
        t('csv.notUtf8', { line: lines + 1 }),
        lines + 1,
      );
    }
  };
  for await (const chunk of chunks) {
    if (!decoder) {
      const joined = new Uint8Array(held.length + chunk.length);
      joined.set(held);
      joined.set(chunk, held.length);
      if (joined.length < 4) {
        held = joined;
        continue;
      }
      decoder = pickDecoder(joined);
      yield* out(decode(joined, true));
      continue;
    }
    yield* out(decode(chunk, true));
  }
  if (!decoder) {
    if (!held.length) return;
    decoder = pickDecoder(held);
    yield* out(decode(held, true));
  }
  yield* out(decode(new Uint8Array(0), false));
}

function pickDecoder(first: Uint8Array): TextDecoder {
  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    throw new NotText(t('csv.workbook'), 1);
  }
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

/** The delimiter of a header line: `,` unless it has none outside quotes and has a tab or `;`. */
export function sniffDelimiter(headerLine: string): string {
  const count: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in count) count[c]++;
  }
  if (count[','] > 0) return ',';
  if (count['\t'] > 0) return '\t';
  if (count[';'] > 0) return ';';
  return ',';
}

/** The cells of a header line as written (for `accepts`: the first line of a file's head). */
export function headerCells(head: string): string[] {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = sniffDelimiter(first);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (c === '"') {
      if (quoted && first[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A header name as matched: case and spaces do not count (`Post ID`, `post id`, `PostID`). */
export const columnKey = (name: string) => name.replace(/^\uFEFF/, '').toLowerCase().replace(/\s+/g, '');

/** The index of the first column whose name is one of `names` (compared as `columnKey`), or -1. */
export function findColumn(columns: string[], names: string[]): number {
  const wanted = names.map(columnKey);
  for (const w of wanted) {
    const i = columns.findIndex((c) => columnKey(c) === w);
    if (i >= 0) return i;
  }
  return -1;
}

/** `id, date, account, url, text`, for messages that list the columns found. */
export const listColumns = (columns: string[]) => columns.map((c) => (c.trim() === '' ? t('csv.unnamed') : c.trim())).join(', ');

/** "; did you mean 'message'?" when a column's name is close to the one asked for. */
export function closest(asked: string, columns: string[]): string {
  const n = nearest(columnKey(asked), columns.map(columnKey));
  if (n === undefined) return '';
  const i = columns.findIndex((c) => columnKey(c) === n);
  return t('hint.didYouMean', { word: columns[i].trim() });
}

const ERRORS: Record<string, (line: number) => string> = {
  CSV_QUOTE_NOT_CLOSED: (line) => t('csv.quoteNotClosed', { line: line + 1 }),
  CSV_INVALID_CLOSING_QUOTE: (line) => t('csv.quoteNotDoubled', { line: line + 1 }),
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: (line) => t('csv.textAfterQuote', { line: line + 1 }),
  CSV_INVALID_OPENING_QUOTE: (line) => t('csv.quoteInValue', { line: line + 1 }),
  CSV_MAX_RECORD_SIZE: (line) => t('csv.rowTooLong', { line: line + 1 }),
};

/** How many lines a record spans: one, and one more for each line break inside its quoted values. */
function linesOf(record: string[]): number {
  let n = 1;
  for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** The first line of the text stream, and the stream with that line still in it. */
async function peekFirstLine(text: AsyncGenerator<string>): Promise<{ first: string; all: AsyncGenerator<string> }> {
  const held: string[] = [];
  let size = 0;
  let first: string | undefined;
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    held.push(next.value);
    size += next.value.length;
    const joined = held.join('');
    const nl = joined.indexOf('\n');
    if (nl >= 0 || size > 1 << 16) {
      first = nl >= 0 ? joined.slice(0, nl) : joined;
      break;
    }
  }
  if (first === undefined) first = held.join('');
  const all = (async function* () {
    yield* held;
    yield* { [Symbol.asyncIterator]: () => text };
  })();
  return { first: first.replace(/^\uFEFF/, ''), all };
}

type Parsed = { record: string[] } | { error: Error };

/** Writes text to the parser; resolves when it has been parsed (its records are then queued). */
const write = (parser: Parser, text: string) => new Promise<Error | undefined>((done) => parser.write(Buffer.from(text, 'utf8'), (e) => done(e ?? undefined)));
const finish = (parser: Parser) =>
  new Promise<Error | undefined>((done) => {
    parser.once('error', (e) => done(e));
    parser.end(() => done(undefined));
  });

/**
 * The header, then each data row (numbered from 1, header not counted) or the error that
 * stands for it (its message says what is wrong with the row, not which row it is); an error
 * without a row stops the file.
 *
 * csv-parse is driven through its `on_record` and `on_skip` callbacks, which it calls in file
 * order as it parses each piece written to it: its stream, when a parse error destroys it,
 * drops the records it has parsed but not yet handed on.
 */
export async function* csvRecords(input: ExportInput): AsyncGenerator<CsvEvent> {
  let columns: string[] | undefined;
  let delimiter = ',';
  let row = 0;
  let skip = 0;
  for (let restarts = 0; ; restarts++) {
    const text = decoded(input.open(), skip);
    let source: AsyncGenerator<string> = text;
    const queue: Parsed[] = [];
    let parser: Parser | undefined;
    let restart = false;
    try {
      if (!columns) {
        const peeked = await peekFirstLine(text);
        delimiter = sniffDelimiter(peeked.first);
        source = peeked.all;
      }
      parser = parse({
        delimiter,
        relax_column_count: true,
        skip_records_with_error: true,
        on_record: (record: string[]) => {
          queue.push({ record });
          return null;
        },
        on_skip: (error) => {
          if (error) queue.push({ error });
          return undefined;
        },
      });
      parser.on('error', () => undefined); // errors come back through write() and finish()
      parser.resume();
      let line = skip + 1; // where the next record starts
      for (let done = false; !done && !restart; ) {
        const next = await source.next();
        done = next.done === true;
        const failed = await (done ? finish(parser) : write(parser, next.value as string));
        if (failed) queue.push({ error: failed });
        for (const item of queue.splice(0)) {
          if ('error' in item) {
            const code = (item.error as CsvError).code;
            if (!columns) {
              yield { kind: 'error', message: t('csv.badHeader', { why: item.error.message }), line: 1 };
              return;
            }
            row++;
            const explain = ERRORS[code] ?? ((at: number) => t('csv.otherError', { why: item.error.message, line: at + 1 }));
            yield { kind: 'error', message: explain(line), line, row };
            if (restarts >= MAX_RESTARTS) {
              yield { kind: 'error', message: t('csv.tooManyRestarts', { n: MAX_RESTARTS }), line };
              return;
            }
            // Read again from the line after the one where the broken row began.
            skip = line;
            restart = true;
            break;
          }
          const { record } = item;
          const start = line;
          line += linesOf(record);
          if (!columns) {
            columns = record.map((c) => c.replace(/^\uFEFF/, ''));
            yield { kind: 'header', columns, delimiter };
            continue;
          }
          // A blank line, or a row of empty cells, is not a row.
          if (record.every((c) => c.trim() === '')) continue;
          row++;
          if (record.length !== columns.length) {
            yield { kind: 'error', message: fieldCount(record.length, columns.length, delimiter), line: start, row };
            continue;
          }
          yield { kind: 'row', cells: record, row, line: start };
        }
      }
      if (!restart) {
        if (!columns) yield { kind: 'error', message: t('csv.empty'), line: 1 };
        return;
      }
    } catch (e) {
      if (e instanceof NotText) {
        yield { kind: 'error', message: e.message, line: e.line };
        return;
      }
      throw e;
    } finally {
      parser?.destroy();
      await source.return(undefined);
    }
  }
}

function fieldCount(found: number, wanted: number, delimiter: string): string {
  const d = delimiter === '\t' ? t('csv.tab') : `'${delimiter}'`;
  return found < wanted ? t('csv.fewerFields', { fields: count('field', found), wanted }) : t('csv.moreFields', { fields: count('field', found), wanted, delimiter: d });
}
