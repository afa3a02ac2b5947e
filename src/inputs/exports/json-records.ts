import Assembler from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { t as msg } from '../../i18n/index.js';

/**
 * The records of a JSON export, streamed: the elements of the top-level array (or of the
 * arrays under chosen keys of a top-level object, `{ "data": [...] }`), each assembled alone
 * and handed on, so memory holds one record, never the file. Built on stream-json's
 * tokenizer, fed one line at a time so that every record and every syntax error has its line.
 *
 * An X archive file is JavaScript, `window.YTD.tweets.part0 = [ ... ]` with sometimes a
 * trailing `;`: with `ytd`, the assignment is checked and stripped, and its data name
 * (`tweets`) reported.
 */
export type JsonEvent =
  | { kind: 'start'; top: 'array' | 'object'; ytd?: string }
  | { kind: 'record'; value: unknown; index: number; line: number; key?: string }
  | { kind: 'error'; message: string; line: number }
  | { kind: 'end'; records: number; arrays: number };

export interface JsonOptions {
  /** Strip and report an X archive's `window.YTD.<name>.partN =` prefix (a file without one is read as plain JSON). */
  ytd?: boolean;
  /** Keys of a top-level object whose array values hold the records; other keys are skipped unread. */
  recordKey?: (key: string) => boolean;
}

// stream-json's tokenizer returns stream-chain's `none` or `many(tokens)`, marked by these
// registered symbols (stream-chain is stream-json's own dependency, not ours to import).
const NONE = Symbol.for('object-stream.none');
const MANY = Symbol.for('object-stream.many');
const tokens = (out: unknown): Token[] =>
  out === NONE ? [] : (out as { [MANY]?: number; values?: Token[] })?.[MANY] === 1 ? (out as { values: Token[] }).values : [out as Token];

/** The longest piece handed to the tokenizer at once: a minified file is one long line. */
const PIECE = 1 << 16;
const YTD_PREFIX = /^\s*window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=\s*$/;

class Records {
  readonly events: JsonEvent[] = [];
  finished = false;
  count = 0;
  /** How many arrays of records there were (the top-level array, or the arrays under record keys). */
  arrays = 0;
  private depth = 0;
  private top?: 'array' | 'object';
  private recordsAt = -1;
  private key?: string;
  private recordKey?: string;
  private asm?: Assembler;
  recordLine = 0;

  constructor(
    private readonly o: JsonOptions,
    private readonly ytd?: string,
  ) {}

  /** Whether the top-level value has begun. */
  get started(): boolean {
    return this.top !== undefined;
  }

  /** The record being assembled, for messages: `, in record 3 (which starts on line 40)`. */
  inRecord(): string {
    if (this.asm) return msg('json.inRecord', { n: this.count + 1, line: this.recordLine });
    // Between records, or on the line where the next one starts.
    return this.recordsAt > 0 && this.depth === this.recordsAt ? msg('json.nearRecord', { n: this.count + 1 }) : '';
  }

  token(t: Token, line: number): void {
    if (this.asm) {
      this.asm.consume(t);
      if (this.asm.done) {
        this.emit(this.asm.current, this.recordLine);
        this.asm = undefined;
      }
      return;
    }
    switch (t.name) {
      case 'startObject':
      case 'startArray': {
        if (this.depth === 0) {
          this.top = t.name === 'startArray' ? 'array' : 'object';
          this.events.push({ kind: 'start', top: this.top, ...(this.ytd ? { ytd: this.ytd } : {}) });
          this.depth = 1;
          if (this.top === 'array') {
            this.recordsAt = 1;
            this.arrays++;
          }
          return;
        }
        if (this.depth === this.recordsAt) {
          this.asm = new Assembler();
          this.asm.consume(t);
          this.recordLine = line;
          return;
        }
        this.depth++;
        if (this.depth === 2 && this.top === 'object' && t.name === 'startArray' && this.key !== undefined && this.o.recordKey?.(this.key)) {
          this.recordsAt = 2;
          this.recordKey = this.key;
          this.arrays++;
        }
        return;
      }
      case 'endObject':
      case 'endArray':
        if (this.depth === this.recordsAt) {
          this.recordsAt = -1;
          this.recordKey = undefined;
        }
        this.depth--;
        if (this.depth === 0) {
          this.finished = true;
          this.events.push({ kind: 'end', records: this.count, arrays: this.arrays });
        }
        return;
      case 'keyValue':
        if (this.depth === 1) this.key = t.value;
        return;
      case 'stringValue':
      case 'numberValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        if (this.depth === 0) throw new NotAList();
        if (this.depth === this.recordsAt) this.emit(t.name === 'numberValue' ? Number(t.value) : t.value, line);
        return;
      default:
        return;
    }
  }

