/**
 * The marker of a Phần, the level above mục that longer plans, reports and đề án have (Nghị định
 * 30 Phụ lục I: "Phần"/"Chương" and a Roman numeral on its own line): "Phần I.", "PHẦN II",
 * "Phần thứ nhất", "PHẦN THỨ HAI:", "Phần III -". The lexer reads it, the tree builder numbers it
 * and the formatter rewrites its number in the way it was written, all from this one grammar.
 *
 * "Phần" also starts sentences ("Phần lớn các xã …", "Phần I của Đề án quy định …"), so a line is
 * a marker only when the number is followed by the end of the line, or by ".", ":" or a dash and
 * then the title.
 */
import { romanValue, toRoman } from '../base/roman';

/** The ordinal words of "Phần thứ nhất" … "Phần thứ mười", in order. */
export const PART_ORDINALS: readonly string[] = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** The same words without diacritics, as a drafter may type them. */
const FOLDED_ORDINALS: readonly string[] = ['nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];

/** The highest Roman numeral the marker is written with (the lexer's mục go as far). */
export const MAX_PART_ROMAN = 39;

/**
 * "Phần" (with or without its diacritics), then a Roman numeral or "thứ" and an ordinal word, then
 * the separator. Each quantifier is followed by a character it cannot take, so the match is linear.
 */
const PART_MARKER = new RegExp(
  `(ph(?:ầ|a)n[ \\t]+(?:th(?:ứ|u)[ \\t]+)?)(?:([IVX]+)|(${[...PART_ORDINALS, ...FOLDED_ORDINALS].join('|')}))(?![\\p{L}\\p{N}])(?:([ \\t]*[.:])|([ \\t]+[-–—]))?`,
  'iuy',
);
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

export interface PartMarker {
  /** "Phần " or "PHẦN THỨ ": everything before the number. */
  prefix: string;
  /** The number as written: "II" or "hai". */
  written: string;
  value: number;
  ordinal: boolean;
  /** The separator as written after the number: "." or ":" or " -", or empty. */
  separator: string;
  /** The length of the whole marker. */
  length: number;
}

/**
 * The part marker that starts at `offset` of `text` (after the line's indentation), or undefined
 * when there is none or when the line goes on as a sentence after the number.
 */
export function readPartMarker(text: string, offset = 0): PartMarker | undefined {
  PART_MARKER.lastIndex = offset;
  const found = PART_MARKER.exec(text);
  if (!found) return undefined;
  const [whole, prefix, roman, word, punctuation, dash] = found;
  const hasThu = /th(?:ứ|u)[ \t]+$/iu.test(prefix!);
  let value: number;
  if (roman !== undefined) {
    // A Roman numeral is written in capitals and after "Phần" alone: "Phần thứ II" is not a form.
    if (hasThu || !ROMAN.test(roman)) return undefined;
    value = romanValue(roman);
  } else {
    if (!hasThu) return undefined;
    const folded = word!.toLocaleLowerCase('vi');
    const index = PART_ORDINALS.indexOf(folded) >= 0 ? PART_ORDINALS.indexOf(folded) : FOLDED_ORDINALS.indexOf(folded);
    if (index < 0) return undefined;
    value = index + 1;
  }
  const end = offset + whole.length;
  const separator = punctuation ?? dash ?? '';
  // Without a separator the number must end the line: "Phần I của Đề án …" is a sentence.
  if (separator === '') {
    let at = end;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (at < text.length && text[at] !== '\n' && text[at] !== '\r') return undefined;
  } else if (end < text.length && !/[ \t\r\n]/.test(text[end]!)) {
    return undefined;
  }
  return { prefix: prefix!, written: roman ?? word!, value, ordinal: roman === undefined, separator, length: whole.length };
}

/**
 * The marker for the Phần numbered `value`, written the way `marker` is: Roman or in words, in
 * capitals or not, with or without diacritics, with the same separator. Undefined when the number
 * has no such spelling (beyond "thứ mười", or XXXIX), so the caller keeps the marker as written.
 */
export function partMarkerFor(marker: string, value: number): string | undefined {
  const read = readPartMarker(marker);
  if (!read || value < 1) return undefined;
  if (!read.ordinal) return value <= MAX_PART_ROMAN ? `${read.prefix}${toRoman(value)}${read.separator}` : undefined;
  const word = PART_ORDINALS[value - 1];
  if (word === undefined) return undefined;
  // "hai" and "ba" read the same either way, so the whole marker tells whether it has diacritics.
  const withoutDiacritics = !/[\u0300-\u036fđĐ]/u.test(`${read.prefix}${read.written}`.normalize('NFD'));
  let spelled = withoutDiacritics ? FOLDED_ORDINALS[value - 1]! : word;
  if (read.written === read.written.toLocaleUpperCase('vi') && read.written !== read.written.toLocaleLowerCase('vi')) {
    spelled = spelled.toLocaleUpperCase('vi');
  } else if (/^\p{Lu}/u.test(read.written)) {
    spelled = spelled[0]!.toLocaleUpperCase('vi') + spelled.slice(1);
  }
  return `${read.prefix}${spelled}${read.separator}`;
}
