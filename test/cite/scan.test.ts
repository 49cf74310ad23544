import { describe as group, expect, it } from 'vitest';
import { findCitations } from '../../server/src/cite/scan';
import { applyFixes, describe } from './helpers';
import { SEED_BODY } from './seed-fixture';

/**
 * Every citation of the seed plan, in order: [text as written, normalised number, problems as
 * "code@covered→replacement"]. The table is the whole list, so an extra hit fails as surely as a
 * missing one.
 */
const SEED_CITATIONS: [string, string, string[]][] = [
  ["Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND\ntỉnh", "30/KH-UBND", []],
  ["Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị", "120-KL/TW", ["citation/number-spacing@ →"]],
  ["Kết luận số 114 -KL/TW ngày\n14/7/2015 của Ban Bí thư", "114-KL/TW", ["citation/number-spacing@ →"]],
  ["Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng\nChính phủ", "33/CT-TTg", []],
  ["Chỉ thị số 08 -CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy", "08-CT/TU", ["citation/number-spacing@ →"]],
  ["Quyết\nđịnh số 396-QĐ/TU, ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy", "396-QĐ/TU", ["citation/comma-before-date@, → "]],
  ["Công văn số\n1457-CV/TU ngày 06/02/2023 của Ban Thường vụ Tỉnh ủy", "1457-CV/TU", []],
  ["Chương trình phối hợp số 31–CTr/BDVTU-\nBCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự\nđảng Ủy ban nhân dân", "31-CTr/BDVTU-BCSĐUBND", ["citation/number-dash@–→-","citation/number-spacing@\n→"]],
  ["Kế hoạch\nsố 104-KH/BDVTU-BCSĐUBND ngày 26/12/2022 của Ban Dân vận Tỉnh\nủy và Ban cán sự đảng Ủy ban nhân dân tỉnh", "104-KH/BDVTU-BCSĐUBND", []],
  ["Kế hoạch số 05-KH/BCĐ ngày 07/02/2023 của Ban Chỉ đạo\ntỉnh", "05-KH/BCĐ", []],
  ["Đề án số 13-ĐA/TU, ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy", "13-ĐA/TU", ["citation/comma-before-date@, → "]],
  ["Kế hoạch\nsố 90-KH/BDVTU ngày 23/11/2022 của Ban Dân vận Tỉnh ủy", "90-KH/BDVTU", []],
  ["Đề án số 13-ĐA/TU", "13-ĐA/TU", []],
  ["Kế hoạch số 987-KH/BCSĐ ngày 16/12/2022\ncủa Ban cán sự đảng UBND tỉnh", "987-KH/BCSĐ", []],
  ["Đề án số 13-ĐA/TU", "13-ĐA/TU", []],
  ["Kế hoạch số 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy", "31-KH/TU", []],
  ["Hướng dẫn số 08-HD/BDVTU ngày 19/4/2021", "08-HD/BDVTU", []],
  ["Công văn số 4418 /UBND-NC ngày\n06/9/2022 của Chủ tịch UBND tỉnh", "4418/UBND-NC", ["citation/number-spacing@ →"]],
  ["Kết luận số 973-\nKL/TU của Ban Thường vụ Tỉnh ủy", "973-KL/TU", ["citation/number-spacing@\n→"]],
  ["Kế hoạch số 987-KH/BCSĐ ngày 16/12/2022 của Ban cán sự đảng\nUBND tỉnh", "987-KH/BCSĐ", []],
  ["Đề án 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ\nTỉnh ủy", "13-ĐA/TU", []],
  ["Kế hoạch số 159/KH-SCT ngày 19/01/2023", "159/KH-SCT", []],
  ["Đề án số 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy", "13-ĐA/TU", []],
  ["Kế hoạch số 160 –KH/TU ngày 21/12/2022 của Ban\nThường vụ Tỉnh ủy", "160-KH/TU", ["citation/number-spacing@ →","citation/number-dash@–→-"]],
  ["Quyết định số1411/QĐ-SCT\nngày 08/7/2022", "1411/QĐ-SCT", ["citation/missing-space@số→số "]],
  ["Công văn số 5451/UBND-\nCNXD, ngày 10/9/2018 của Chủ tịch Ủy ban nhân dân tỉnh", "5451/UBND-CNXD", ["citation/number-spacing@\n→","citation/comma-before-date@, → "]],
  ["Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND\ntỉnh", "56/2015/QĐ-UBND", []],
  ["Công văn số 116/UBND-KGVX ngày 09/01/2023 của Chủ\ntịch UBND tỉnh", "116/UBND-KGVX", []],
  ["Kế hoạch số\n1768/KH-SCT ngày 19/8/2022", "1768/KH-SCT", []],
  ["Kế hoạch số 159/KH-SCT ngày\n19/01/2023 của Sở", "159/KH-SCT", []],
  ["Nghị định số 04/2015/NĐ-CP ngày 09/01/2015\ncủa Chính phủ", "04/2015/NĐ-CP", []],
  ["Nghị định số 159/2016/NĐ-CP\nngày 29/11/2016 của Chính phủ", "159/2016/NĐ-CP", []],
  ["Đề án\nsố 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy", "13-ĐA/TU", []],
  ["Kế hoạch số\n1768/KH-SCT ngày 19/8/2022 của Sở", "1768/KH-SCT", []],
  ["Kế\nhoạch số 159/KH-SCT ngày 19/01/2023", "159/KH-SCT", []],
  ["Đề án số 13-ĐA/TU ngày\n10/10/2022 của Ban Thường vụ Tỉnh ủy", "13-ĐA/TU", []],
];

