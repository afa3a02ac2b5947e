import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { isInside } from './paths.js';
import { readRegularFile, MAX_BYTES } from './read-file.js';

/** Larger than any photo a post would carry; an attachment beyond it is not read. */
export const MAX_ATTACHMENT_BYTES = 4 * MAX_BYTES;

/**
 * The run's reader for attachments a draft names (RunContext.readAttachment): the path is
 * resolved against the draft's folder (the draft's shown path is relative to the run's
 * working directory), and only a regular file inside the working directory or the draft's own
 * folder is read. Anything else gets the same answer whether or not it exists, so a draft
 * submitted to a CI run cannot probe which files the runner has.
 */
export function attachmentReader(cwd: string) {
  return async (draft: string, path: string): Promise<Uint8Array> => {
    const draftDir = resolve(cwd, dirname(draft === '<stdin>' ? '.' : draft));
    const target = resolve(draftDir, path);
    const outside = new Error(t('attachment.outside'));
    if (!isInside(cwd, target) && !isInside(draftDir, target)) throw outside;
    const real = await realpath(target).catch(() => target);
    const roots = await Promise.all([cwd, draftDir].map((d) => realpath(d).catch(() => d)));
    if (!roots.some((root) => isInside(root, real))) throw outside;
    try {
      return await readRegularFile(target, path, { what: 'attachment', max: MAX_ATTACHMENT_BYTES });
    } catch (e) {
      // "cannot read attachment: no such file" says "no such file": the finding names the attachment.
      const prefix = t('read.cannot', { what: t('what.attachment'), why: '' });
      const message = (e as Error).message;
      throw new Error(message.startsWith(prefix) ? message.slice(prefix.length) : message);
    }
  };
}
