import { describe as group, expect, it } from 'vitest';
import { parseCitationPhrase } from '../../server/src/cite/phrase';
import { formatCitation } from '../../server/src/cite/format';
import { applyFixes, describe } from './helpers';

/** Declarations that must parse without any problem: [phrase, type, qualifier, number, date, connector, issuer]. */
const CLEAN: [string, string, string | undefined, string, string | undefined, string | undefined, string | undefined][] = [
  ['Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh', 'Kế hoạch', undefined, '30/KH-UBND', '2023-02-17', 'của', 'UBND tỉnh'],
  ['Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @UBND', 'Kế hoạch', undefined, '30/KH-UBND', '2023-02-17', 'của', '@UBND'],
  ['Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ', 'Chỉ thị', undefined, '33/CT-TTg', '2021-11-26', 'của', 'Thủ tướng Chính phủ'],
  ['Quyết định số 56/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh', 'Quyết định', undefined, '56/2015/QĐ-UBND', '2015-12-29', 'của', 'UBND tỉnh'],
  ['Chương trình phối hợp số 31-CTr/BDVTU-BCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân', 'Chương trình', 'phối hợp', '31-CTr/BDVTU-BCSĐUBND', '2022-01-28', 'giữa', 'Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân'],
  ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội', 'Luật', 'Thực hiện dân chủ ở cơ sở', '10/2022/QH15', '2022-11-10', 'của', 'Quốc hội'],
  ['Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội', 'Nghị quyết', undefined, '43/2022/QH15', '2022-01-11', 'của', 'Quốc hội'],
  ['Công văn số 116/UBND-KGVX ngày 09/01/2023 của Chủ tịch UBND tỉnh', 'Công văn', undefined, '116/UBND-KGVX', '2023-01-09', 'của', 'Chủ tịch UBND tỉnh'],
  ['Công văn số 1457-CV/TU ngày 06/02/2023 của Ban Thường vụ Tỉnh ủy', 'Công văn', undefined, '1457-CV/TU', '2023-02-06', 'của', 'Ban Thường vụ Tỉnh ủy'],
  ['Đề án 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy', 'Đề án', undefined, '13-ĐA/TU', '2022-10-10', 'của', 'Ban Thường vụ Tỉnh ủy'],
  ['Quy định số 08-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương', 'Quy định', undefined, '08-QĐi/TW', '2021-10-25', 'của', 'Ban Chấp hành Trung ương'],
  ['ke hoach so 30/KH-UBND ngay 17/02/2023 cua UBND tinh', 'Kế hoạch', undefined, '30/KH-UBND', '2023-02-17', 'của', 'UBND tinh'],
  ['KẾ HOẠCH số 30/KH-UBND ngày 17 tháng 02 năm 2023 của UBND tỉnh', 'Kế hoạch', undefined, '30/KH-UBND', '2023-02-17', 'của', 'UBND tỉnh'],
  ['Kết luận số 973-KL/TU của Ban Thường vụ Tỉnh ủy', 'Kết luận', undefined, '973-KL/TU', undefined, 'của', 'Ban Thường vụ Tỉnh ủy'],
  ['Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/9/2015 của Bộ Nội vụ và Bộ Tài chính', 'Thông tư liên tịch', undefined, '01/2015/TTLT-BNV-BTC', '2015-09-14', 'của', 'Bộ Nội vụ và Bộ Tài chính'],
  // A steering committee numbers the way of the Party or the State that set it up: neither is claimed (corpus 075).
  ['Công văn số 03/CV-BCĐ ngày 15/4/2025 của Ban Chỉ đạo sắp xếp ĐVHC', 'Công văn', undefined, '03/CV-BCĐ', '2025-04-15', 'của', 'Ban Chỉ đạo sắp xếp ĐVHC'],
  // A serial with a letter, an ordinance numbered both ways, and Party documents of every level.
  ['Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ', 'Nghị quyết', undefined, '30c/NQ-CP', '2011-11-08', 'của', 'Chính phủ'],
  ['Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ', 'Nghị quyết', undefined, '36a/NQ-CP', '2015-10-14', 'của', 'Chính phủ'],
  ['Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội', 'Pháp lệnh', undefined, '34/2007/PL-UBTVQH11', '2007-04-20', 'của', 'Ủy ban Thường vụ Quốc hội'],
  ['Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020 của Ủy ban Thường vụ Quốc hội', 'Pháp lệnh', 'Ưu đãi người có công với cách mạng', '02/2020/UBTVQH14', '2020-12-09', 'của', 'Ủy ban Thường vụ Quốc hội'],
  ['Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị', 'Nghị quyết', undefined, '35-NQ/TW', '2018-10-22', 'của', 'Bộ Chính trị'],
  ['Chỉ thị số 05-CT/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy', 'Chỉ thị', undefined, '05-CT/TU', '2021-03-15', 'của', 'Ban Thường vụ Tỉnh ủy'],
];

