/**
 * Builds tiny, valid 1×1 greyscale JPEGs with an EXIF APP1 segment, with or without GPS
 * tags, for the image-location tests. Written from the JPEG (ITU T.81) and TIFF 6.0 / EXIF
 * 2.3 layouts: big-endian TIFF header, IFD0 with Make and a GPS IFD pointer, then the GPS IFD.
 */

export interface GpsTags {
  latitude: number;
  longitude: number;
}

type Entry = { tag: number; type: number; count: number; value: Uint8Array };

const BYTE = 1;
const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ascii = (s: string) => new Uint8Array([...Buffer.from(`${s}\0`, 'latin1')]);

/** Degrees, minutes and seconds (hundredths) as three RATIONALs. */
function dms(value: number): Uint8Array {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const min = Math.floor((abs - deg) * 60);
  const sec = Math.round(((abs - deg) * 60 - min) * 60 * 100);
  return new Uint8Array([...u32(deg), ...u32(1), ...u32(min), ...u32(1), ...u32(sec), ...u32(100)]);
}

/** One IFD at `offset` (from the TIFF header): entries, next-IFD 0, then out-of-line values. */
function ifd(entries: Entry[], offset: number): Uint8Array {
  const out: number[] = [...u16(entries.length)];
  let data: number[] = [];
  const dataStart = offset + 2 + entries.length * 12 + 4;
  for (const e of entries) {
    out.push(...u16(e.tag), ...u16(e.type), ...u32(e.count));
    if (e.value.length <= 4) {
      out.push(...e.value, ...new Array(4 - e.value.length).fill(0));
    } else {
      out.push(...u32(dataStart + data.length));
      data = data.concat([...e.value]);
      if (data.length % 2) data.push(0);
    }
  }
  out.push(...u32(0));
  return new Uint8Array([...out, ...data]);
}

function ifdLength(entries: Entry[]): number {
  return ifd(entries, 0).length;
}

/** The TIFF structure of an EXIF segment (after "Exif\0\0"). */
export function exifTiff(gps?: GpsTags): Uint8Array {
  const make: Entry = { tag: 0x010f, type: ASCII, count: 'smpolicy test'.length + 1, value: ascii('smpolicy test') };
  const ifd0Entries: Entry[] = [make];
  if (gps) ifd0Entries.push({ tag: 0x8825, type: LONG, count: 1, value: new Uint8Array(u32(0)) });
  const header = [0x4d, 0x4d, 0x00, 0x2a, ...u32(8)];
  if (!gps) return new Uint8Array([...header, ...ifd(ifd0Entries, 8)]);
  const gpsOffset = 8 + ifdLength(ifd0Entries);
  ifd0Entries[1].value = new Uint8Array(u32(gpsOffset));
  const gpsEntries: Entry[] = [
    { tag: 0x0000, type: BYTE, count: 4, value: new Uint8Array([2, 3, 0, 0]) },
    { tag: 0x0001, type: ASCII, count: 2, value: ascii(gps.latitude >= 0 ? 'N' : 'S') },
    { tag: 0x0002, type: RATIONAL, count: 3, value: dms(gps.latitude) },
    { tag: 0x0003, type: ASCII, count: 2, value: ascii(gps.longitude >= 0 ? 'E' : 'W') },
    { tag: 0x0004, type: RATIONAL, count: 3, value: dms(gps.longitude) },
  ];
  return new Uint8Array([...header, ...ifd(ifd0Entries, 8), ...ifd(gpsEntries, gpsOffset)]);
}

const segment = (marker: number, body: number[] | Uint8Array) => [0xff, marker, ...u16(body.length + 2), ...body];

/**
 * A complete baseline JPEG of one grey pixel: SOI, APP1 EXIF (when `exif`), DQT, SOF0, two
 * one-code Huffman tables, SOS with the single encoded block, EOI. About 200 bytes.
 */
export function tinyJpeg(options: { exif?: boolean; gps?: GpsTags } = {}): Uint8Array {
  const bytes: number[] = [0xff, 0xd8];
  if (options.exif !== false || options.gps) {
    bytes.push(...segment(0xe1, [...Buffer.from('Exif\0\0', 'latin1'), ...exifTiff(options.gps)]));
  }
  bytes.push(...segment(0xdb, [0x00, ...new Array(64).fill(1)]));
  bytes.push(...segment(0xc0, [8, ...u16(1), ...u16(1), 1, 1, 0x11, 0]));
  // DC table 0 and AC table 0, each a single one-bit code for symbol 0 (DC difference 0; EOB).
  bytes.push(...segment(0xc4, [0x00, 1, ...new Array(15).fill(0), 0x00]));
  bytes.push(...segment(0xc4, [0x10, 1, ...new Array(15).fill(0), 0x00]));
  bytes.push(...segment(0xda, [1, 1, 0x00, 0, 63, 0]));
  // DC code "0", EOB "0", padded with ones.
  bytes.push(0x3f, 0xff, 0xd9);
  return new Uint8Array(bytes);
}
