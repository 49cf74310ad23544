/**
 * Building long strings from UTF-16 code units. Text that is rewritten character by character
 * (folded, masked) is best kept in a Uint16Array and turned into a string once: appending to a
 * string one character at a time builds millions of rope nodes, and split('') millions of strings,
 * which on a paragraph of megabytes costs more in garbage collection than the work itself.
 */

/** Code units per call of String.fromCharCode, well under the number of arguments a call takes. */
const CHUNK = 8192;

/** The string of the code units, lone surrogates kept as they are. */
export function stringFromCodeUnits(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const parts: string[] = [];
  // apply takes the typed array as it is; spreading it would copy each chunk into an array first.
  for (let at = 0; at < codes.length; at += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(at, at + CHUNK) as unknown as number[]));
  return parts.join('');
}
