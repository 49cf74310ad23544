/**
 * A check that takes the findings of unchanged pieces from the last check of the file
 * (check/memo.ts) must give what a fresh check of the final text gives, byte for byte: messages,
 * locations, fixes and their order, after any sequence of edits, whatever the line breaks, on
 * workspaces of several files whose declarations the edits change, and when the settings change
 * between two checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import type { CheckOptions } from '../../server/src/check/context';
import { checkFile } from '../../server/src/check/index';
import { CheckMemo } from '../../server/src/check/memo';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';

const calendar = new WorkingCalendar();

/** Prose that every prose analysis has something to say about, twice over, so pieces repeat and move. */
const BODY = [
  'Căn cứ Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh về thực hiện năm 2021;',
  'Thực hiện @KH30, Sở xây dựng kế hoạch như sau:',
  '',
  'I. Mục đích , yêu cầu',
  '1. @VP chủ trì , phối hợp với Sở tài nguyên và môi trường và UBND Huyện Sơn Tịnh.',
  '   nhiệm vụ T1: chủ trì @VP; hạn trước 05/6/2023',
  '   nhiệm vụ T2: chủ trì @VP; hạn trong 10 ngày làm việc sau @T1',
  '   nhiệm vụ T3: chủ trì @VP; hạn trước 31/02/2023',
  '2. Trung tâm Y tế huyện Sơn Tịnh và Trung tâm y tế huyện Sơn Tịnh phối hợp  thực hiện "đúng hạn".',
  '   Chỉ số xanh cấp tỉnh (PGI) và chỉ số Xanh cấp tỉnh (PGI) được thamf khảo;',
  '   tổ chức hoà giải, hòa giải ở cơ sở, thuỷ lợi và thủy sản năm 2022.',
  '3. Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @VP về thực hiện.',
  '',
  'II. Tổ chức thực hiện',
  '1. Trung tâm Kiểm soát bệnh tật tỉnh và Trung tâm kiểm soát Bệnh tật tỉnh thực hiện.',
  '2. Thùc hiÖn tỉnh quảng Ngãi,không chậm trễ.Trên cơ sở đó, Thủ tướng chính phủ chỉ đạo.',
];

const PLAN = [
  'kế hoạch',
  '  cơ quan chủ quản: UBND tỉnh Quảng Ngãi',
  '  cơ quan: Sở Công Thương',
  '  số: 05/KH-SCT',
  '  nơi ban hành: Quảng Ngãi',
  '  ngày: 06/3/2023',
  '  trích yếu: Kế hoạch thử  nghiệm',
  '',
  ...BODY,
  '',
  'nơi nhận:',
  '  - @VP',
  '  - Sở tài nguyên và môi trường;',
  '  - Lưu: VT, VP',
  'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A',
  '',
].join('\n');

const CATALOG = [
  'đơn vị VP: Văn phòng Sở',
  'đơn vị TTKS: Trung tâm Kiểm soát bệnh tật tỉnh',
  'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh',
  '  trích yếu: về thực hiện quy chế dân chủ',
  '',
].join('\n');

const FILES = ['file:///ke-hoach.kh', 'file:///ke-hoach-2.kh', 'file:///danh-muc.kh'] as const;
const START = [PLAN, PLAN.replace('05/KH-SCT', '06/KH-SCT').replace('ngày: 06/3/2023', 'ngày: 06/3/2024'), CATALOG];

