/** --output: a report written in pieces, whole and exact whatever falls on a piece's edge. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReportFile, WRITE_CHUNK } from '../../src/cli/output-file.js';
import { tempDir } from '../support/cli.js';

describe('openReportFile', () => {
  it('writes a report longer than a piece exactly, with an emoji split across the edge of one', async () => {
    const dir = tempDir({});
    const text = `${'a'.repeat(WRITE_CHUNK - 1)}😀${'é'.repeat(WRITE_CHUNK)}’\n`;
    const sink = await openReportFile(dir.path, 'report.txt', []);
    await sink.write(text);
    await sink.finish();
    expect(readFileSync(join(dir.path, 'report.txt'), 'utf8')).toBe(text);
  });

  it('writes pieces given one by one in order, and abort leaves no file', async () => {
    const dir = tempDir({});
    const sink = await openReportFile(dir.path, 'a.json', []);
    for (let i = 0; i < 5; i++) await sink.write(`${i}${'x'.repeat(40_000)}\n`);
    await sink.finish();
    expect(readFileSync(join(dir.path, 'a.json'), 'utf8').split('\n').map((l) => l[0]).join('')).toBe('01234');
    const aborted = await openReportFile(dir.path, 'b.json', []);
    await aborted.write('partial');
    await aborted.abort();
    expect(() => readFileSync(join(dir.path, 'b.json'))).toThrow();
  });
});
