/**
 * `check --fix --fix-images`: the GPS location taken out of attached JPEGs with piexifjs, the
 * original kept as NAME.orig.jpg unless --discard-originals, nothing touched without the flag
 * or in a dry run. Test photos are made here with piexifjs, at invented coordinates.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import piexif from 'piexifjs';
import { describe, expect, it } from 'vitest';
import { stripJpegLocation } from '../../src/workspace/image-location-fix.js';
import { exifTiff, tinyJpeg } from '../support/jpeg.js';
import { parseJson, runCli, tempDir } from '../support/cli.js';

const exifr = createRequire(import.meta.url)('exifr') as { gps(b: Uint8Array): Promise<{ latitude: number; longitude: number } | undefined>; parse(b: Uint8Array, o?: unknown): Promise<Record<string, unknown> | undefined> };

/** Degrees as EXIF's three rationals. */
const dms = (v: number) => {
  const a = Math.abs(v);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  return [[d, 1], [m, 1], [Math.round(((a - d) * 60 - m) * 6000), 100]];
};

/** A one-pixel JPEG with a camera's usual tags (orientation, date, make) and GPS at an invented spot. */
function photo(gps = { latitude: 51.6802, longitude: -4.1619 }): Buffer {
  const exif = piexif.dump({
    '0th': { 271: 'Invented Camera', 274: 6 },
    Exif: { 36867: '2026:11:20 10:30:00' },
    GPS: { 0: [2, 3, 0, 0], 1: gps.latitude >= 0 ? 'N' : 'S', 2: dms(gps.latitude), 3: gps.longitude >= 0 ? 'E' : 'W', 4: dms(gps.longitude) },
  });
  return Buffer.from(piexif.insert(exif, Buffer.from(tinyJpeg({ exif: false })).toString('latin1')), 'latin1');
}

/** The picture itself: everything from the quantisation table on (after the metadata). */
const picture = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xdb])));

const DRAFT = '---\nattachments:\n  - path: photo.jpg\n    alt: "Volunteers at the beach"\n    alt-cy: "Gwirfoddolwyr ar y traeth"\n---\nThanks to everyone at the beach clean! / Diolch i bawb yn y glanhau traeth!\n';

function project(files: Record<string, string | Uint8Array> = {}) {
  return tempDir({ 'draft.md': DRAFT, 'photo.jpg': photo(), ...files });
}

const imageRule = async (dir: { path: string }, file = 'draft.md') => parseJson((await runCli(['check', file, '--format', 'json'], { cwd: dir.path })).stdout).results[0].findings.filter((f: any) => f.ruleId === 'dp/image-location');

describe('stripJpegLocation', () => {
  it('drops the GPS data and keeps the picture, orientation, date and camera', async () => {
    const before = photo();
    expect(await exifr.gps(before)).toMatchObject({ latitude: expect.closeTo(51.6802, 3) });
    const out = await stripJpegLocation(before);
    if (!('bytes' in out)) throw new Error(out.problem);
    const after = Buffer.from(out.bytes);
    expect(await exifr.gps(after)).toBeUndefined();
    const tags = await exifr.parse(after, { translateValues: false });
    expect(tags).toMatchObject({ Make: 'Invented Camera', Orientation: 6 });
    expect(tags?.DateTimeOriginal).toBeDefined();
    expect(picture(after)).toEqual(picture(before));
  });

  it('says why when there is nothing it can remove', async () => {
    expect(await stripJpegLocation(tinyJpeg())).toEqual({ problem: 'the location is not in its EXIF GPS data, where it can be removed' });
  });
});

