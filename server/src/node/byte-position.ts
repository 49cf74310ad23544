/**
 * Where the first byte that makes a file unreadable is, in the words of an editor: the offset in
 * bytes, and the line and column a drafter can go to. Binary and legacy-encoded files are refused
 * before they are text, so these positions are computed on the bytes.
 */

export interface BytePosition {
  /** Bytes before it, from the start of the file (a byte order mark counts). */
  offset: number;
  /** 1-based; LF, CRLF and a lone CR each end a line, as the lexer reads them. */
  line: number;
  /** 1-based, in characters of the line before it, each ill-formed sequence one, as an editor shows it replaced. */
  column: number;
}

/**
 * The offset of the first byte of the first ill-formed UTF-8 sequence, or undefined when all the
 * bytes are well-formed UTF-8 (the Unicode Standard, table 3-7, which the decoder of the WHATWG
 * Encoding standard follows): no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    // The range of the second byte depends on the lead; the others are always 80–BF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return at;
    if (at + length > bytes.length) return at;
    const second = bytes[at + 1]!;
    if (second < low || second > high) return at;
    for (let k = 2; k < length; k++) {
      const next = bytes[at + k]!;
      if (next < 0x80 || next > 0xbf) return at;
    }
    at += length;
  }
  return undefined;
}

const LF = 0x0a;
const CR = 0x0d;

/** The line and column of the byte at `offset`. */
export function bytePosition(bytes: Uint8Array, offset: number): BytePosition {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; at++) {
    const byte = bytes[at]!;
    if (byte === LF || (byte === CR && bytes[at + 1] !== LF)) {
      line++;
      lineStart = at + 1;
    }
  }
  // A byte order mark is no character of the first line.
  if (lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && offset >= 3) lineStart = 3;
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  return { offset, line, column: [...before].length + 1 };
}