  private emit(value: unknown, line: number): void {
    this.events.push({ kind: 'record', value, index: this.count++, line, ...(this.recordKey !== undefined ? { key: this.recordKey } : {}) });
  }
}

class NotAList extends Error {}

/** "Parser cannot parse input: expected ','" → "expected ','". */
const detail = (e: unknown) => String((e as Error)?.message ?? e).replace(/^Parser (?:cannot parse input|has expected)[:]?\s*/, '').trim();

/**
 * The records of a JSON file as events: `start` (its shape), one `record` per element, then
 * `end`; or, when the file cannot be read on (invalid UTF-8 or JSON, cut short), an `error`
 * naming the line, after which nothing follows. Records before the error have been handed on.
 */
export async function* jsonRecords(chunks: AsyncIterable<Uint8Array>, o: JsonOptions = {}): AsyncGenerator<JsonEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parse = jsonParser({ streamValues: false });
  let records: Records | undefined = o.ytd ? undefined : new Records(o);
  let head = '';
  let line = 1;
  let pending = '';
  let after = ''; // text after the top-level value: only whitespace and one ';' may follow

  const fail = (message: string, at = line): JsonEvent => ({ kind: 'error', message, line: at });

  /** Feeds one piece; returns an error event when the JSON is broken. */
  const feed = (piece: string): JsonEvent | undefined => {
    const r = records!;
    // The top-level value closes on the last bracket: cut there, so its closing token comes
    // out before anything after it (a `;`) can stop the tokenizer.
    const cut = Math.max(piece.lastIndexOf(']'), piece.lastIndexOf('}')) + 1;
    const parts = cut > 0 && cut < piece.length ? [piece.slice(0, cut), piece.slice(cut)] : [piece];
    for (const part of parts) {
      if (r.finished) {
        after += part;
        if (!/^[\s;]*$/.test(after) || (after.match(/;/g)?.length ?? 0) > 1) {
          return fail(msg('json.trailing', { line }));
        }
        continue;
      }
      let out: Token[];
      try {
        out = tokens(parse(part));
      } catch (e) {
        return fail(msg('json.invalid', { line, detail: detail(e), where: r.inRecord() }));
      }
      try {
        for (const t of out) r.token(t, line);
      } catch (e) {
        if (e instanceof NotAList) return fail(msg('json.singleValue'));
        throw e;
      }
    }
    return undefined;
  };

  /** Splits decoded text into lines (or long pieces) and feeds them; yields what they produce. */
  function* take(text: string, end: boolean): Generator<JsonEvent, boolean> {
    if (!records) {
      // Until the first bracket: the X archive's `window.YTD.tweets.part0 =`.
      head += text;
      const at = head.search(/[[{]/);
      if (at < 0 && head.length < 4096 && !end) return true;
      const prefix = at < 0 ? head : head.slice(0, at);
      const m = YTD_PREFIX.exec(prefix);
      if (!m && prefix.trim() !== '') {
        yield fail(msg('json.notArchive', { start: prefix.trim().slice(0, 40) }), 1);
        return false;
      }
      records = new Records(o, m?.[1]);
      line += (prefix.match(/\n/g) ?? []).length;
      text = at < 0 ? '' : head.slice(at);
      head = '';
    }
    pending += text;
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
      const problem = feed(pending.slice(start, nl + 1));
      yield* records.events.splice(0);
      if (problem) {
        yield problem;
        return false;
      }
      start = nl + 1;
      line++;
    }
    pending = pending.slice(start);
    if (pending.length > PIECE || (end && pending)) {
      const problem = feed(pending);
      pending = '';
      yield* records.events.splice(0);
      if (problem) {
        yield problem;
        return false;
      }
    }
    return true;
  }

  try {
    for await (const chunk of chunks) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        yield fail(msg('json.badUtf8', { line: line + (pending.match(/\n/g) ?? []).length }));
        return;
      }
      if (!(yield* take(text, false))) return;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      yield fail(msg('json.badUtf8End', { line }));
      return;
    }
    if (!(yield* take(rest, true))) return;
  } catch (e) {
    yield fail(msg('json.cannotRead', { why: (e as Error).message }), 1);
    return;
  }
  const r = records;
  if (!r || !r.started) {
    yield fail(msg('json.empty'), 1);
    return;
  }
  if (!r.finished) {
    try {
      for (const t of tokens(parse(NONE as unknown as string))) r.token(t, line);
    } catch {
      // The tokenizer's complaint at the end is always "cut short"; said below.
    }
    yield* r.events.splice(0);
    if (!r.finished) yield fail(msg('json.cutShort', { line, where: r.inRecord() }));
  }
}
