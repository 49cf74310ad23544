/**
 * The one answer to "where does this line start and end, and how does it break": LF, CRLF and a
 * lone CR alike, around a byte order mark, in the text as written and in its NFC form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../server/src/base/characters';
import { foldKey, LineIndex, type LineSpan, SourceText } from '../../server/src/base/source';

interface SpanCase {
  name: string;
  text: string;
  offset: number;
  line: LineSpan;
}

const SPANS: SpanCase[] = [
  { name: 'an LF line', text: 'ab\ncd', offset: 1, line: { start: 0, end: 2, lineBreak: '\n', next: 3 } },
  { name: 'the offset of an LF belongs to the line it ends', text: 'ab\ncd', offset: 2, line: { start: 0, end: 2, lineBreak: '\n', next: 3 } },
  { name: 'the last line has no break', text: 'ab\ncd', offset: 5, line: { start: 3, end: 5, lineBreak: '', next: 5 } },
  { name: 'both halves of a CRLF belong to the line it ends', text: 'ab\r\ncd', offset: 3, line: { start: 0, end: 2, lineBreak: '\r\n', next: 4 } },
  { name: 'a lone CR ends a line', text: 'ab\rcd\r', offset: 4, line: { start: 3, end: 5, lineBreak: '\r', next: 6 } },
  { name: 'after a final CR comes an empty last line', text: 'ab\rcd\r', offset: 6, line: { start: 6, end: 6, lineBreak: '', next: 6 } },
  { name: 'an empty line between a CR and an LF', text: '\r\r\n\n', offset: 1, line: { start: 1, end: 1, lineBreak: '\r\n', next: 3 } },
  { name: 'an empty LF line after a CRLF', text: '\r\r\n\n', offset: 3, line: { start: 3, end: 3, lineBreak: '\n', next: 4 } },
  { name: 'an offset past the end is on the last line', text: 'ab\ncd', offset: 99, line: { start: 3, end: 5, lineBreak: '', next: 5 } },
];

describe('LineIndex.lineAt', () => {
  it.each(SPANS)('$name', ({ text, offset, line }) => {
    expect(new LineIndex(text).lineAt(offset)).toEqual(line);
  });

  it('cuts any text into lines that give it back, each break one of LF, CRLF and CR', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', 'é'), maxLength: 40 }), (text) => {
        const lines = new LineIndex(text);
        let rebuilt = '';
        for (let line = 0; line < lines.lineCount; line++) {
          const span = lines.lineSpan(line);
          expect(text.slice(span.start, span.end)).not.toMatch(/[\r\n]/);
          expect(text.slice(span.end, span.next)).toBe(span.lineBreak);
          for (let offset = span.start; offset < span.next; offset++) expect(lines.lineAt(offset)).toEqual(span);
          rebuilt += text.slice(span.start, span.next);
        }
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the dominant line break', () => {
  it.each([
    { text: 'a\nb\r\nc\r\n', lineBreak: '\r\n' },
    { text: 'a\rb\rc\n', lineBreak: '\r' },
    { text: 'a\rb\n', lineBreak: '\r' },
    { text: 'a\nb\r', lineBreak: '\n' },
    { text: 'a\r\n\n', lineBreak: '\r\n' },
    { text: 'one line', lineBreak: '\n' },
    { text: '', lineBreak: '\n' },
    { text: 'a\rb\r\nc\nd\r\ne\ng\r', lineBreak: '\r' },
    { text: 'a\r\nb\nc\rd\r', lineBreak: '\r' },
    { text: 'a\nb\r\nc\r\nd\re\r', lineBreak: '\r\n' },
  ])('of $text is $lineBreak (most often written, the first on a tie, LF without any)', ({ text, lineBreak }) => {
    expect(new SourceText(text).lineBreak).toBe(lineBreak);
  });
});

describe('SourceText lines', () => {
  it('starts the first line after the byte order mark, so an edit from the line start keeps it', () => {
    const source = new SourceText('\ufeffab\rcd');
    expect(source.lineAt(0)).toEqual({ start: 1, end: 3, lineBreak: '\r', next: 4 });
    expect(source.lineAt(2)).toEqual({ start: 1, end: 3, lineBreak: '\r', next: 4 });
    expect(source.lineAt(4)).toEqual({ start: 4, end: 6, lineBreak: '', next: 6 });
    expect(new SourceText('\ufeff').lineAt(0)).toEqual({ start: 1, end: 1, lineBreak: '', next: 1 });
  });

  it('answers in original offsets for the text as written and in normalised offsets for its NFC form', () => {
    const decomposed = 'Ke\u0302\u0301\rhoa\u0323ch\r\nx';
    const source = new SourceText(decomposed);
    expect(source.text).toBe('Kế\rhoạch\r\nx');
    expect(source.lineAt(decomposed.indexOf('h'))).toEqual({ start: 5, end: 11, lineBreak: '\r\n', next: 13 });
    expect(source.normalisedLineAt(source.text.indexOf('h'))).toEqual({ start: 3, end: 8, lineBreak: '\r\n', next: 10 });
    expect(source.normalisedLineAt(0)).toEqual({ start: 0, end: 2, lineBreak: '\r', next: 3 });
  });

  it('answers in normalised offsets after a byte order mark, which the normalised text does not hold', () => {
    const source = new SourceText('\ufeffab\ncd');
    expect(source.normalisedLineAt(3)).toEqual({ start: 3, end: 5, lineBreak: '', next: 5 });
    expect(source.lineAt(4)).toEqual({ start: 4, end: 6, lineBreak: '', next: 6 });
  });
});

describe('white space and folds', () => {
  it('calls white space every code unit of the BMP that \\s matches, and no other', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('folds a text the same way when it is remembered, and a long text without remembering it', () => {
    const texts = ['Chủ  Trì', 'chu tri', 'Ke\u0302\u0301 hoạch', 'ĐƠN VỊ', `${'Nhiệm vụ '.repeat(10)}`, '\u00a0Hạn\t'];
    const first = texts.map(foldKey);
    expect(first).toEqual(['chu tri', 'chu tri', 'ke hoach', 'don vi', Array(10).fill('nhiem vu').join(' '), 'han']);
    expect(texts.map(foldKey)).toEqual(first);
  });
});
