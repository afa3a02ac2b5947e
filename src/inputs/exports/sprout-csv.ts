import { readSproutDate } from './dates.js';
import { csvRecords, findColumn, headerCells, listColumns } from './csv-records.js';
import type { ExportSource } from './export-source.js';
import { postResult, problem, timeZoneOf, unguard } from './shared.js';
import { t } from '../../i18n/index.js';

/**
 * Sprout Social's Post Performance report CSV (docs/export-formats.md §1): one published
 * post per row, columns found by name (case and spaces do not count), never by position.
 */
const COLUMNS = {
  text: ['Post', 'Message', 'Post Text'],
  date: ['Date', 'Date Sent', 'Published Date'],
  account: ['Profile', 'Profile Name'],
  id: ['Post ID'],
  url: ['Link', 'Permalink', 'Post Link'],
};
/** Columns only Sprout's reports have together: with a text and a date column, two of these mark the file as Sprout's. */
const SPROUT_MARKS = ['Post ID', 'Network', 'Post Type', 'Content Type', 'Profile', 'Profile Name', 'Sent by', 'Link', 'Linked Content', 'Permalink'];

/** Whether a header line is Sprout's. */
export function isSproutHeader(columns: string[]): boolean {
  if (findColumn(columns, COLUMNS.text) < 0 || findColumn(columns, COLUMNS.date) < 0) return false;
  return SPROUT_MARKS.filter((m) => findColumn(columns, [m]) >= 0).length >= 2;
}

/** A Post ID a spreadsheet has rewritten, `2.03E+18`: its digits are lost. */
const SCIENTIFIC = /^\d+(?:\.\d+)?E\+\d+$/i;
/** The post's own ID at the end of its link: X `/status/ID`, Facebook `/posts/ID`. */
const ID_IN_LINK = /\/(?:status|posts)\/(\d+)\/?$/;

export const sproutCsvSource: ExportSource = {
  name: 'sprout-csv',
  accepts: (shown, head) => /\.csv$/i.test(shown) && isSproutHeader(headerCells(head)),
  async *read(input, o) {
    const file = input.shown;
    const { zone, error } = timeZoneOf(o, file);
    if (error) {
      yield error;
      return;
    }
    let col: Record<keyof typeof COLUMNS, number> | undefined;
    for await (const ev of csvRecords(input)) {
      if (ev.kind === 'error') {
        yield problem(ev.row === undefined ? ev.message : t('csv.row', { row: ev.row, message: ev.message }), file, ev.line);
        if (ev.row === undefined) return;
        continue;
      }
      if (ev.kind === 'header') {
        col = {
          text: findColumn(ev.columns, COLUMNS.text),
          date: findColumn(ev.columns, COLUMNS.date),
          account: findColumn(ev.columns, COLUMNS.account),
          id: findColumn(ev.columns, COLUMNS.id),
          url: findColumn(ev.columns, COLUMNS.url),
        };
        const missing = (['text', 'date'] as const).filter((k) => col![k] < 0);
        if (missing.length) {
          const names = missing.map((k) => `'${COLUMNS[k][0]}'`).join(t('word.and'));
          yield problem(t('sprout.notExport', { names, columns: listColumns(ev.columns) }), file, 1);
          return;
        }
        continue;
      }
      const c = col!;
      const cell = (i: number) => (i < 0 ? '' : unguard(ev.cells[i].trim()));
      const text = unguard(ev.cells[c.text]);
      // A post without text (an Instagram Story, a photo without a caption) is normal in Sprout's report.
      if (text.trim() === '') continue;
      const rawDate = ev.cells[c.date].trim();
      const rawId = cell(c.id);
      if (rawDate === '') {
        yield problem(t('sprout.noDate', { row: ev.row, column: COLUMNS.date[0] }), file, ev.line);
        continue;
      }
      const date = readSproutDate(rawDate, zone);
      if (date.problem !== undefined) {
        const message = SCIENTIFIC.test(rawId)
          ? t('sprout.resaved', { date: rawDate, id: rawId })
          : t('export.date', { problem: date.problem });
        yield problem(t('csv.row', { row: ev.row, message }), file, ev.line);
        continue;
      }
      const url = cell(c.url);
      // Excel writes a long ID as 2.03E+18: take the post's ID from its link instead.
      const id = SCIENTIFIC.test(rawId) ? ID_IN_LINK.exec(url)?.[1] : rawId;
      yield postResult(text, file, ev.row, { id, account: cell(c.account), date: date.date, url });
    }
  },
};