function iso(date: { year: number; month: number; day: number } | undefined): string | undefined {
  return date && `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

group('parseCitationPhrase: well-formed declarations', () => {
  it.each(CLEAN)('%j', (phrase, typeName, qualifier, number, date, connector, issuer) => {
    const { citation, problems } = parseCitationPhrase(phrase);
    expect(problems.map((p) => describe(phrase, p))).toEqual([]);
    expect(citation).toBeDefined();
    const c = citation!;
    expect([c.typeName, c.qualifier, c.number?.normalised, iso(c.date), c.connector, c.issuer]).toEqual([typeName, qualifier, number, date, connector, issuer]);
    expect(c.numberSpan && phrase.slice(c.numberSpan.start, c.numberSpan.end)).toBe(number);
    if (c.issuerSpan) expect(phrase.slice(c.issuerSpan.start, c.issuerSpan.end)).toBe(issuer);
    expect(c.span).toEqual({ start: 0, end: phrase.length });
  });
});

/**
 * Laws, codes, ordinances and the constitution are cited by name (Nghị định 30: type and name are
 * enough): [phrase, type, name, year, date, printed in full, printed short].
 */
const BY_NAME: [string, string, string | undefined, number | undefined, string | undefined, string, string][] = [
  ['Luật Hộ tịch năm 2014', 'Luật', 'Hộ tịch', 2014, undefined, 'Luật Hộ tịch năm 2014', 'Luật Hộ tịch'],
  ['Bộ luật Lao động năm 2019', 'Bộ luật', 'Lao động', 2019, undefined, 'Bộ luật Lao động năm 2019', 'Bộ luật Lao động'],
  ['Hiến pháp năm 2013', 'Hiến pháp', undefined, 2013, undefined, 'Hiến pháp năm 2013', 'Hiến pháp'],
  [
    'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
    'Luật',
    'Tổ chức chính quyền địa phương',
    undefined,
    '2015-06-19',
    'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
    'Luật Tổ chức chính quyền địa phương',
  ],
  ['Luật Phòng, chống tham nhũng ngày 20/11/2018', 'Luật', 'Phòng, chống tham nhũng', undefined, '2018-11-20', 'Luật Phòng, chống tham nhũng ngày 20/11/2018', 'Luật Phòng, chống tham nhũng'],
  ['Luật Thực hiện dân chủ ở cơ sở', 'Luật', 'Thực hiện dân chủ ở cơ sở', undefined, undefined, 'Luật Thực hiện dân chủ ở cơ sở', 'Luật Thực hiện dân chủ ở cơ sở'],
  ['Pháp lệnh Ưu đãi người có công với cách mạng năm 2020', 'Pháp lệnh', 'Ưu đãi người có công với cách mạng', 2020, undefined, 'Pháp lệnh Ưu đãi người có công với cách mạng năm 2020', 'Pháp lệnh Ưu đãi người có công với cách mạng'],
];

group('parseCitationPhrase: laws cited by name', () => {
  it.each(BY_NAME)('%j', (phrase, typeName, name, year, date, full, short) => {
    const { citation, problems } = parseCitationPhrase(phrase);
    expect(problems).toEqual([]);
    const c = citation!;
    expect([c.typeName, c.qualifier, c.number, c.year, iso(c.date)]).toEqual([typeName, name, undefined, year, date]);
    expect(c.span).toEqual({ start: 0, end: phrase.length });
    expect(formatCitation(c, 'full')).toBe(full);
    expect(formatCitation(c, 'short')).toBe(short);
  });

  it('reads the generic "Văn bản", and reports a garbled date once, up to the issuer', () => {
    const generic = parseCitationPhrase('Văn bản số 20/TB-UBND ngày 03/02/2021 của UBND tỉnh Bắc Ninh');
    expect(generic.problems).toEqual([]);
    expect(generic.citation?.typeName).toBe('Văn bản');
    for (const [phrase, date] of [
      ['Nghị định số 80/2021/NĐ-CP ngày 26 ngày 8 tháng 2021 của Chính phủ', '26 ngày 8 tháng 2021'],
      ['Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ', '16/7/20 21'],
    ] as const) {
      const { citation, problems } = parseCitationPhrase(phrase);
      expect(problems.map((p) => `${p.code}@${phrase.slice(p.start, p.end)}`)).toEqual([`citation/invalid-date@${date}`]);
      expect(citation?.issuer).toBeDefined();
    }
  });

  it('still reads a law with its number, and refuses a decree without one', () => {
    expect(parseCitationPhrase('Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025').citation?.number?.normalised).toBe('72/2025/QH15');
    expect(parseCitationPhrase('Nghị định Công tác văn thư năm 2020').problems.map((p) => p.code)).toContain('citation/malformed-number');
    expect(parseCitationPhrase('Luật Hộ tịch năm 2014 ngày 20/11/2014').problems.map((p) => p.code)).toEqual(['citation/unrecognised']);
  });
});

/** [phrase, problems as "code@covered→replacement", phrase after applying every fix or undefined]. */
const DEFECTS: [string, string[], string | undefined][] = [
  // The seed's defects, each as a declaration.
  ['Quyết định số1411/QĐ-SCT ngày 08/7/2022 của Sở Công Thương', ['citation/missing-space@số→số '], 'Quyết định số 1411/QĐ-SCT ngày 08/7/2022 của Sở Công Thương'],
  ['Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị', ['citation/number-spacing@ →'], 'Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị'],
  ['Kết luận số 114 -KL/TW ngày 14/7/2015 của Ban Bí thư', ['citation/number-spacing@ →'], 'Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư'],
  ['Chỉ thị số 08 -CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy', ['citation/number-spacing@ →'], 'Chỉ thị số 08-CT/TU ngày 25/5/2021 của Ban Thường vụ Tỉnh ủy'],
  ['Kế hoạch số 160 –KH/TU ngày 21/12/2022 của Ban Thường vụ Tỉnh ủy', ['citation/number-spacing@ →', 'citation/number-dash@–→-'], 'Kế hoạch số 160-KH/TU ngày 21/12/2022 của Ban Thường vụ Tỉnh ủy'],
  ['Chương trình phối hợp số 31–CTr/BDVTU-BCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân', ['citation/number-dash@–→-'], 'Chương trình phối hợp số 31-CTr/BDVTU-BCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân'],
  ['Công văn số 4418 /UBND-NC ngày 06/9/2022 của Chủ tịch UBND tỉnh', ['citation/number-spacing@ →'], 'Công văn số 4418/UBND-NC ngày 06/9/2022 của Chủ tịch UBND tỉnh'],
  ['Công văn số 5451/UBND-\nCNXD, ngày 10/9/2018 của Chủ tịch Ủy ban nhân dân tỉnh', ['citation/number-spacing@\n→', 'citation/comma-before-date@, → '], 'Công văn số 5451/UBND-CNXD ngày 10/9/2018 của Chủ tịch Ủy ban nhân dân tỉnh'],
  ['Quyết định số 396-QĐ/TU, ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy', ['citation/comma-before-date@, → '], 'Quyết định số 396-QĐ/TU ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy'],
  // A spaced dash right after the serial still joins it: a number never ends before its "/".
  ['Nghị quyết số 57 - NQ/TW ngày 22/12/2024 của Bộ Chính trị', ['citation/number-spacing@ →', 'citation/number-spacing@ →'], 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'],
  ['Nghị quyết số 57 – NQ/TW ngày 22/12/2024 của Bộ Chính trị', ['citation/number-spacing@ →', 'citation/number-dash@–→-', 'citation/number-spacing@ →'], 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'],
  // Symbol and type.
  ['Kế hoạch số 30/QĐ-UBND ngày 17/02/2023 của UBND tỉnh', ['citation/symbol-type@QĐ→KH'], 'Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh'],
  ['Chương trình số 31-KH/BDVTU ngày 28/01/2022 của Ban Dân vận Tỉnh ủy', ['citation/symbol-type@KH→CTr'], 'Chương trình số 31-CTr/BDVTU ngày 28/01/2022 của Ban Dân vận Tỉnh ủy'],
  ['Đề án số 13-DA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy', ['citation/symbol-type@DA→ĐA'], 'Đề án số 13-ĐA/TU ngày 10/10/2022 của Ban Thường vụ Tỉnh ủy'],
  ['Quy định số 08-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương', ['citation/symbol-type@QĐ→QĐi'], 'Quy định số 08-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương'],
  ['Công văn số 116/KH-UBND ngày 09/01/2023 của UBND tỉnh', ['citation/symbol-type@KH'], undefined],
  ['Kế hoạch số 30/UBND-VX ngày 17/02/2023 của UBND tỉnh', ['citation/symbol-type@30/UBND-VX'], undefined],
  ['Luật Thanh tra số 11/2022/NĐ-CP ngày 14/11/2022 của Quốc hội', ['citation/symbol-type@NĐ'], undefined],
  ['Nghị định số 12/CP ngày 05/01/2023 của Chính phủ', ['citation/symbol-type@12/CP'], undefined],
  // A Party-only abbreviation from a state body is a wrong abbreviation, never a Party number.
  ['Quyết định số 123/CV-UBND ngày 22/12/2022 của UBND tỉnh', ['citation/symbol-type@CV→QĐ'], 'Quyết định số 123/QĐ-UBND ngày 22/12/2022 của UBND tỉnh'],
  ['Quyết định số 123/CV-UBND ngày 22/12/2022 của Ban Thường vụ Tỉnh ủy', ['citation/symbol-type@CV→QĐ'], 'Quyết định số 123/QĐ-UBND ngày 22/12/2022 của Ban Thường vụ Tỉnh ủy'],
  // Year and date.
  ['Nghị định số 134/2021/NĐ-CP ngày 30/10/2020 của Chính phủ', ['citation/year-mismatch@2021'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 31/02/2023 của UBND tỉnh', ['citation/invalid-date@31/02/2023'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 17/02/223 của UBND tỉnh', ['citation/invalid-date@17/02/223'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 17/13/2023 của UBND tỉnh', ['citation/invalid-date@17/13/2023'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 29/02/2023 của UBND tỉnh', ['citation/invalid-date@29/02/2023'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 17/02/20231 của UBND tỉnh', ['citation/invalid-date@17/02/20231'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 17-02-2023 của UBND tỉnh', ['citation/invalid-date@17-02-2023'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày của UBND tỉnh', ['citation/unrecognised@ngày của UBND tỉnh'], undefined],
  ['Thông tư số 05/2019/BTC ngày 05/01/2019 của Bộ Tài chính', ['citation/symbol-type@05/2019/BTC'], undefined],
  // An ordinance's "PL" is its own: a law or a people's committee does not carry it.
  ['Luật số 04/2012/PL-UBTVQH13 ngày 16/7/2012 của Quốc hội', ['citation/symbol-type@PL'], undefined],
  ['Pháp lệnh số 04/2012/PL-UBND ngày 16/7/2012 của UBND tỉnh', ['citation/symbol-type@PL'], undefined],
  ['Nghị quyết số 30c/QĐ-CP ngày 08/11/2011 của Chính phủ', ['citation/symbol-type@QĐ→NQ'], 'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ'],
  // A run of letters after the serial, however long, is reported on the letters alone.
  ['Nghị quyết số 30abc/NQ-CP ngày 08/11/2011 của Chính phủ', ['citation/malformed-number@abc'], undefined],
  [`Nghị quyết số 30${'c'.repeat(3000)}/NQ-CP ngày 08/11/2011 của Chính phủ`, [`citation/malformed-number@${'c'.repeat(3000)}`], undefined],
  // Party numbering.
  ['Kết luận số 120/KL-TW ngày 07/01/2016 của Bộ Chính trị', ['citation/number-form@120/KL-TW→120-KL/TW'], 'Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị'],
  ['Kế hoạch số 31/KH-BDV ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy', ['citation/number-form@31/KH-BDV→31-KH/BDV'], 'Kế hoạch số 31-KH/BDV ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy'],
  ['Công văn số 123/CV-TU ngày 22/12/2022 của Tỉnh ủy', ['citation/number-form@123/CV-TU→123-CV/TU'], 'Công văn số 123-CV/TU ngày 22/12/2022 của Tỉnh ủy'],
  // Case.
  ['Quyết định số 12/QĐ-TTG ngày 05/01/2023 của Thủ tướng Chính phủ', ['citation/issuer-case@TTG→TTg'], 'Quyết định số 12/QĐ-TTg ngày 05/01/2023 của Thủ tướng Chính phủ'],
  // Shapes that are not citations.
  ['KH 30 của UBND tỉnh', ['citation/unrecognised@KH 30 của UBND tỉnh'], undefined],
  ['Kế hoạch của UBND tỉnh', ['citation/unrecognised@Kế hoạch của UBND tỉnh'], undefined],
  ['', ['citation/unrecognised@'], undefined],
  ['Kế hoạch số 30/KH-UBND ngày 17/02/2023 về thực hiện quy chế dân chủ', ['citation/unrecognised@về thực hiện quy chế dân chủ'], undefined],
  ['Kế hoạch số 30KH-UBND ngày 17/02/2023 của UBND tỉnh', ['citation/malformed-number@30KH-UBND'], undefined],
];

group('parseCitationPhrase: defects', () => {
  it.each(DEFECTS)('%j', (phrase, expected, fixed) => {
    const { problems } = parseCitationPhrase(phrase);
    expect(problems.map((p) => describe(phrase, p))).toEqual(expected);
    if (fixed !== undefined) {
      expect(applyFixes(phrase, problems)).toBe(fixed);
      expect(parseCitationPhrase(fixed).problems).toEqual([]);
    }
  });

  it('keeps parts it could read when a later part is wrong', () => {
    const { citation } = parseCitationPhrase('Kế hoạch số 30/KH-UBND ngày 31/02/2023 của UBND tỉnh');
    expect(citation).toMatchObject({ typeName: 'Kế hoạch', issuer: 'UBND tỉnh', dateSpan: { start: 28, end: 38 } });
    expect(citation!.date).toBeUndefined();
  });

  it('gives the spans of every part', () => {
    const phrase = 'Chương trình phối hợp số 31–CTr/BDVTU-BCSĐUBND, ngày 28/01/2022 giữa @BDV và @BCS';
    const c = parseCitationPhrase(phrase).citation!;
    const at = (span: { start: number; end: number } | undefined) => span && phrase.slice(span.start, span.end);
    expect([at(c.typeSpan), at(c.qualifierSpan), at(c.numberSpan), at(c.dateSpan), at(c.issuerSpan)]).toEqual([
      'Chương trình',
      'phối hợp',
      '31–CTr/BDVTU-BCSĐUBND',
      '28/01/2022',
      '@BDV và @BCS',
    ]);
  });
});
