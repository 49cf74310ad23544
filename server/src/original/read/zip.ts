/**
 * Reads the entries a reader asks for from a ZIP archive (DOCX and ODT are ZIP packages), within
 * bounds a hostile file cannot push past: at most `MAX_ENTRIES` entries, and at most
 * `MAX_INFLATED_BYTES` inflated in all. fflate's streaming `Unzip` is used rather than its
 * one-call `unzipSync` because the one-call form trusts the sizes the archive declares and inflates
 * an entry whole before anyone can look at it; fed a slice at a time, no step inflates more than a
 * slice can expand to (DEFLATE's ratio is at most about 1032:1), and the count is checked after
 * each step, so a ZIP bomb stops after a few megabytes of work.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import type { Message } from '../../base/diagnostic';

export const MAX_ENTRIES = 20_000;
/**
 * Only XML parts are inflated (pictures and fonts are left packed), and the XML of a 200-page
 * plan is under 10 MB: 64 MB bounds the element tree built from it to well under a gigabyte.
 */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Compressed bytes fed at once: 16 KiB inflate to at most about 16 MiB in one step. */
const SLICE = 16 * 1024;

export class ZipRefusal extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

export interface ZipEntries {
  /** Every entry's name, in the archive's order. */
  names: string[];
  /** The inflated bytes of each wanted entry that the archive holds. */
  files: Map<string, Uint8Array>;
}

/**
 * Inflates the entries whose name `wanted` accepts. Throws `ZipRefusal` with a message for the
 * user when the archive is corrupt or too large; any other error is a bug of the caller's.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): ZipEntries {
  const names: string[] = [];
  const chunks = new Map<string, Uint8Array[]>();
  let inflated = 0;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (names.length > MAX_ENTRIES) {
      throw new ZipRefusal({
        vi: `Tệp nén có hơn ${MAX_ENTRIES} mục: không phải một văn bản Word hay OpenDocument thông thường.`,
        en: `The archive has more than ${MAX_ENTRIES} entries: not an ordinary Word or OpenDocument file.`,
      });
    }
    if (!wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      throw new ZipRefusal({
        vi: `Mục "${file.name}" của tệp nén dùng kiểu nén ${file.compression}, không đọc được (chỉ đọc được kiểu lưu và deflate).`,
        en: `The entry "${file.name}" uses compression method ${file.compression}, which cannot be read (only stored and deflate).`,
      });
    }
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data) => {
      if (error) throw error;
      inflated += data.length;
      if (inflated > MAX_INFLATED_BYTES) {
        throw new ZipRefusal({
          vi: `Tệp nén giải ra hơn ${MAX_INFLATED_BYTES / 1024 / 1024} MB (có thể là "bom nén"): dừng đọc.`,
          en: `The archive inflates to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB (possibly a ZIP bomb): reading stopped.`,
        });
      }
      parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length; offset += SLICE) {
      const end = Math.min(bytes.length, offset + SLICE);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    throw new ZipRefusal({
      vi: `Tệp nén bị hỏng, không đọc được (${describe(error)}).`,
      en: `The archive is corrupt and cannot be read (${describe(error)}).`,
    });
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) files.set(name, concatenate(parts));
  return { names, files };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function concatenate(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const part of parts) length += part.length;
  const whole = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