group('findCitations on the seed plan', () => {
  const found = findCitations(SEED_BODY);

  it('finds every citation and nothing else', () => {
    expect(found.map((f) => [SEED_BODY.slice(f.citation.span.start, f.citation.span.end), f.citation.number.normalised, f.problems.map((p) => describe(SEED_BODY, p))])).toEqual(SEED_CITATIONS);
  });

  it('leaves a body without number defects once the fixes are applied', () => {
    const fixed = applyFixes(SEED_BODY, found.flatMap((f) => f.problems));
    expect(findCitations(fixed).flatMap((f) => f.problems)).toEqual([]);
    expect(fixed).toContain('Kết luận số 120-KL/TW ngày 07/01/2016');
    expect(fixed).toContain('Chương trình phối hợp số 31-CTr/BDVTU-BCSĐUBND ngày');
    expect(fixed).toContain('Công văn số 5451/UBND-CNXD ngày 10/9/2018');
    expect(fixed).toContain('Quyết định số 1411/QĐ-SCT');
  });

  it('reads the parts a reference would replace', () => {
    const first = found[0]!.citation;
    expect(first).toMatchObject({ typeName: 'Kế hoạch', date: { year: 2023, month: 2, day: 17 }, connector: 'của', issuer: 'UBND tỉnh' });
    const joint = found[7]!.citation;
    expect(joint).toMatchObject({ typeName: 'Chương trình', qualifier: 'phối hợp', connector: 'giữa' });
  });
});

