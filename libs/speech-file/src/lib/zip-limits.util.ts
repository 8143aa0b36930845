import { Inflate } from 'fflate';
import { UnreadableSpeechFileError } from './unreadable-speech-file.exception';

export interface ArchiveLimits {
  /** Bytes the whole archive may inflate to, counted as they come out of the inflater. */
  maxInflatedBytes: number;
  maxEntries: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
/** The end record may be followed by a comment of at most 65535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;
/** Input fed to the inflater per step: deflate expands at most ~1032×, so one step yields ≤ ~4 MB. */
const STEP = 4096;

const corrupt = () => new UnreadableSpeechFileError('corrupt-docx', '压缩包已损坏，无法读取 (the zip archive is corrupt).');

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * Inflates every entry of a zip archive without keeping the output, and throws as soon as the
 * bytes actually produced exceed the limit: the sizes the headers declare are never trusted (a
 * bomb may declare 1 KB and inflate to 1 GiB). Entries are found through the central directory,
 * as JSZip (and so mammoth) finds them, and read with the compressed sizes it gives.
 */
export function assertArchiveWithinLimits(bytes: Uint8Array, limits: ArchiveLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mark ZIP64, which no speech needs and which would hide the real counts.
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw tooLarge(limits);
  if (entries > limits.maxEntries) {
    throw new UnreadableSpeechFileError('decompressed-too-large', `压缩包内文件过多（${entries} 个，上限 ${limits.maxEntries} 个）(too many entries).`);
  }
  let total = 0;
  let at = directoryOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) throw corrupt();
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > bytes.length) throw corrupt();
    const data = bytes.subarray(dataStart, dataEnd);
    if (method === 0) {
      total += data.length;
    } else if (method === 8) {
      total = inflateCounting(data, total, limits);
    } else {
      throw corrupt();
    }
    if (total > limits.maxInflatedBytes) throw tooLarge(limits);
  }
}

function tooLarge(limits: ArchiveLimits): UnreadableSpeechFileError {
  return new UnreadableSpeechFileError(
    'decompressed-too-large',
    `文件解压后超过 ${megabytes(limits.maxInflatedBytes)}，已拒绝（可能是压缩炸弹）(the file inflates beyond ${megabytes(limits.maxInflatedBytes)}).`,
  );
}

function inflateCounting(data: Uint8Array, before: number, limits: ArchiveLimits): number {
  let total = before;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (final) ended = true;
    if (total > limits.maxInflatedBytes) throw tooLarge(limits);
  });
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof UnreadableSpeechFileError) throw error;
    throw corrupt();
  }
  if (!ended) throw corrupt();
  return total;
}
