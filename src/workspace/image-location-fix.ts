/**
 * `check --fix --fix-images`: takes the GPS location out of the JPEG images a draft attaches
 * (the ones dp/image-location reports), with piexifjs: the EXIF GPS directory is dropped and
 * every other tag (orientation, date, camera) and the picture itself are kept byte for byte.
 * It is pure JavaScript with no native build, so it works offline on any machine the CLI runs
 * on; exifr (what the rule reads with) only reads. Other formats (PNG, HEIC, WebP, TIFF) are
 * not rewritten: the user is told to re-export them.
 */
import { constants } from 'node:fs';
import { copyFile, link, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { t } from '../i18n/index.js';
import { requirePackage } from '../support/require-package.js';
import { attachmentReader } from './attachments.js';
import { writeFileAtomically } from './fix-run.js';

export interface ImageFixOptions {
  cwd: string;
  /** Write the stripped image (else only say what would happen). */
  write: boolean;
  /** Keep the original beside it as NAME.orig.EXT (the default); false replaces it outright. */
  keepOriginal: boolean;
  /** Real paths of images already handled in this run (two drafts may attach one photo). */
  done: Set<string>;
}

export interface ImageFixResult {
  /** The image, relative to the working directory. */
  image: string;
  /** Whether its location was (or, in a dry run, would be) removed. */
  fixed: boolean;
  /** One line for the user. */
  message: string;
}

type Gps = (data: Uint8Array) => Promise<{ latitude: number; longitude: number } | undefined>;

/** exifr's gps() (a side bundle, as for the rule), to check the result has no location left. */
function exifrGps(): Gps {
  const m = requirePackage<{ default?: { gps: Gps }; gps?: Gps }>('exifr');
  const api = (m.default ?? m) as { gps: Gps };
  return api.gps.bind(api);
}

const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
/** Image formats that can carry a location but that --fix-images does not rewrite. */
const otherImage = (b: Uint8Array) =>
  (b[0] === 0x89 && ascii(b, 1, 4) === 'PNG') || ascii(b, 4, 8) === 'ftyp' || ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*' || (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP');

/** The JPEG without its EXIF GPS directory, or why it cannot be made. */
export async function stripJpegLocation(bytes: Uint8Array): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const { default: piexif } = await import('piexifjs');
  const binary = Buffer.from(bytes).toString('latin1');
  let exif;
  try {
    exif = piexif.load(binary);
  } catch {
    return { problem: t('fix.imageUnreadable') };
  }
  const zeroth = exif['0th'] ?? {};
  const hasGps = Object.keys(exif.GPS ?? {}).length > 0 || piexif.ImageIFD.GPSTag in zeroth;
  if (!hasGps) return { problem: t('fix.imageNotExif') };
  delete zeroth[piexif.ImageIFD.GPSTag];
  exif['0th'] = zeroth;
  exif.GPS = {};
  let out: Uint8Array;
  try {
    out = Buffer.from(piexif.insert(piexif.dump(exif), binary), 'latin1');
  } catch {
    return { problem: t('fix.imageNotRewritten') };
  }
  const left = await exifrGps()(out).catch(() => undefined);
  if (left) return { problem: t('fix.imageStillThere') };
  return { bytes: out };
}

/** NAME.orig.EXT beside the image, or NAME.orig-2.EXT... when that is taken: never overwritten. */
async function originalName(path: string): Promise<string> {
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  for (let n = 1; ; n++) {
    const candidate = `${stem}.orig${n === 1 ? '' : `-${n}`}${ext}`;
    if (!(await stat(candidate).catch(() => undefined))) return candidate;
  }
}

/** Keeps the original under a new name: a hard link (instant, the same bytes), else a copy. */
async function keep(path: string, as: string): Promise<void> {
  try {
    await link(path, as);
  } catch {
    await copyFile(path, as, constants.COPYFILE_EXCL);
  }
}

const shownPath = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : path;
};

/**
 * Removes the location from one attachment of a draft (`attachment` as the draft names it),
 * read as the rule reads it (only a regular file inside the working folder or the draft's).
 * Undefined when there is nothing to say: a remote or unreadable file (its finding stays), or
 * an image already handled in this run.
 */
export async function fixImageLocation(draft: string, attachment: string, o: ImageFixOptions): Promise<ImageFixResult | undefined> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attachment)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await attachmentReader(o.cwd)(draft, attachment);
  } catch {
    return undefined;
  }
  const path = await realpath(resolve(o.cwd, dirname(draft === '<stdin>' ? '.' : draft), attachment));
  if (o.done.has(path)) return undefined;
  o.done.add(path);
  const image = shownPath(o.cwd, path);
  if (!isJpeg(bytes)) {
    if (!otherImage(bytes)) return undefined;
    return { image, fixed: false, message: t('fix.imageNotJpeg', { image }) };
  }
  const stripped = await stripJpegLocation(bytes);
  if ('problem' in stripped) return { image, fixed: false, message: t('fix.imageProblem', { image, problem: stripped.problem }) };
  const kept = o.keepOriginal ? await originalName(path) : undefined;
  const keptShown = kept ? shownPath(o.cwd, kept) : undefined;
  if (!o.write) return { image, fixed: true, message: keptShown ? t('fix.imageWouldKeep', { image, kept: keptShown }) : t('fix.imageWould', { image }) };
  try {
    if (kept) await keep(path, kept);
    await writeFileAtomically(path, stripped.bytes).catch(async (e) => {
      if (kept) await unlink(kept).catch(() => undefined);
      throw e;
    });
  } catch (e) {
    return { image, fixed: false, message: t('fix.imageCannotWrite', { image, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) };
  }
  return { image, fixed: true, message: keptShown ? t('fix.imageDoneKept', { image, kept: keptShown }) : t('fix.imageDone', { image }) };
}
