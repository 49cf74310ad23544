/**
 * Capitals of proper names (Phụ lục II): agencies, offices, places and units, and one name written
 * two ways. Each slip is caught with a safe fix that changes only capitals; the common nouns that
 * look like names, the decree's special cases and headings in capitals are left alone; the
 * workspace's units and the header's places count as known names; the same findings come with
 * LF, CRLF and CR line breaks; no sample has a finding; and a hostile text is read in time linear
 * in its size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { applyFixes } from '../../server/src/check/fixes';
import { checkFile } from '../../server/src/check/index';
import lexicon from '../../server/src/check/names.json';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { HEADER_LINES, plan } from './helpers';

const URI = 'file:///ke-hoach.kh';
const CODES = ['capitalisation/agency-name', 'capitalisation/office', 'capitalisation/place-name', 'capitalisation/admin-unit', 'capitalisation/inconsistent'];

function names(text: string, others: Record<string, string> = {}): Diagnostic[] {
  const workspace = new Workspace();
  workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
  workspace.setFile(URI, text);
  for (const [uri, other] of Object.entries(others)) workspace.setFile(uri, other);
  const diagnostics = checkFile(workspace, URI, { calendar: new WorkingCalendar() });
  expect(diagnostics.filter((diagnostic) => diagnostic.code.startsWith('internal/'))).toEqual([]);
  return diagnostics.filter((diagnostic) => CODES.includes(diagnostic.code));
}

function spans(text: string, found: Diagnostic[]): string[] {
  return found.map((diagnostic) => `${diagnostic.code} ${text.slice(diagnostic.location.start, diagnostic.location.end)}`);
}

/** [sentence, the rule and words caught, the sentence after every fix]. */
const SLIPS: [string, string[], string][] = [
  ['Phối hợp với Bộ tài nguyên và môi trường hướng dẫn.', ['capitalisation/agency-name Bộ tài nguyên và môi trường'], 'Phối hợp với Bộ Tài nguyên và Môi trường hướng dẫn.'],
  ['Giao Sở Công thương chủ trì.', ['capitalisation/agency-name Sở Công thương'], 'Giao Sở Công Thương chủ trì.'],
  ['Báo cáo Ủy ban Nhân dân tỉnh.', ['capitalisation/agency-name Ủy ban Nhân dân'], 'Báo cáo Ủy ban nhân dân tỉnh.'],
  ['Theo chỉ đạo của Ban chấp hành Trung ương.', ['capitalisation/agency-name Ban chấp hành Trung ương'], 'Theo chỉ đạo của Ban Chấp hành Trung ương.'],
  ['Phối hợp với Mặt trận tổ quốc Việt Nam tỉnh.', ['capitalisation/agency-name Mặt trận tổ quốc Việt Nam'], 'Phối hợp với Mặt trận Tổ quốc Việt Nam tỉnh.'],
  ['Sở văn hoá, thể thao và du lịch tổ chức.', ['capitalisation/agency-name Sở văn hoá, thể thao và du lịch'], 'Sở Văn hoá, Thể thao và Du lịch tổ chức.'],
  ['Phối hợp với Kho bạc nhà nước tỉnh kiểm soát chi.', ['capitalisation/agency-name Kho bạc nhà nước'], 'Phối hợp với Kho bạc Nhà nước tỉnh kiểm soát chi.'],
  ['Theo ý kiến của thủ tướng Chính phủ.', ['capitalisation/office thủ tướng'], 'Theo ý kiến của Thủ tướng Chính phủ.'],
  ['Giao phó chủ tịch UBND tỉnh chỉ đạo.', ['capitalisation/office phó chủ tịch'], 'Giao Phó Chủ tịch UBND tỉnh chỉ đạo.'],
  ['Báo cáo giám đốc Sở Tài chính.', ['capitalisation/office giám đốc'], 'Báo cáo Giám đốc Sở Tài chính.'],
  ['Theo Quyết định của Bộ Trưởng Bộ Nội vụ.', ['capitalisation/office Bộ Trưởng'], 'Theo Quyết định của Bộ trưởng Bộ Nội vụ.'],
  ['Triển khai trên địa bàn tỉnh quảng ngãi.', ['capitalisation/place-name quảng ngãi'], 'Triển khai trên địa bàn tỉnh Quảng Ngãi.'],
  ['Học sinh của thành phố Hồ chí Minh.', ['capitalisation/place-name Hồ chí Minh'], 'Học sinh của thành phố Hồ Chí Minh.'],
  ['Dịch bệnh ghi nhận tại Trung quốc và Hàn quốc.', ['capitalisation/place-name Trung quốc', 'capitalisation/place-name Hàn quốc'], 'Dịch bệnh ghi nhận tại Trung Quốc và Hàn Quốc.'],
  ['Giao UBND Tỉnh Quảng Ngãi chỉ đạo.', ['capitalisation/admin-unit Tỉnh'], 'Giao UBND tỉnh Quảng Ngãi chỉ đạo.'],
  ['Theo Kế hoạch của UBND Huyện Triệu Sơn.', ['capitalisation/admin-unit Huyện'], 'Theo Kế hoạch của UBND huyện Triệu Sơn.'],
  [
    'Phòng Văn hóa và Thông tin chủ trì. Phòng Văn hóa và Thông tin tổng hợp. Phòng Văn hóa và thông tin báo cáo.',
    ['capitalisation/inconsistent Phòng Văn hóa và thông tin'],
    'Phòng Văn hóa và Thông tin chủ trì. Phòng Văn hóa và Thông tin tổng hợp. Phòng Văn hóa và Thông tin báo cáo.',
  ],
  [
    'Công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) hằng năm.\n\nNâng cao chỉ số Năng lực cạnh tranh cấp tỉnh (PCI).',
    ['capitalisation/inconsistent chỉ số Năng lực cạnh tranh cấp tỉnh'],
    'Công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) hằng năm.\n\nNâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI).',
  ],
];

