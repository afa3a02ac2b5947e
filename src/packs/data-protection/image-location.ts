import { requirePackage } from '../../support/require-package.js';
import type { BuiltinDetector, Match, PostDocument, RunContext } from '../../model/index.js';
import { locateAttachments, type LocatedAttachment } from '../../model/index.js';

export interface ImageLocationParams {
  /** Decimal places of the coordinates shown (masked) in the message; default 4 (about 11 m). */
  precision?: number;
}

type Gps = (data: Uint8Array) => Promise<{ latitude: number; longitude: number } | undefined>;
let exifrGps: Promise<Gps> | undefined;

/** exifr's gps(), loaded on first use: its CommonJS build puts the API on `default`. */
const loadGps = (): Promise<Gps> =>
  (exifrGps ??= Promise.resolve().then(() => {
    const m = requirePackage<{ default?: { gps: Gps }; gps?: Gps }>('exifr');
    const api = (m.default ?? m) as { gps: Gps };
    return api.gps.bind(api);
  }));

const UNREADABLE = "Cannot read attachment '{match}' to check for location data: {reason}";
const UNREADABLE_CY = "Methu darllen yr atodiad '{match}' i chwilio am ddata lleoliad: {reason-cy}";

type Sniffed = { kind: 'exif'; data: Uint8Array } | { kind: 'none' } | { kind: 'unknown' };

/**
 * What exifr can read: JPEG, TIFF (and camera raw on TIFF), PNG, HEIC/AVIF. WebP keeps EXIF in
 * an 'EXIF' RIFF chunk, handed to exifr as TIFF. GIF and SVG cannot hold EXIF GPS.
 */
function sniff(bytes: Uint8Array): Sniffed {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { kind: 'exif', data: bytes };
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return { kind: 'exif', data: bytes };
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return { kind: 'exif', data: bytes };
  if (ascii(4, 8) === 'ftyp') return { kind: 'exif', data: bytes };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') {
    for (let at = 12; at + 8 <= bytes.length; ) {
      // Unsigned, so a corrupt size can only move forward (past the end), never loop.
      const size = (bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24)) >>> 0;
      if (ascii(at, at + 4) === 'EXIF') {
        let data = bytes.subarray(at + 8, at + 8 + size);
        if (String.fromCharCode(...data.subarray(0, 6)) === 'Exif\0\0') data = data.subarray(6);
        return { kind: 'exif', data };
      }
      at += 8 + size + (size % 2);
    }
    return { kind: 'none' };
  }
  if (ascii(0, 4) === 'GIF8') return { kind: 'none' };
  const head = ascii(0, Math.min(bytes.length, 256)).trimStart();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return { kind: 'none' };
  return { kind: 'unknown' };
}

/** A path as one shell argument. */
const quoteArg = (path: string) => (/^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`);

/**
 * `dp/image-location`: an attached image whose EXIF metadata holds GPS coordinates: a photo
 * taken at a resident's home publishes where they live. Each attachment is read through the
 * run (`ctx.readAttachment`: resolved against the draft's folder, only regular files inside
 * the working folder), and exifr is loaded only when a post has attachments. A missing, unreadable or unrecognised file is a warning saying
 * the check could not be made, never a crash. Coordinates are shown rounded, and masked unless --no-redact.
 */
export const detector: BuiltinDetector<ImageLocationParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { precision: { type: 'integer', minimum: 0, maximum: 6, default: 4 } },
  },
  // Synchronous for a post with no attachments (most): an await per post adds up.
  detect(doc, params, ctx) {
    if (doc.kind !== 'post') return [];
    const located = locateAttachments(doc as PostDocument);
    return located.length ? readAttachments(doc as PostDocument, located, params, ctx) : [];
  },
};

async function readAttachments(post: PostDocument, located: LocatedAttachment[], params: ImageLocationParams | undefined, ctx: RunContext): Promise<Match[]> {
  const out: Match[] = [];
  for (const { attachment, start, end } of located) {
    // A reason from the file system stays as the system gave it, in both languages.
    const unreadable = (reason: string, reasonCy = reason) => out.push({ start, end, severity: 'warning', message: UNREADABLE, messageCy: UNREADABLE_CY, data: { reason, 'reason-cy': reasonCy } });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attachment.path)) {
      unreadable('it is a remote address; check the file itself, or attach a local copy', "cyfeiriad pell yw hwn; gwiriwch y ffeil ei hun, neu atodwch gopi lleol");
      continue;
    }
    let bytes: Uint8Array;
    try {
      if (!ctx.readAttachment) throw new Error('attachments are not read in this run');
      bytes = await ctx.readAttachment(post.path, attachment.path);
    } catch (e) {
      unreadable((e as Error).message);
      continue;
    }
    const sniffed = sniff(bytes);
    if (sniffed.kind === 'none') continue;
    if (sniffed.kind === 'unknown') {
      unreadable('not a JPEG, PNG, HEIC, TIFF or WebP image', 'nid yw hon yn ddelwedd JPEG, PNG, HEIC, TIFF na WebP');
      continue;
    }
    let gps: { latitude: number; longitude: number } | undefined;
    try {
      gps = await (await loadGps())(sniffed.data);
    } catch {
      unreadable('its metadata is damaged or in an unsupported format', "mae ei metadata wedi'u difrodi neu mewn fformat nas cefnogir");
      continue;
    }
    if (!gps || !Number.isFinite(gps.latitude) || !Number.isFinite(gps.longitude)) continue;
    const places = params?.precision ?? 4;
    const coordinates = `${gps.latitude.toFixed(places)}, ${gps.longitude.toFixed(places)}`;
    out.push({
      start,
      end,
      data: { coordinates, file: attachment.path },
      sensitiveData: ['coordinates'],
      note: `Re-export it without location (Photos: "Remove location"), or run: exiftool -gps:all= ${quoteArg(attachment.path)}`,
      noteCy: `Allforiwch hi eto heb y lleoliad (yn yr ap lluniau, tynnwch y lleoliad), neu rhedwch: exiftool -gps:all= ${quoteArg(attachment.path)}`,
    });
  }
  return out;
}
