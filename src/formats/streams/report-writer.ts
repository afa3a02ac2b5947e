/** Loads the writer of a streamed report (`smpolicy audit --report NAME`). */
import type { ReportContext, ReportWriter } from './writer.js';

export type { ReportContext, ReportWriter } from './writer.js';

export const STREAM_REPORTS = ['stylish', 'json', 'csv', 'sarif'] as const;
export type StreamReport = (typeof STREAM_REPORTS)[number];

export async function loadReportWriter(name: StreamReport, ctx: ReportContext): Promise<ReportWriter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish-stream.js')).stylishWriter(ctx);
    case 'json':
      return (await import('./json-stream.js')).jsonWriter();
    case 'csv':
      return (await import('./csv-stream.js')).csvWriter();
    case 'sarif':
      return (await import('./sarif-stream.js')).sarifWriter(ctx);
  }
}
