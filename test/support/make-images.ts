/**
 * Writes the image fixtures of the image-location tests: `npx tsx test/support/make-images.ts`.
 * test/packs/data-protection/image-location.test.ts checks the committed files still match these bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tinyJpeg } from './jpeg.js';

export const IMAGE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'img');

/** An invented spot in Carmarthen Park, not anyone's home. */
export const GPS = { latitude: 51.8571, longitude: -4.3116 };

export const IMAGES: Record<string, Uint8Array> = {
  'gps.jpg': tinyJpeg({ gps: GPS }),
  'no-gps.jpg': tinyJpeg(),
  'not-an-image.jpg': new TextEncoder().encode('This is a text file with a .jpg name.\n'),
};

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  mkdirSync(IMAGE_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(IMAGES)) writeFileSync(join(IMAGE_DIR, name), bytes);
  console.log(`wrote ${Object.keys(IMAGES).length} files to ${IMAGE_DIR}`);
}
