/**
 * Attachments in front matter, read through the run (resolved against the draft's folder,
 * only files inside the working folder): each case's draft is `post.md` in a temporary folder
 * given as its `cwd`. Tiny JPEGs are built by test/support/jpeg.ts (the committed fixtures/img
 * files must match them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../../support/cli.js';
import { exifTiff, tinyJpeg } from '../../support/jpeg.js';
import { GPS, IMAGES, IMAGE_DIR } from '../../support/make-images.js';
import { lintRule, ruleTester } from '../../support/rule-tester.js';

const RULE = 'dp/image-location';
const draft = (attachments: string, body = 'Photos from the beach clean.') => `---\nattachments:\n${attachments}---\n${body}\n`;
const attachment = (path: string, extra = '', alt = 'A photo') => `  - path: ${path}\n    alt: "${alt}"\n${extra}`;

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

/** Working folders of the table cases (made when the tables are declared, removed after the file). */
const folders: TempDir[] = [];
afterAll(() => folders.forEach((d) => d.remove()));
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir(files, { autoRemove: false });
  folders.push(dir);
  return dir.path;
}

const NOTE = 'Re-export it without location (Photos: "Remove location"), or run: exiftool -gps:all= ./img/beach.jpg';
const cannotRead = (reason: string) => ({ severity: 'warning' as const, line: 3, message: expect.stringMatching(new RegExp(`^Cannot read attachment '.+' to check for location data: .*${reason}`)) });

