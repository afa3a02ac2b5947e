import { describe, expect, it } from 'vitest';
import { jsonRecords, type JsonEvent, type JsonOptions } from '../../../src/inputs/exports/json-records.js';

async function events(content: string | Uint8Array, o: JsonOptions = {}): Promise<JsonEvent[]> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const out: JsonEvent[] = [];
  for await (const e of jsonRecords((async function* () { yield bytes; })(), o)) out.push(e);
  return out;
}

describe('jsonRecords', () => {
  it('hands on each element of the top-level array with its index and the line it starts on', async () => {
    expect(await events('[\n  {"a": 1},\n  "two",\n  [3]\n]\n')).toEqual([
      { kind: 'start', top: 'array' },
      { kind: 'record', value: { a: 1 }, index: 0, line: 2 },
      { kind: 'record', value: 'two', index: 1, line: 3 },
      { kind: 'record', value: [3], index: 2, line: 4 },
      { kind: 'end', records: 3, arrays: 1 },
    ]);
  });

  it('reads only the arrays under the keys asked for, skipping the rest unread', async () => {
    const json = '{"paging": {"data": [9]}, "data": [{"id": "1"}, {"id": "2"}], "other": [1]}';
    const got = await events(json, { recordKey: (k) => k === 'data' });
    expect(got.filter((e) => e.kind === 'record')).toEqual([
      { kind: 'record', value: { id: '1' }, index: 0, line: 1, key: 'data' },
      { kind: 'record', value: { id: '2' }, index: 1, line: 1, key: 'data' },
    ]);
    expect(got.at(-1)).toEqual({ kind: 'end', records: 2, arrays: 1 });
  });

  it("strips an X archive's assignment and a trailing ';', and reports the data name", async () => {
    const got = await events('window.YTD.note_tweet.part0 = [ ];\n', { ytd: true });
    expect(got).toEqual([
      { kind: 'start', top: 'array', ytd: 'note_tweet' },
      { kind: 'end', records: 0, arrays: 1 },
    ]);
  });

  it('text after the end, a bare value, invalid UTF-8 and an empty file are errors', async () => {
    expect((await events('[1]\n[2]\n')).at(-1)).toMatchObject({ kind: 'error', line: 2, message: expect.stringMatching(/^unexpected text after the end of the JSON on line 2/) });
    expect((await events('[1] [2]')).at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/^invalid JSON on line 1/) });
    expect((await events('"just text"')).at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/found a single value/) });
    expect((await events(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/^invalid UTF-8/) });
    expect(await events('  \n')).toEqual([{ kind: 'error', message: 'the file is empty or holds no JSON: export it again', line: 1 }]);
  });

  it('a syntax error inside a record names its line and the record, after the records before it', async () => {
    const got = await events('[\n {"a": 1},\n {\n  "b": 2\n  "c": 3\n }\n]');
    expect(got.filter((e) => e.kind === 'record')).toHaveLength(1);
    expect(got.at(-1)).toEqual({ kind: 'error', line: 5, message: "invalid JSON on line 5 (expected ','), in record 2 (which starts on line 3): the file is damaged or was edited; export it again" });
  });
});