describe('names with the wrong capitals', () => {
  it.each(SLIPS)('%s', (sentence, caught, after) => {
    const text = plan(sentence);
    const found = names(text);
    expect(spans(text, found)).toEqual(caught);
    for (const diagnostic of found) expect(diagnostic.fixes!.map((fix) => fix.safe)).toEqual([true]);
    expect(applyFixes(text, found.flatMap((diagnostic) => diagnostic.fixes!)).text).toBe(plan(after));
    expect(names(plan(after))).toEqual([]);
  });

  it('speaks Vietnamese and English', () => {
    const [diagnostic] = names(plan('Phối hợp với Sở tư pháp.'));
    expect(diagnostic!.message.vi).toContain('"Sở Tư pháp"');
    expect(diagnostic!.message.en).toContain('"Sở Tư pháp"');
  });

  it('checks the title and the declarations too', () => {
    const header = HEADER_LINES.map((line) => (line.startsWith('  trích yếu:') ? '  trích yếu: Phối hợp với Hội đồng Nhân dân tỉnh' : line)).join('\n');
    const text = plan('Triển khai thực hiện.', { header: `${header}\nvăn bản QD1: Quyết định số 1/QĐ-UBND ngày 05/01/2023 của Ủy ban Nhân dân tỉnh Quảng Ngãi` }).replace('Triển khai thực hiện.', 'Thực hiện @QD1.');
    expect(spans(text, names(text))).toEqual(['capitalisation/agency-name Hội đồng Nhân dân', 'capitalisation/agency-name Ủy ban Nhân dân']);
  });
});