/** Prose and the citations in it, as [prose, [text of each hit]]. */
const PROSE: [string, string[]][] = [
  ['Thực hiện Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị về xây dựng', ['Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị']],
  ['tại Quyết định số1411/QĐ-SCT ngày 08/7/2022.', ['Quyết định số1411/QĐ-SCT ngày 08/7/2022']],
  ['thực hiện Đề án 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy về đổi mới', ['Đề án 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy']],
  ['thực hiện Công văn số 5451/UBND-CNXD, ngày 10/9/2018 của Chủ tịch Ủy ban nhân dân tỉnh về việc lấy ý kiến', ['Công văn số 5451/UBND-CNXD, ngày 10/9/2018 của Chủ tịch Ủy ban nhân dân tỉnh']],
  ['gắn kết Kế hoạch này với Kế hoạch số 159/KH-SCT ngày 19/01/2023 thực hiện', ['Kế hoạch số 159/KH-SCT ngày 19/01/2023']],
  ['theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội; và', ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội']],
  ['Nghị định 04/2015/NĐ-CP và Nghị định 159/2016/NĐ-CP', ['Nghị định 04/2015/NĐ-CP', 'Nghị định 159/2016/NĐ-CP']],
  ['kế hoạch số 30/KH-UBND', ['kế hoạch số 30/KH-UBND']],
  ['thực hiện Nghị quyết số 57 - NQ/TW ngày 22/12/2024 của Bộ Chính trị; và', ['Nghị quyết số 57 - NQ/TW ngày 22/12/2024 của Bộ Chính trị']],
  ['theo Kế hoạch số 30/KH-UBND - Nội dung chính', ['Kế hoạch số 30/KH-UBND']],
  // A code split by a blank goes on only when the citation's date follows it.
  ['của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng', ['Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng']],
  ['theo Kế hoạch số 30/KH-UBND UBND tỉnh ban hành', ['Kế hoạch số 30/KH-UBND']],
  ['theo Kế hoạch số 30/KH-UBND TỈNH ngày nào', ['Kế hoạch số 30/KH-UBND']],
  // A serial with a letter, ordinances, and Party numbers.
  ['theo Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình', ['Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ']],
  ['Nghị quyết 36a/NQ-CP và Nghị quyết 30c/NQ-CP', ['Nghị quyết 36a/NQ-CP', 'Nghị quyết 30c/NQ-CP']],
  ['theo Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện', ['Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội']],
  ['Pháp lệnh số 02/2020/UBTVQH14 về ưu đãi', ['Pháp lệnh số 02/2020/UBTVQH14']],
  ['quán triệt Nghị quyết số 35-NQ/TW, Chỉ thị 05-CT/TU và Kết luận 120-KL/TW', ['Nghị quyết số 35-NQ/TW', 'Chỉ thị 05-CT/TU', 'Kết luận 120-KL/TW']],
  // A run of letters after the serial is a citation with a malformed number, reported, not passed over.
  ['theo Nghị quyết số 30abc/NQ-CP ngày 08/11/2011', ['Nghị quyết số 30abc/NQ-CP ngày 08/11/2011']],
  // Ordinary numbers and words that are not citations.
  ['trong năm 2023, Sở Công Thương xây dựng kế hoạch triển khai thực hiện như sau:', []],
  ['phát huy dân chủ trong thực hiện 03 chương trình mục tiêu quốc gia về xây dựng nông thôn mới', []],
  ['giai đoạn 2022 - 2026; giai đoạn 2021 – 2025', []],
  ['báo cáo năm gửi trước ngày 15/10/2023.', []],
  ['ngày 17/02/2023', []],
  ['kế hoạch cải cách hành chính năm 2023 của UBND tỉnh', []],
  ['nêu tại mục 2/II Kế hoạch này', []],
  ['Chương trình 135 giai đoạn 2016 - 2020', []],
  ['Quyết định ban hành Quy chế quản lý vật liệu nổ công nghiệp', []],
  ['Kế hoạch số 02 của UBND tỉnh', []],
  ['liên hệ vp@quangngai.gov.vn', []],
];

group('findCitations in prose', () => {
  it.each(PROSE)('%j', (prose, hits) => {
    expect(findCitations(prose).map((f) => prose.slice(f.citation.span.start, f.citation.span.end))).toEqual(hits);
  });

  it('reports the same number problems as a declaration, with offsets in the prose', () => {
    const prose = 'Thực hiện Kế hoạch số 160 –KH/TU ngày 21/12/2022 và Nghị định số 134/2021/NĐ-CP ngày 30/10/2020 của Chính phủ';
    expect(findCitations(prose).flatMap((f) => f.problems.map((p) => describe(prose, p)))).toEqual([
      'citation/number-spacing@ →',
      'citation/number-dash@–→-',
      'citation/year-mismatch@2021',
    ]);
  });

  it('reports a run of letters after a serial, and an ordinance symbol on a law, in prose', () => {
    const prose = `theo Nghị quyết số 30${'x'.repeat(20)}/NQ-CP ngày 08/11/2011 và Luật số 04/2012/PL-UBTVQH13 ngày 16/7/2012`;
    expect(findCitations(prose).flatMap((f) => f.problems.map((p) => describe(prose, p)))).toEqual([`citation/malformed-number@${'x'.repeat(20)}`, 'citation/symbol-type@PL']);
  });

  it('checks the type against the symbol in prose too', () => {
    const prose = 'theo Kế hoạch số 30/QĐ-UBND ngày 17/02/2023 của UBND tỉnh';
    expect(findCitations(prose).flatMap((f) => f.problems.map((p) => describe(prose, p)))).toEqual(['citation/symbol-type@QĐ→KH']);
  });
});
