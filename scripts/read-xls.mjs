// A small reader for the binary Excel workbooks (.xls, BIFF8 in a compound file) that the ONS
// published its baby-name tables in until 2018, for scripts/build-given-names.mjs (run at
// development time only). It reads what those tables hold: shared strings, numbers and RK
// numbers, sheet by sheet; not formulas, dates or styles.

const END_OF_CHAIN = 0xfffffffe;

/** The bytes of the stream named `Workbook` (or `Book`) of a compound file. */
function workbookStream(buf) {
  if (buf.readUInt32LE(0) !== 0xe011cfd0) throw new Error('not a compound file (.xls)');
  const size = 1 << buf.readUInt16LE(0x1e);
  const sector = (n) => buf.subarray((n + 1) * size, (n + 2) * size);
  // The sectors of the allocation table: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors = [];
  for (let i = 0; i < 109; i++) fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
  for (let d = buf.readUInt32LE(0x44), left = buf.readUInt32LE(0x48); left > 0 && d < END_OF_CHAIN; left--) {
    const s = sector(d);
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(s.readUInt32LE(i * 4));
    d = s.readUInt32LE(size - 4);
  }
  const fat = [];
  for (const f of fatSectors.slice(0, buf.readUInt32LE(0x2c))) {
    const s = sector(f);
    for (let i = 0; i < size / 4; i++) fat.push(s.readUInt32LE(i * 4));
  }
  const chain = (start) => {
    const parts = [];
    for (let n = start, guard = 0; n < END_OF_CHAIN && guard < fat.length; n = fat[n], guard++) parts.push(sector(n));
    return Buffer.concat(parts);
  };
  const dir = chain(buf.readUInt32LE(0x30));
  for (let at = 0; at + 128 <= dir.length; at += 128) {
    const len = dir.readUInt16LE(at + 0x40);
    const name = dir.toString('utf16le', at, at + Math.max(0, len - 2));
    if (name === 'Workbook' || name === 'Book') return chain(dir.readUInt32LE(at + 0x74)).subarray(0, dir.readUInt32LE(at + 0x78));
  }
  throw new Error('no Workbook stream');
}

/** The shared strings of an SST record and its CONTINUE records. */
function sharedStrings(chunks) {
  let ci = 0;
  let off = 0;
  const byte = () => {
    while (off >= chunks[ci].length) {
      ci++;
      off = 0;
    }
    return chunks[ci][off++];
  };
  const u16 = () => byte() | (byte() << 8);
  const u32 = () => (u16() | (u16() << 16)) >>> 0;
  u32();
  const unique = u32();
  const out = [];
  for (let i = 0; i < unique && ci < chunks.length; i++) {
    const cch = u16();
    const flags = byte();
    let wide = flags & 1;
    const runs = flags & 8 ? u16() : 0;
    const ext = flags & 4 ? u32() : 0;
    let s = '';
    for (let k = 0; k < cch; k++) {
      // Characters carried on into a CONTINUE record start with a fresh flags byte.
      if (off >= chunks[ci].length) {
        ci++;
        off = 0;
        wide = chunks[ci][off++] & 1;
      }
      s += String.fromCharCode(wide ? u16() : byte());
    }
    for (let k = 0; k < runs * 4 + ext; k++) byte();
    out.push(s);
  }
  return out;
}

function rk(v) {
  let n;
  if (v & 2) n = v >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeUInt32LE((v & 0xfffffffc) >>> 0, 4);
    n = b.readDoubleLE(0);
  }
  return v & 1 ? n / 100 : n;
}

const column = (c) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));

/** Every worksheet of an .xls as rows of cells keyed by column letter ({ A: 'Rank', B: 'Name' }). */
export function* xlsSheets(buf) {
  const wb = workbookStream(buf);
  const records = [];
  for (let at = 0; at + 4 <= wb.length; ) {
    const type = wb.readUInt16LE(at);
    const len = wb.readUInt16LE(at + 2);
    records.push({ type, at, data: wb.subarray(at + 4, at + 4 + len) });
    at += 4 + len;
  }
  const sheets = [];
  let sst = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.type === 0x0085) {
      const cch = r.data[6];
      const name = r.data[7] & 1 ? r.data.toString('utf16le', 8, 8 + cch * 2) : r.data.toString('latin1', 8, 8 + cch);
      sheets.push({ name, pos: r.data.readUInt32LE(0) });
    } else if (r.type === 0x00fc) {
      const chunks = [r.data];
      while (records[i + 1]?.type === 0x003c) chunks.push(records[++i].data);
      sst = sharedStrings(chunks);
    }
  }
  for (const sheet of sheets) {
    const rows = [];
    const put = (row, col, v) => ((rows[row] ??= {})[column(col)] = v);
    let i = records.findIndex((r) => r.at === sheet.pos);
    for (i++; i > 0 && i < records.length && records[i].type !== 0x000a; i++) {
      const { type, data } = records[i];
      if (type === 0x00fd) put(data.readUInt16LE(0), data.readUInt16LE(2), sst[data.readUInt32LE(6)]);
      else if (type === 0x0203) put(data.readUInt16LE(0), data.readUInt16LE(2), data.readDoubleLE(6));
      else if (type === 0x027e) put(data.readUInt16LE(0), data.readUInt16LE(2), rk(data.readInt32LE(6)));
      else if (type === 0x00bd) {
        const row = data.readUInt16LE(0);
        const first = data.readUInt16LE(2);
        for (let k = 0; 4 + k * 6 + 6 <= data.length - 2; k++) put(row, first + k, rk(data.readInt32LE(4 + k * 6 + 2)));
      } else if (type === 0x0204) {
        const cch = data.readUInt16LE(6);
        put(data.readUInt16LE(0), data.readUInt16LE(2), data[8] & 1 ? data.toString('utf16le', 9, 9 + cch * 2) : data.toString('latin1', 9, 9 + cch));
      }
    }
    yield { name: sheet.name, rows: Array.from(rows, (r) => r ?? {}) };
  }
}