describe('what looks like a name but is not one, and the decree’s special cases', () => {
  it.each([
    'Các sở, ngành, địa phương; ủy ban các cấp; ban hành kế hoạch.',
    'Giám đốc các sở, thủ trưởng các ban, ngành; các chủ tịch Ủy ban nhân dân xã.',
    'Giao các Trung tâm y tế, những Hội nông dân và mỗi Đoàn thanh niên cơ sở.',
    'Cán bộ y tế, cơ sở giáo dục và đào tạo, toàn bộ tài chính của đơn vị.',
    'Xây dựng chính phủ điện tử; đoàn thanh niên tình nguyện; hội nông dân các xã.',
    'Đoàn thanh niên tình nguyện về các xã.',
    'Thành phố Hồ Chí Minh và Thủ đô Hà Nội; Phường Điện Biên Phủ; Quận 1.',
    'Tỉnh Quảng Ngãi có 13 huyện. Huyện Sơn Tịnh triển khai.',
    'Tỉnh ủy, Huyện ủy, Đảng ủy xã; Ngân hàng Chính sách Xã Hội huyện.',
    'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI; SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG; THỦ TƯỚNG CHÍNH PHỦ.',
    'Bộ Tài nguyên và Môi trường, Sở Văn hoá, Thể thao và Du lịch, tỉnh Thanh Hoá, Sở Công Thương.',
    'Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, Bộ trưởng Bộ Nội vụ, Phó Chủ tịch nước.',
    'Hòa bình, thái bình, hải dương mênh mông; việt nam.',
    'Phòng chống dịch. Phòng, chống tham nhũng; Phòng Kinh tế chủ trì.',
  ])('leaves "%s" alone', (sentence) => {
    const text = plan(sentence);
    expect(spans(text, names(text))).toEqual([]);
  });

  it('compares only a name written two ways, never a common phrase that starts a sentence', () => {
    const text = plan('Phòng chống dịch bệnh. Tổ chức phòng chống dịch bệnh. Trung tâm Y tế huyện; Trung tâm Y tế huyện.');
    expect(names(text)).toEqual([]);
  });
});

describe('the workspace’s names', () => {
  it('knows the units it declares, in any file, as their declaration writes them', () => {
    const units = 'đơn vị TTYT: Trung tâm Kiểm soát bệnh tật tỉnh\n';
    const text = plan('Giao Trung tâm kiểm soát bệnh tật tỉnh chủ trì, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp.');
    const found = names(text, { 'file:///don-vi.kh': units });
    expect(spans(text, found)).toEqual(['capitalisation/agency-name Trung tâm kiểm soát bệnh tật tỉnh']);
    // Without the unit, the two forms tie and the first one met is kept.
    expect(spans(text, names(text))).toEqual(['capitalisation/inconsistent Trung tâm Kiểm soát bệnh tật tỉnh']);
  });

  it('follows the units as their file changes', () => {
    const workspace = new Workspace();
    const text = plan('Giao Trung tâm dịch vụ việc làm tỉnh chủ trì.');
    workspace.setFile(URI, text);
    workspace.setFile('file:///don-vi.kh', 'đơn vị TT: Trung tâm Y tế huyện\n');
    const codes = () => checkFile(workspace, URI, { calendar: new WorkingCalendar() }).filter((diagnostic) => CODES.includes(diagnostic.code));
    expect(codes()).toEqual([]);
    workspace.setFile('file:///don-vi.kh', 'đơn vị TT: Trung tâm Dịch vụ việc làm tỉnh\n');
    expect(spans(text, codes())).toEqual(['capitalisation/agency-name Trung tâm dịch vụ việc làm tỉnh']);
  });

  it('knows the places of the header', () => {
    const header = HEADER_LINES.map((line) => line.replace('cơ quan: Sở Công Thương', 'cơ quan: UBND XÃ DÂN LỰC')).join('\n');
    const text = plan('Nhân dân xã dân lực tích cực tham gia.', { header });
    expect(spans(text, names(text))).toEqual(['capitalisation/place-name dân lực']);
  });
});

describe('line breaks and hostile input', () => {
  it.each([['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']])('finds the same names with %s line breaks', (_name, lineBreak) => {
    const lf = plan('Giao Sở Công thương chủ trì,\nphối hợp với thủ tướng Chính phủ\nvà UBND Tỉnh Quảng Ngãi.');
    const text = lf.replace(/\n/g, lineBreak);
    expect(spans(text, names(text))).toEqual(['capitalisation/agency-name Sở Công thương', 'capitalisation/office thủ tướng', 'capitalisation/admin-unit Tỉnh']);
  });

  it('reads a long run of kinds, offices and brackets in time linear in its size', () => {
    const unit = 'Sở Sở Ban Chủ tịch Phó chủ tịch (UBND) tỉnh Xã (A) Phòng Văn hóa và Thông tin (PVH) ';
    const time = (count: number) => {
      const text = plan(unit.repeat(count));
      const started = performance.now();
      names(text);
      return performance.now() - started;
    };
    time(200);
    const small = Math.min(time(2000), time(2000));
    const large = Math.min(time(8000), time(8000));
    expect(large / small).toBeLessThan(8);
  });
});