/** Lines an edit inserts: declarations that add or change the names of agencies, prose with slips, a paragraph break, deadlines. */
const LINES = [
  '   nhiệm vụ T4: chủ trì @VP; hạn trước 30/4/2023',
  '   nhiệm vụ T1: chủ trì @VP; hạn sau @T2',
  'đơn vị TTYT: Trung tâm Y tế huyện Sơn Tịnh',
  'đơn vị TTKS: Trung tâm Kiểm Soát Bệnh Tật tỉnh',
  'đơn vị BQL: Ban Quản lý dự án tỉnh',
  '3. Ban quản lý dự án tỉnh và Trung tâm kiểm soát bệnh tật tỉnh báo cáo năm 2020.',
  '   Chỉ số Xanh Cấp Tỉnh (PGI) , "xem" hoà nhập.',
  '',
  '// chú thích giữa đoạn',
  '  thời kỳ: 2021 - 2025',
  '\\ dòng tiếp theo',
  // The same text once a reference is masked, with and without the reference: a piece's key is more than its text.
  '5. Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @VP về thực hiện.',
  '5. Kế hoạch số 30/KH-UBND ngày 17/02/2023 của XXX về thực hiện.',
  // ... and the same letters followed by a NUL and where the reference stood, as a key might write it.
  '5. Kế hoạch số 30/KH-UBND ngày 17/02/2023 của XXX về thực hiện.\u000043-46',
  // A unit whose name holds a NUL, the same without it, and prose that names it: the names known are more than their letters.
  'đơn vị DL: Trung tâm Dữ liệu Số\u0000Quảng',
  'đơn vị DL: Trung tâm Dữ liệu Số',
  '6. Phối hợp với Trung tâm dữ liệu số thực hiện năm 2021.',
  // The same words as an item's title and as a paragraph of another item, and a heading that reviews the past, which the years under it may name.
  '   Ban quản lý dự án tỉnh và Trung tâm kiểm soát bệnh tật tỉnh báo cáo năm 2020.',
  'III. Kết quả thực hiện năm 2022',
  '4. Quyết định số 213/QĐ-TTg ngày 01/02/2023 (sau đây gọi là Quyết định số 213/QĐ-TTg) và Luật Đất đai ngày 29/11/2013 tại www.example.vn, hoà@vp.vn.',
];

/** Text typed in: letters, punctuation, a decomposed letter, line breaks of every kind. */
const TYPED = ['x', ' ', '.', ',', '"', 'ò', 'o\u0300', '\n', '\r\n', '\r', 'Sở ', 'tỉnh '];

type Edit =
  | { kind: 'type'; file: number; at: number; text: number }
  | { kind: 'delete'; file: number; at: number; length: number }
  | { kind: 'insert-line'; file: number; line: number; text: number }
  | { kind: 'breaks'; file: number; to: number }
  | { kind: 'options'; toneStyle: number };

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), file: fc.nat(2), at: fc.nat(3000), text: fc.nat(TYPED.length - 1) }),
  // Up to a few lines at once: a deletion may join two paragraphs or cut one in two.
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat(2), at: fc.nat(3000), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert-line' as const), file: fc.nat(2), line: fc.nat(40), text: fc.nat(LINES.length - 1) }),
  fc.record({ kind: fc.constant('breaks' as const), file: fc.nat(2), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('options' as const), toneStyle: fc.nat(2) }),
);

const BREAKS = ['\n', '\r\n', '\r'] as const;

function applyEdit(texts: string[], edit: Exclude<Edit, { kind: 'options' }>): void {
  const text = texts[edit.file]!;
  switch (edit.kind) {
    case 'type': {
      const at = Math.min(edit.at, text.length);
      texts[edit.file] = text.slice(0, at) + TYPED[edit.text]! + text.slice(at);
      return;
    }
    case 'delete': {
      const at = Math.min(edit.at, text.length);
      texts[edit.file] = text.slice(0, at) + text.slice(at + edit.length);
      return;
    }
    case 'insert-line': {
      const lines = text.split(/\r\n|\r|\n/u);
      const breaks = /\r\n|\r|\n/u.exec(text)?.[0] ?? '\n';
      lines.splice(Math.min(edit.line, lines.length), 0, LINES[edit.text]!);
      texts[edit.file] = lines.join(breaks);
      return;
    }
    case 'breaks':
      texts[edit.file] = text.replace(/\r\n|\r|\n/gu, BREAKS[edit.to]!);
  }
}

function workspaceOf(texts: readonly string[]): Workspace {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  FILES.forEach((uri, i) => workspace.setFile(uri, texts[i]!));
  return workspace;
}

/** Diagnostics as the reporters see them: every field, the ranges read, in order. */
function shown(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((diagnostic) => ({ ...diagnostic, location: { start: diagnostic.location.start, end: diagnostic.location.end, range: diagnostic.location.range } })));
}

