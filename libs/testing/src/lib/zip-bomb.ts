import { constants, deflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** What the headers say the entry inflates to. */
  declaredSize: number;
}

const CHUNK = 16 * 1024 * 1024;

/**
 * A raw deflate stream of `bytes` zeros, about 1/1000 of that size, built without inflating or
 * deflating it all: one fully flushed (self-contained, byte-aligned) block of 16 MiB of zeros,
 * repeated, then an empty final block.
 */
function zerosDeflated(bytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(CHUNK), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  for (let left = bytes; left > 0; left -= CHUNK) {
    parts.push(left >= CHUNK ? block : deflateRawSync(Buffer.alloc(left), { level: 9, finishFlush: constants.Z_FULL_FLUSH }));
  }
  parts.push(deflateRawSync(Buffer.alloc(0)));
  return Buffer.concat(parts);
}

function zip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const stored = (name: string, text: string): Entry => {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, data, declaredSize: data.length };
};

/**
 * A .docx whose word/document.xml inflates to `inflatedBytes` (1 GiB: a file of about 1 MB).
 * `lie: true` makes the zip headers declare 1 KB instead of the real size.
 */
export function buildDocxBomb(options: { inflatedBytes?: number; lie?: boolean } = {}): Uint8Array {
  const inflated = options.inflatedBytes ?? 1024 * 1024 * 1024;
  return zip([
    stored('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    { name: 'word/document.xml', method: 8, data: zerosDeflated(inflated), declaredSize: options.lie ? 1024 : Math.min(inflated, 0xfffffffe) },
  ]);
}