describe('the samples', () => {
  const root = join(__dirname, '..', '..', 'samples');
  const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  it.each(folders.map((folder) => folder.name))('%s has no finding of the names’ capitals', (folder) => {
    const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.kh'));
    expect(files.length).toBeGreaterThan(0);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    for (const name of files) workspace.setFile(`file:///${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8'));
    for (const name of files) {
      const found = checkFile(workspace, `file:///${folder}/${name}`, { calendar: new WorkingCalendar() }).filter((diagnostic) => CODES.includes(diagnostic.code));
      expect(found.map((diagnostic) => `${name}: ${diagnostic.message.en}`)).toEqual([]);
    }
  });
});

describe('names of the real corpus, miscapitalised', () => {
  const corpus = join(__dirname, '..', 'corpus', 'kh');
  const rewrites = readdirSync(corpus).filter((name) => name.endsWith('.kh'));
  const agencies = [...lexicon.agencies].sort((a, b) => b.length - a.length);
  /** Every syllable capitalised: a form no sentence gives a name, so it is a slip wherever it stands. */
  const everySyllable = (name: string) => name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

  /** The first curated agency each rewrite writes right, in prose, with the capitals changed there. */
  const cases = rewrites.flatMap((file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    for (const name of agencies) {
      const wrong = everySyllable(name);
      if (wrong === name) continue;
      const at = text.search(new RegExp(`(?<![\\p{L}\\p{M}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u'));
      if (at < 0 || text.lastIndexOf('//', at) > text.lastIndexOf('\n', at)) continue;
      return [[file, name, wrong, `${text.slice(0, at)}${wrong}${text.slice(at + name.length)}`, at] as const];
    }
    return [];
  });

  /** The first province each rewrite names after its kind, "tỉnh Quảng Ngãi", written "tỉnh Quảng ngãi". */
  const provinces = [...lexicon.provinces].filter((name) => name.includes(' ')).sort((a, b) => b.length - a.length);
  const places = rewrites.flatMap((file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    for (const name of provinces) {
      const match = new RegExp(`(?<=(?:^|[^\\p{L}\\p{M}])(?:tỉnh|thành phố|huyện) )${name}(?![\\p{L}\\p{M}])`, 'u').exec(text);
      if (!match || text.lastIndexOf('//', match.index) > text.lastIndexOf('\n', match.index)) continue;
      const wrong = name.replace(/ \p{Lu}/gu, (capital) => capital.toLowerCase());
      return [[file, name, wrong, `${text.slice(0, match.index)}${wrong}${text.slice(match.index + name.length)}`, match.index] as const];
    }
    return [];
  });

  it('has names to change in most rewrites', () => {
    expect(cases.length).toBeGreaterThan(rewrites.length / 2);
    expect(places.length).toBeGreaterThan(rewrites.length / 3);
  });

  it.each(places)('%s: "%s" written "%s" is caught where it stands', (file, name, wrong, text, at) => {
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile(`file:///${file}`, text);
    const found = checkFile(workspace, `file:///${file}`, { calendar: new WorkingCalendar() }).filter((diagnostic) => diagnostic.code === 'capitalisation/place-name' && diagnostic.location.start === at);
    expect(found.map((diagnostic) => text.slice(diagnostic.location.start, diagnostic.location.end))).toEqual([wrong]);
    expect(applyFixes(text, found[0]!.fixes!).text.slice(at, at + name.length)).toBe(name);
  });

  it.each(cases)('%s: "%s" written "%s" is caught where it stands', (file, name, wrong, text, at) => {
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile(`file:///${file}`, text);
    const found = checkFile(workspace, `file:///${file}`, { calendar: new WorkingCalendar() }).filter((diagnostic) => diagnostic.code === 'capitalisation/agency-name' && diagnostic.location.start === at);
    expect(found.map((diagnostic) => text.slice(diagnostic.location.start, diagnostic.location.end))).toEqual([wrong]);
    expect(applyFixes(text, found[0]!.fixes!).text.slice(at, at + name.length)).toBe(name);
  });
});