describe('checks with the memo of the last check', () => {
  it('give what a fresh check of the final texts gives, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.array(EDIT, { minLength: 1, maxLength: 12 }), (startBreaks, edits) => {
        const texts = START.map((text) => text.replace(/\n/gu, BREAKS[startBreaks]!));
        const workspace = workspaceOf(texts);
        const memos = FILES.map(() => new CheckMemo());
        let options: CheckOptions = { calendar };
        for (const edit of edits) {
          if (edit.kind === 'options') {
            options = edit.toneStyle === 2 ? { calendar } : { calendar, toneStyle: edit.toneStyle === 0 ? 'old' : 'new' };
          } else {
            applyEdit(texts, edit);
            workspace.setFile(FILES[edit.file], texts[edit.file]!);
          }
          const fresh = workspaceOf(texts);
          FILES.forEach((uri, i) => {
            const remembered = checkFile(workspace, uri, options, memos[i]);
            expect(shown(remembered), `${uri} after ${JSON.stringify(edits)}`).toBe(shown(checkFile(fresh, uri, options)));
          });
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  // A reference is masked as 'X's in the prose, and its place is written after the span's text in
  // the scans' key: neither the same letters written out nor a paragraph that ends in a NUL and
  // those figures may read as the paragraph with the reference.
  it.each([
    { what: 'a reference from the same letters written out, which the prose reads alike', tail: '' },
    { what: 'a span with references from one without whose text spells out where they are', tail: '\u000053-56' },
  ])('tells apart $what', ({ tail }) => {
    const head = [...PLAN.split('\n').slice(0, 7), 'đơn vị VP: Văn phòng Sở', 'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh', '', 'I. Mục', ''].join('\n');
    const cited = '1. Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @VP về thực hiện.\n';
    const written = `2. Thực hiện Kế hoạch số 30/KH-UBND ngày 17/02/2023 của XXX về thực hiện.${tail}\n`;
    const workspace = workspaceOf(['', '', '']);
    const memo = new CheckMemo();
    workspace.setFile(FILES[0], head + cited);
    checkFile(workspace, FILES[0], { calendar }, memo);
    workspace.setFile(FILES[0], head + cited + written);
    const fresh = workspaceOf([head + cited + written, '', '']);
    expect(shown(checkFile(workspace, FILES[0], { calendar }, memo))).toBe(shown(checkFile(fresh, FILES[0], { calendar })));
  });

  it('tells apart the agencies the workspace declares from the places of the header, whatever their names hold', () => {
    // A NUL in a unit's name in one version, in the place of issue in the next: the names known
    // must not read alike for it.
    const plan = (unit: string, place: string) =>
      ['kế hoạch', '  cơ quan: Sở Công Thương', '  số: 05/KH-SCT', `  nơi ban hành: ${place}`, '  ngày: 06/3/2023', '', `đơn vị DL: ${unit}`, '', 'I. Mục', '1. Phối hợp với Trung tâm dữ liệu số thực hiện.', ''].join('\n');
    const before = plan('Trung tâm Dữ liệu Số\u0000Quảng', 'Ngãi');
    const after = plan('Trung tâm Dữ liệu Số', 'Quảng\u0000Ngãi');
    const workspace = new Workspace();
    const memo = new CheckMemo();
    workspace.setFile(FILES[0], before);
    checkFile(workspace, FILES[0], { calendar }, memo);
    workspace.setFile(FILES[0], after);
    const fresh = new Workspace();
    fresh.setFile(FILES[0], after);
    const expected = checkFile(fresh, FILES[0], { calendar });
    expect(expected.some((diagnostic) => diagnostic.code === 'capitalisation/agency-name')).toBe(true);
    expect(shown(checkFile(workspace, FILES[0], { calendar }, memo))).toBe(shown(expected));
  });

  it('takes the unchanged pieces from the memo: a finding below an edit moves with its piece', () => {
    const workspace = workspaceOf(START);
    const memo = new CheckMemo();
    const edited = START[0]!.indexOf('I. Mục đích');
    const names = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'capitalisation/agency-name');
    const before = names(checkFile(workspace, FILES[0], { calendar }, memo));
    workspace.setFile(FILES[0], START[0]!.replace('I. Mục đích', 'I. Các mục đích'));
    const after = names(checkFile(workspace, FILES[0], { calendar }, memo));
    expect(before.some((diagnostic) => diagnostic.location.start > edited)).toBe(true);
    expect(after.map((diagnostic) => diagnostic.location.start)).toEqual(before.map((diagnostic) => diagnostic.location.start + (diagnostic.location.start > edited ? 4 : 0)));
    expect(after.map((diagnostic) => diagnostic.location.range.start.line)).toEqual(before.map((diagnostic) => diagnostic.location.range.start.line));
    // The same message objects: the pieces were not read again.
    after.forEach((diagnostic, i) => expect(diagnostic.message).toBe(before[i]!.message));
  });
});
