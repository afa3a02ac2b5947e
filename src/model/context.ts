import type { AccountDocument, Channel } from './document.js';

export interface Election { name: string; from: string; to: string }

/** The organisation's settings that rules read (from `.smpolicy.yaml`, DESIGN §3). */
export interface Organisation {
  name?: string;
  domains: string[];
  approvedApps: string[];
  allow: { emails: string[]; phones: string[]; addresses: string[] };
}

/** What a run gives every detector: the day rules judge against, and the configuration they read. */
export interface RunContext {
  /** The day date-based rules evaluate against, YYYY-MM-DD. */
  date: string;
  channel?: Channel;
  organisation: Organisation;
  welsh: { order: 'welsh-first' | 'any'; citation?: string };
  elections: Election[];
  /**
   * Reads an attachment a draft names (path as written, relative to the draft), for the
   * image rules; the run decides what may be read. Without it, attachments are unreadable.
   */
  readAttachment?: (draft: string, path: string) => Promise<Uint8Array>;
  /** Every account file of the run, for rules that judge an account against the others (counterparts, duplicate handles). */
  accounts?: ReadonlyArray<AccountDocument>;
}
