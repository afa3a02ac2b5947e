/**
 * Inline SVG charts for the HTML report: no script, no library. Each chart is an image
 * with a text title and description (role="img" + aria-labelledby); the report also shows
 * the same numbers in a table beside it. Sizes are in percent of the chart's width, so
 * the text keeps its size from a phone to a wide screen. Colours come from CSS classes
 * (html-style.ts), never from style attributes, so the page's CSP can forbid them.
 */
import { escapeHtml, text } from './html-escape.js';

export type Tone = 'accent' | 'error' | 'warning' | 'info' | 'good';

export interface Bar {
  label: string;
  value: number;
  /** What is written at the end of the bar (default: the value). */
  valueText?: string;
  tone?: Tone;
}

export interface ChartOptions {
  id: string;
  title: string;
  desc: string;
  bars: Bar[];
  /** The value of a full-length bar (default: the largest value). */
  max?: number;
  /** Draw a faint full-length track behind each bar (for rates out of 100%). */
  track?: boolean;
  emptyText: string;
}

const LABEL_MAX = 40;
const ROW = 44;
const BAR_SPAN = 82; // percent of the width a full bar takes; the rest holds the value

/** Horizontal bars, each with its label above it and its value at its end. */
export function barChart(o: ChartOptions): string {
  if (o.bars.length === 0) return empty(o);
  const max = o.max ?? Math.max(...o.bars.map((b) => b.value));
  const height = o.bars.length * ROW + 6;
  const rows = o.bars.map((bar, i) => {
    const y = i * ROW;
    const pct = max > 0 ? (bar.value / max) * BAR_SPAN : 0;
    const width = bar.value > 0 ? Math.max(pct, 0.5) : 0;
    const value = bar.valueText ?? String(bar.value);
    const label = bar.label.length > LABEL_MAX ? `${bar.label.slice(0, LABEL_MAX - 1)}…` : bar.label;
    return [
      '<g>',
      `<text class="chart-label" x="0" y="${y + 15}">${text(label)}</text>`,
      o.track ? `<rect class="chart-track" x="0" y="${y + 21}" width="${BAR_SPAN}%" height="16" rx="2"/>` : '',
      `<rect class="bar bar-${bar.tone ?? 'accent'}" x="0" y="${y + 21}" width="${round(width)}%" height="16" rx="2"/>`,
      `<text class="chart-value" x="${round((o.track ? BAR_SPAN : width) + 1)}%" y="${y + 34}">${escapeHtml(value)}</text>`,
      '</g>',
    ].join('');
  });
  return svg(o, height, rows.join(''));
}

/** Vertical columns over time (months): values above, short labels below. */
export function columnChart(o: ChartOptions & { sublabels?: string[] }): string {
  if (o.bars.length === 0) return empty(o);
  const n = o.bars.length;
  const max = o.max ?? Math.max(...o.bars.map((b) => b.value));
  const top = 22;
  const plot = 150;
  const height = top + plot + 40;
  const slot = 100 / n;
  const every = Math.ceil(n / 12);
  const showValues = n <= 16;
  const cols = o.bars.map((bar, i) => {
    const h = max > 0 ? (bar.value / max) * plot : 0;
    const barHeight = bar.value > 0 ? Math.max(h, 1) : 0;
    const x = i * slot + slot * 0.2;
    const centre = round((i + 0.5) * slot);
    const parts = [
      '<g>',
      `<rect class="bar bar-${bar.tone ?? 'accent'}" x="${round(x)}%" y="${round(top + plot - barHeight)}" width="${round(slot * 0.6)}%" height="${round(barHeight)}" rx="2"/>`,
    ];
    if (showValues) parts.push(`<text class="chart-value" text-anchor="middle" x="${centre}%" y="${round(top + plot - barHeight - 6)}">${escapeHtml(bar.valueText ?? String(bar.value))}</text>`);
    if (i % every === 0) {
      parts.push(`<text class="chart-label" text-anchor="middle" x="${centre}%" y="${top + plot + 17}">${text(bar.label)}</text>`);
      const sub = o.sublabels?.[i];
      if (sub) parts.push(`<text class="chart-sublabel" text-anchor="middle" x="${centre}%" y="${top + plot + 33}">${text(sub)}</text>`);
    }
    parts.push('</g>');
    return parts.join('');
  });
  const axis = `<line class="chart-axis" x1="0" x2="100%" y1="${top + plot + 0.5}" y2="${top + plot + 0.5}"/>`;
  return svg(o, height, cols.join('') + axis);
}

/** "Bar chart. Welsh language: 12; Data protection: 5." */
export function describe(template: string, bars: Bar[]): string {
  const items = bars.map((b) => `${b.label}: ${b.valueText ?? String(b.value)}`).join('; ');
  return template.replace('{items}', items);
}

function svg(o: ChartOptions, height: number, body: string): string {
  const id = escapeHtml(o.id);
  return (
    `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" width="100%" height="${height}" focusable="false">` +
    `<title id="${id}-t">${text(o.title)}</title><desc id="${id}-d">${text(o.desc)}</desc>${body}</svg>`
  );
}

function empty(o: ChartOptions): string {
  return svg(o, 32, `<text class="chart-label" x="0" y="20">${text(o.emptyText)}</text>`);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
