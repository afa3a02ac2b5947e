import { readIsoDate } from './dates.js';
import { closest, csvRecords, findColumn, listColumns } from './csv-records.js';
import type { ExportOptions, ExportSource } from './export-source.js';
import { postResult, problem, timeZoneOf } from './shared.js';
import { t } from '../../i18n/index.js';

/**
 * Any CSV of posts (a content calendar, another tool's export): the text column is named by
 * `--text-column`; date, account, id and URL come from `--date-column` and the like, or else
 * from columns named `date`, `account`, `id` and `url` when there are such (smpolicy's own
 * layout, `id,date,account,url,text`). Dates are ISO 8601 (docs/export-formats.md §5).
 */
type Field = 'date' | 'account' | 'id' | 'url';
const OPTION: Record<Field | 'text', { key: keyof ExportOptions; flag: string }> = {
  text: { key: 'textColumn', flag: '--text-column' },
  date: { key: 'dateColumn', flag: '--date-column' },
  account: { key: 'accountColumn', flag: '--account-column' },
  id: { key: 'idColumn', flag: '--id-column' },
  url: { key: 'urlColumn', flag: '--url-column' },
};
const FIELDS: Field[] = ['date', 'account', 'id', 'url'];
/** Names a text column usually has, to suggest one when `--text-column` is not given. */
const TEXT_NAMES = ['text', 'post', 'message', 'post text', 'body', 'content', 'caption', 'copy', 'tweet', 'status'];

export const genericCsvSource: ExportSource = {
  name: 'csv',
  accepts: (shown) => /\.csv$/i.test(shown),
  async *read(input, o) {
    const file = input.shown;
    const { zone, error } = timeZoneOf(o, file);
    if (error) {
      yield error;
      return;
    }
    let text = -1;
    const col: Record<Field, number> = { date: -1, account: -1, id: -1, url: -1 };
    for await (const ev of csvRecords(input)) {
      if (ev.kind === 'error') {
        yield problem(ev.row === undefined ? ev.message : t('csv.row', { row: ev.row, message: ev.message }), file, ev.line);
        if (ev.row === undefined) return;
        continue;
      }
      if (ev.kind === 'header') {
        const columns = ev.columns;
        if (!o.textColumn) {
          const likely = findColumn(columns, TEXT_NAMES);
          const hint = likely >= 0 ? t('csv.perhaps', { column: columns[likely].trim() }) : '';
          yield problem(t('csv.noTextColumn', { columns: listColumns(columns), hint }), file, 1);
          return;
        }
        text = findColumn(columns, [o.textColumn]);
        if (text < 0) {
          yield problem(t('csv.noColumn', { column: o.textColumn, flag: '--text-column', columns: listColumns(columns), hint: closest(o.textColumn, columns) }), file, 1);
          return;
        }
        for (const f of FIELDS) {
          const asked = o[OPTION[f].key] as string | undefined;
          col[f] = findColumn(columns, [asked ?? f]);
          if (asked && col[f] < 0) {
            yield problem(t('csv.noColumn', { column: asked, flag: OPTION[f].flag, columns: listColumns(columns), hint: closest(asked, columns) }), file, 1);
            return;
          }
        }
        continue;
      }
      const cell = (i: number) => (i < 0 ? '' : ev.cells[i].trim());
      const body = ev.cells[text];
      if (body.trim() === '') {
        // A spreadsheet's totals line is not a post.
        if (/^totals?$/i.test(ev.cells[0].trim())) continue;
        yield problem(t('csv.noText', { row: ev.row, column: o.textColumn ?? '' }), file, ev.line);
        continue;
      }
      const rawDate = cell(col.date);
      let date: string | undefined;
      if (rawDate !== '') {
        const read = readIsoDate(rawDate, zone);
        if (read.problem !== undefined) {
          yield problem(t('csv.row', { row: ev.row, message: t('export.date', { problem: read.problem }) }), file, ev.line);
          continue;
        }
        date = read.date;
      }
      yield postResult(body, file, ev.row, { id: cell(col.id), account: cell(col.account), date, url: cell(col.url) });
    }
  },
};
