import type { FileResult } from '../model/index.js';

/** Posts of the two languages published this close together are taken as one bilingual message. */
export const PAIR_MINUTES = 10;
/** Results held back at most, waiting for a partner, when an export is not in date order. */
const HOLD_MAX = 1000;

const MISSING_WELSH = 'welsh/missing-welsh';

const instant = (r: FileResult): number | undefined => {
  const t = r.post?.date ? Date.parse(r.post.date) : NaN;
  return Number.isNaN(t) ? undefined : t;
};
const englishOnly = (r: FileResult) => r.languages?.english === true && r.languages.welsh === false;
const welshOnly = (r: FileResult) => r.languages?.welsh === true && r.languages.english === false;
const label = (r: FileResult) => r.post?.id ?? (r.row ? `row ${r.row}` : r.file);

/**
 * Pairs the separate English and Welsh posts of an export, as councils publish them (one
 * post in each language at the same time, often from a Welsh and an English account): an
 * English-only post with a Welsh-only post within PAIR_MINUTES of it is one bilingual
 * message, so its `welsh/missing-welsh` finding is dropped and each post names the other
 * (`post.pair`). Results are handed on in their original order, each held only until no
 * later post can be its partner (the export has moved on by PAIR_MINUTES, in either date
 * order), or until HOLD_MAX are waiting.
 */
export class PostPairer {
  private held: Array<{ r: FileResult; at?: number; paired: boolean }> = [];

  constructor(private readonly windowMs = PAIR_MINUTES * 60_000) {}

  push(r: FileResult): FileResult[] {
    const at = r.post ? instant(r) : undefined;
    const entry = { r, at, paired: false };
    if (at !== undefined && (englishOnly(r) || welshOnly(r))) {
      let best: (typeof this.held)[number] | undefined;
      for (const h of this.held) {
        if (h.paired || h.at === undefined || Math.abs(h.at - at) > this.windowMs) continue;
        if (!((englishOnly(r) && welshOnly(h.r)) || (welshOnly(r) && englishOnly(h.r)))) continue;
        if (!best || Math.abs(h.at - at) < Math.abs(best.at! - at)) best = h;
      }
      if (best) this.pair(best, entry);
    }
    this.held.push(entry);
    return this.release(at);
  }

  /** Everything still held, at the end of an export. */
  flush(): FileResult[] {
    const out = this.held.map((h) => h.r);
    this.held = [];
    return out;
  }

  private pair(a: { r: FileResult; paired: boolean }, b: { r: FileResult; paired: boolean }): void {
    a.paired = b.paired = true;
    for (const [self, other] of [[a, b], [b, a]] as const) {
      self.r = { ...self.r, post: { ...self.r.post, pair: label(other.r) }, findings: englishOnly(self.r) ? self.r.findings.filter((f) => f.ruleId !== MISSING_WELSH) : self.r.findings };
    }
  }

  private release(latest: number | undefined): FileResult[] {
    let n = 0;
    while (n < this.held.length) {
      const h = this.held[n];
      const settled = h.at === undefined || (latest !== undefined && Math.abs(latest - h.at) > this.windowMs) || this.held.length - n > HOLD_MAX;
      if (!settled) break;
      n++;
    }
    return this.held.splice(0, n).map((h) => h.r);
  }
}
