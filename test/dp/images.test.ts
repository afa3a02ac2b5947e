/**
 * dp/image-location and dp/image-consent: attachments in front matter, read relative to the
 * draft; tiny JPEGs built by ./jpeg.ts (the committed fixtures/img files must match them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { findingsOf } from './helpers.js';
import { exifTiff, tinyJpeg } from './jpeg.js';
import { GPS, IMAGES, IMAGE_DIR } from './make-images.js';

const draft = (attachments: string, body = 'Photos from the beach clean.') => `---\nattachments:\n${attachments}---\n${body}\n`;
const attachment = (path: string, extra = '') => `  - path: ${path}\n    alt: "A photo"\n${extra}`;

/** A WebP container holding only an EXIF chunk (enough for the metadata reader). */
function webpWithExif(): Uint8Array {
  const exif = exifTiff(GPS);
  const chunk = Buffer.concat([Buffer.from('EXIF'), u32le(exif.length), Buffer.from(exif), Buffer.alloc(exif.length % 2)]);
  return Buffer.concat([Buffer.from('RIFF'), u32le(4 + chunk.length), Buffer.from('WEBP'), chunk]);
}
function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

describe('image fixtures', () => {
  it.each(Object.keys(IMAGES))('fixtures/img/%s matches its generator (npx tsx test/dp/make-images.ts)', (name) => {
    expect(new Uint8Array(readFileSync(join(IMAGE_DIR, name)))).toEqual(IMAGES[name]);
  });

  it('the fixtures are tiny', () => {
    for (const bytes of Object.values(IMAGES)) expect(bytes.length).toBeLessThan(2048);
  });
});

describe('dp/image-location', () => {
  it('reports GPS coordinates at the attachment line, masked, naming the file', async () => {
    const dir = tempDir({ 'img/beach.jpg': tinyJpeg({ gps: GPS }) });
    const text = draft(attachment('./img/beach.jpg'));
    const [f, ...rest] = await findingsOf('dp/image-location', text, { file: dir.join('post.md') });
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.line).toBe(3);
    expect(f.message).toContain("'./img/beach.jpg'");
    expect(f.message).toContain('51.8•••••16');
    expect(f.message).not.toMatch(/51\.857|4\.311/);
    expect(f.note).toBe('Re-export it without location (Photos: "Remove location"), or run: exiftool -gps:all= ./img/beach.jpg');
  });

  it('shows the coordinates with --no-redact', async () => {
    const dir = tempDir({ 'img/beach.jpg': tinyJpeg({ gps: GPS }) });
    const [f] = await findingsOf('dp/image-location', draft(attachment('./img/beach.jpg')), { file: dir.join('post.md'), redact: false });
    expect(f.message).toMatch(/51\.857\d*, -?4\.311/);
  });

  it('finds GPS in a WebP EXIF chunk', async () => {
    const dir = tempDir({ 'pic.webp': webpWithExif() });
    const fs = await findingsOf('dp/image-location', draft(attachment('pic.webp')), { file: dir.join('post.md') });
    expect(fs.map((f) => f.severity)).toEqual(['error']);
  });

  it.each([
    ['a JPEG without GPS', 'a.jpg', tinyJpeg()],
    ['a JPEG without any EXIF', 'b.jpg', tinyJpeg({ exif: false })],
    ['a GIF (cannot hold EXIF)', 'c.gif', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['an SVG', 'd.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('nothing for %s', async (_what, name, bytes) => {
    const dir = tempDir({ [name]: bytes });
    expect(await findingsOf('dp/image-location', draft(attachment(name)), { file: dir.join('post.md') })).toEqual([]);
  });

  it.each([
    ['a missing file', 'gone.jpg', {}, /no such file/],
    ['a text file named .jpg', 'note.jpg', { 'note.jpg': 'hello' }, /not a JPEG, PNG, HEIC, TIFF or WebP image/],
    ['a folder', 'folder.jpg', { 'folder.jpg/x.txt': 'x' }, /it is a folder/],
    ['a remote address', 'https://example.org/photo.jpg', {}, /remote address/],
  ])('%s is a clear warning, never a crash', async (_what, path, files, reason) => {
    const dir = tempDir(files as Record<string, string | Uint8Array>);
    const fs = await findingsOf('dp/image-location', draft(attachment(path)), { file: dir.join('post.md') });
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe('warning');
    expect(fs[0].message).toMatch(/^Cannot read attachment '.+' to check for location data: /);
    expect(fs[0].message).toMatch(reason);
    expect(fs[0].line).toBe(3);
  });

  it.each([
    ['truncated EXIF', [0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0xff, 0xff]],
    ['a GPS pointer past the end', [...tinyJpeg({ gps: GPS }).slice(0, 60)]],
    ['an empty file', []],
    ['a WebP with a corrupt chunk size', [...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 \xf0\xff\xff\xff', 'latin1')]],
  ])('a damaged image (%s) never throws', async (_what, bytes) => {
    const dir = tempDir({ 'bad.jpg': new Uint8Array(bytes) });
    const fs = await findingsOf('dp/image-location', draft(attachment('bad.jpg')), { file: dir.join('post.md') });
    for (const f of fs) expect(f.severity).toBe('warning');
  });

  it('points each of several attachments at its own line, even with the same path', async () => {
    const dir = tempDir({ 'x.jpg': tinyJpeg({ gps: GPS }) });
    const text = draft(attachment('x.jpg') + attachment('x.jpg') + attachment('"y.jpg"'));
    const fs = await findingsOf('dp/image-location', text, { file: dir.join('post.md') });
    expect(fs.map((f) => `${f.line} ${f.severity}`)).toEqual(['3 error', '5 error', '7 warning']);
  });

  it('does not read files for posts without attachments', async () => {
    expect(await findingsOf('dp/image-location', 'Meet at 51.85, -4.31 at 10:00.')).toEqual([]);
  });
});

describe('dp/image-consent', () => {
  it.each([
    ['people without consent', attachment('a.jpg', '    people: true\n'), ['3']],
    ['people with an empty consent', attachment('a.jpg', '    people: true\n    consent: " "\n'), ['3']],
    ['people with consent', attachment('a.jpg', '    people: true\n    consent: "CONSENT-2026-041"\n'), []],
    ['no people', attachment('a.jpg', '    people: false\n'), []],
    ['people not stated', attachment('a.jpg'), []],
    ['the second of two', attachment('a.jpg', '    people: false\n') + attachment('b.jpg', '    people: true\n'), ['6']],
  ])('%s', async (_what, attachments, lines) => {
    const fs = await findingsOf('dp/image-consent', draft(attachments));
    expect(fs.map((f) => String(f.line))).toEqual(lines);
  });
});