ruleTester(RULE, {
  invalid: [
    // (was test/dp/images.test.ts)
    {
      name: 'reports GPS coordinates at the attachment line, masked, naming the file',
      text: draft(attachment('./img/beach.jpg')),
      file: 'post.md',
      cwd: folder({ 'img/beach.jpg': tinyJpeg({ gps: GPS }) }),
      found: ['./img/beach.jpg'],
      errors: [{ severity: 'error', line: 3, message: "Attached image './img/beach.jpg' carries GPS coordinates (51.8•••••16) in its metadata", note: NOTE }],
    },
    {
      name: 'shows the coordinates with --no-redact',
      text: draft(attachment('./img/beach.jpg')),
      file: 'post.md',
      cwd: folder({ 'img/beach.jpg': tinyJpeg({ gps: GPS }) }),
      redact: false,
      errors: [{ message: expect.stringMatching(/51\.857\d*, -?4\.311/) }],
    },
    {
      name: 'finds GPS in a WebP EXIF chunk',
      text: draft(attachment('pic.webp')),
      file: 'post.md',
      cwd: folder({ 'pic.webp': webpWithExif() }),
      errors: [{ severity: 'error' }],
    },
    // a file that cannot be read is a clear warning, never a crash
    { name: 'a missing file', text: draft(attachment('gone.jpg')), file: 'post.md', cwd: folder(), errors: [cannotRead('no such file')] },
    {
      name: 'a text file named .jpg',
      text: draft(attachment('note.jpg')),
      file: 'post.md',
      cwd: folder({ 'note.jpg': 'hello' }),
      errors: [cannotRead('not a JPEG, PNG, HEIC, TIFF or WebP image')],
    },
    { name: 'a remote address', text: draft(attachment('https://example.org/photo.jpg')), file: 'post.md', cwd: folder(), errors: [cannotRead('remote address')] },
    {
      name: 'points each of several attachments at its own line, even with the same path',
      text: draft(attachment('x.jpg') + attachment('x.jpg') + attachment('"y.jpg"')),
      file: 'post.md',
      cwd: folder({ 'x.jpg': tinyJpeg({ gps: GPS }) }),
      errors: [{ line: 3, severity: 'error' }, { line: 5, severity: 'error' }, { line: 7, severity: 'warning' }],
    },

    // Added: the working folder, and Welsh posts
    {
      name: 'a file outside the working folder is not read',
      text: draft(attachment('../beach.jpg')),
      file: 'post.md',
      cwd: folder(),
      errors: [cannotRead('outside the working folder')],
    },
    {
      name: 'a file in a subfolder, the draft beside it',
      text: draft(attachment('./beach.jpg')),
      file: 'drafts/post.md',
      cwd: folder({ 'drafts/beach.jpg': tinyJpeg({ gps: GPS }) }),
      found: ['./beach.jpg'],
    },
    {
      name: 'Welsh: a photo with GPS in a Welsh post',
      text: draft(attachment('./img/traeth.jpg', '', 'Gwirfoddolwyr ar y traeth'), 'Lluniau o lanhau’r traeth. Diolch i bawb!'),
      file: 'post.md',
      cwd: folder({ 'img/traeth.jpg': tinyJpeg({ gps: GPS }) }),
      found: ['./img/traeth.jpg'],
      errors: [{ severity: 'error', line: 3, message: "Attached image './img/traeth.jpg' carries GPS coordinates (51.8•••••16) in its metadata" }],
    },
  ],
  valid: [
    // (was test/dp/images.test.ts)
    { name: 'a JPEG without GPS', text: draft(attachment('a.jpg')), file: 'post.md', cwd: folder({ 'a.jpg': tinyJpeg() }) },
    { name: 'a JPEG without any EXIF', text: draft(attachment('b.jpg')), file: 'post.md', cwd: folder({ 'b.jpg': tinyJpeg({ exif: false }) }) },
    {
      name: 'a GIF (cannot hold EXIF)',
      text: draft(attachment('c.gif')),
      file: 'post.md',
      cwd: folder({ 'c.gif': Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') }),
    },
    { name: 'an SVG', text: draft(attachment('d.svg')), file: 'post.md', cwd: folder({ 'd.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') }) },
    { name: 'does not read files for posts without attachments', text: 'Meet at 51.85, -4.31 at 10:00.' },

    // Added: Welsh posts
    { name: 'Welsh: coordinates in the text, no attachment', text: 'Cyfarfod yn 51.85, -4.31 (Parc Caerfyrddin) am 10:00.' },
    {
      name: 'Welsh: a photo without GPS',
      text: draft(attachment('./img/biniau.jpg', '', 'Biniau ailgylchu newydd'), 'Mae’r biniau newydd yn cyrraedd yr wythnos hon.'),
      file: 'post.md',
      cwd: folder({ 'img/biniau.jpg': tinyJpeg() }),
    },
    { name: 'a photo without GPS in English', text: draft(attachment('./img/bins.jpg', '', 'New recycling bins'), 'New bins arrive this week.'), file: 'post.md', cwd: folder({ 'img/bins.jpg': tinyJpeg() }) },
  ],
});

describe(`${RULE}: a folder named as an attachment`, () => {
  it('a folder is a clear warning, never a crash ("it is a folder")', async () => {
    const dir = tempDir({ 'folder.jpg/x.txt': 'x' });
    const fs = await lintRule(RULE, { text: draft(attachment('folder.jpg')), file: 'post.md', cwd: dir.path });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject(cannotRead('it is a folder'));
  });
});

describe(`${RULE}: damaged images`, () => {
  // (was test/dp/images.test.ts) whatever exifr makes of them, at most a warning, never a throw
  it.each([
    ['truncated EXIF', [0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0xff, 0xff]],
    ['a GPS pointer past the end', [...tinyJpeg({ gps: GPS }).slice(0, 60)]],
    ['an empty file', []],
    ['a WebP with a corrupt chunk size', [...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 \xf0\xff\xff\xff', 'latin1')]],
  ])('a damaged image (%s) never throws', async (_what, bytes) => {
    const dir = tempDir({ 'bad.jpg': new Uint8Array(bytes) });
    const fs = await lintRule(RULE, { text: draft(attachment('bad.jpg')), file: 'post.md', cwd: dir.path });
    for (const f of fs) expect(f.severity).toBe('warning');
  });
});

describe('image fixtures', () => {
  // (was test/dp/images.test.ts)
  it.each(Object.keys(IMAGES))('fixtures/img/%s matches its generator (npx tsx test/support/make-images.ts)', (name) => {
    expect(new Uint8Array(readFileSync(join(IMAGE_DIR, name)))).toEqual(IMAGES[name]);
  });

  it('the fixtures are tiny', () => {
    for (const bytes of Object.values(IMAGES)) expect(bytes.length).toBeLessThan(2048);
  });
});