describe('check --fix --fix-images', () => {
  it('removes the location, keeps the original as photo.orig.jpg, and leaves the draft as it is', async () => {
    const dir = project();
    chmodSync(dir.join('photo.jpg'), 0o640);
    const original = readFileSync(dir.join('photo.jpg'));
    const { code, stderr } = await runCli(['check', 'draft.md', '--fix', '--fix-images'], { cwd: dir.path });
    expect(stderr).toBe('photo.jpg: location removed (the original, with its location, kept as photo.orig.jpg)\nsmpolicy: fixed 0 problems in 0 files; removed the location from 1 image\n');
    expect(await exifr.gps(readFileSync(dir.join('photo.jpg')))).toBeUndefined();
    expect(readFileSync(dir.join('photo.orig.jpg'))).toEqual(original);
    expect(statSync(dir.join('photo.jpg')).mode & 0o777).toBe(0o640);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
    expect(await imageRule(dir)).toEqual([]);
    expect(code).toBe(0);
    // Idempotent: a second run changes nothing and keeps no second original.
    const stripped = readFileSync(dir.join('photo.jpg'));
    const again = await runCli(['check', 'draft.md', '--fix', '--fix-images'], { cwd: dir.path });
    expect(again.stderr).toBe('smpolicy: fixed 0 problems in 0 files; removed the location from 0 images (nothing had a safe fix)\n');
    expect(readFileSync(dir.join('photo.jpg'))).toEqual(stripped);
    expect(readdirSync(dir.path).sort()).toEqual(['draft.md', 'photo.jpg', 'photo.orig.jpg']);
  });

  it('never touches an image without --fix-images: it says what the flag would do', async () => {
    const dir = project();
    const original = readFileSync(dir.join('photo.jpg'));
    const { code, stderr } = await runCli(['check', 'draft.md', '--fix'], { cwd: dir.path });
    expect(readFileSync(dir.join('photo.jpg'))).toEqual(original);
    expect(existsSync(dir.join('photo.orig.jpg'))).toBe(false);
    expect(stderr).toContain('smpolicy: 1 image with a location left as it is: --fix-images removes it');
    expect(code).toBe(1);
  });

  it('--fix-dry-run --fix-images writes nothing and says what would happen', async () => {
    const dir = project();
    const original = readFileSync(dir.join('photo.jpg'));
    const { stdout, stderr } = await runCli(['check', 'draft.md', '--fix-dry-run', '--fix-images'], { cwd: dir.path });
    expect(stdout).toContain('photo.jpg: the location would be removed (the original kept as photo.orig.jpg)\n');
    expect(stderr).toBe('smpolicy: 0 fixes in 0 files would be applied, and the location removed from 1 image; run with --fix to apply it\n');
    expect(readFileSync(dir.join('photo.jpg'))).toEqual(original);
    expect(readdirSync(dir.path).sort()).toEqual(['draft.md', 'photo.jpg']);
  });

  it('--discard-originals keeps no copy; an existing photo.orig.jpg is never overwritten', async () => {
    const dir = project();
    await runCli(['check', 'draft.md', '--fix', '--fix-images', '--discard-originals'], { cwd: dir.path });
    expect(readdirSync(dir.path).sort()).toEqual(['draft.md', 'photo.jpg']);
    expect(await exifr.gps(readFileSync(dir.join('photo.jpg')))).toBeUndefined();

    const taken = project({ 'photo.orig.jpg': 'an older original\n' });
    const { stderr } = await runCli(['check', 'draft.md', '--fix', '--fix-images'], { cwd: taken.path });
    expect(stderr).toContain('kept as photo.orig-2.jpg');
    expect(readFileSync(taken.join('photo.orig.jpg'), 'utf8')).toBe('an older original\n');
    expect(await exifr.gps(readFileSync(taken.join('photo.orig-2.jpg')))).toBeDefined();
  });

  it('an image two drafts attach (front matter and inline) is stripped once', async () => {
    const dir = project({ 'other.md': 'Before and after / Cyn ac ar ôl\n\n![The beach / Y traeth](photo.jpg)\n' });
    const { stderr } = await runCli(['check', 'draft.md', 'other.md', '--fix', '--fix-images'], { cwd: dir.path });
    expect(stderr.match(/location removed/g)).toHaveLength(1);
    expect(readdirSync(dir.path).sort()).toEqual(['draft.md', 'other.md', 'photo.jpg', 'photo.orig.jpg']);
    expect(await imageRule(dir, 'other.md')).toEqual([]);
  });

  it('a PNG with a location is left as it is, with a line saying to re-export it', async () => {
    const png = pngWithGps();
    expect(await exifr.gps(png)).toBeDefined();
    const dir = tempDir({ 'draft.md': DRAFT.replace('photo.jpg', 'photo.png'), 'photo.png': png });
    const { stderr } = await runCli(['check', 'draft.md', '--fix', '--fix-images'], { cwd: dir.path });
    expect(stderr).toContain('photo.png: location not removed: only JPEG images are fixed; re-export it without location\n');
    expect(readFileSync(dir.join('photo.png'))).toEqual(png);
  });

  it('a missing image is left to the rule\'s own warning', async () => {
    const dir = tempDir({ 'draft.md': DRAFT.replace('photo.jpg', 'gone.jpg') });
    const { stderr } = await runCli(['check', 'draft.md', '--fix', '--fix-images'], { cwd: dir.path });
    expect(stderr).toBe('smpolicy: fixed 0 problems in 0 files; removed the location from 0 images (nothing had a safe fix)\n');
    expect(await imageRule(dir)).toHaveLength(1);
  });
});

/** A one-pixel greyscale PNG with an eXIf chunk holding GPS (PNG 1.5 §11.3.3.6). */
function pngWithGps(): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace all 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('eXIf', exifTiff({ latitude: 51.6802, longitude: -4.1619 })),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    chunk('IEND', new Uint8Array()),
  ]);
}
