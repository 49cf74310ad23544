import { describe as group, expect, it } from 'vitest';
import { formatCitation, formatCitationGroup, type GroupMember } from '../../server/src/cite/format';
import { parseCitationPhrase } from '../../server/src/cite/phrase';

/** [declaration phrase, subject, full, short]. */
const CASES: [string, string | undefined, string, string][] = [
  [
    'Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh',
    'Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023',
    'Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023',
    'Kế hoạch số 30/KH-UBND',
  ],
  [
    'Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị',
    'về xây dựng và thực hiện Quy chế dân chủ ở cơ sở',
    'Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở',
    'Kết luận số 120-KL/TW',
  ],
  [
    'chương trình phối hợp số 31–CTr/BDVTU-BCSĐUBND, ngày 28/1/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh',
    undefined,
    'Chương trình phối hợp số 31-CTr/BDVTU-BCSĐUBND ngày 28/01/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh',
    'Chương trình phối hợp số 31-CTr/BDVTU-BCSĐUBND',
  ],
  ['Quyết định số 12/QĐ-TTG ngày 5/3/2023 của Thủ tướng Chính phủ', undefined, 'Quyết định số 12/QĐ-TTg ngày 05/3/2023 của Thủ tướng Chính phủ', 'Quyết định số 12/QĐ-TTg'],
  ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội', undefined, 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội', 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15'],
  ['Kết luận số 973-KL/TU của Ban Thường vụ Tỉnh ủy', undefined, 'Kết luận số 973-KL/TU của Ban Thường vụ Tỉnh ủy', 'Kết luận số 973-KL/TU'],
];

group('formatCitation', () => {
  it.each(CASES)('%j', (phrase, subject, full, short) => {
    const citation = parseCitationPhrase(phrase).citation!;
    expect(formatCitation(citation, 'full', subject)).toBe(full);
    expect(formatCitation(citation, 'short')).toBe(short);
  });

  it('prints an issuer the caller resolved', () => {
    const citation = parseCitationPhrase('Kế hoạch số 30/KH-UBND ngày 17/02/2023 của @UBND').citation!;
    expect(formatCitation({ ...citation, issuer: 'UBND tỉnh' }, 'full')).toBe('Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh');
  });
});

group('formatCitationGroup', () => {
  const parts = (phrase: string) => parseCitationPhrase(phrase).citation!;
  const QD645 = parts('Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ');
  const QD1813 = parts('Quyết định số 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng  Chính phủ');
  const NQ35 = parts('Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội');
  const NQ117 = parts('Nghị quyết số 117/NQ-CP ngày 30 tháng 7 năm 2023 của Chính phủ');
  const TTR = parts('Tờ trình số 1415/TTr-SCT ngày 16/5/2023');

  it.each<[string, GroupMember[], boolean, string | undefined]>([
    [
      'one issuer stands once, before the colon',
      [
        { citation: QD645, style: 'full', subject: 'về phê duyệt Kế hoạch tổng thể' },
        { citation: QD1813, style: 'full', subject: 'về việc phê duyệt Đề án' },
      ],
      true,
      'các Quyết định của Thủ tướng Chính phủ: số 645/QĐ-TTg ngày 15/5/2020 về phê duyệt Kế hoạch tổng thể; số 1813/QĐ-TTg ngày 28/10/2021 về việc phê duyệt Đề án',
    ],
    [
      'several issuers: each member names its own, a date in words stays in words',
      [
        { citation: NQ35, style: 'full' },
        { citation: NQ117, style: 'full' },
      ],
      true,
      'các Nghị quyết: số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội; số 117/NQ-CP ngày 30 tháng 7 năm 2023 của Chính phủ',
    ],
    [
      'a member cited before gives its number only',
      [
        { citation: QD645, style: 'short' },
        { citation: QD1813, style: 'full', subject: 'về việc phê duyệt Đề án' },
      ],
      true,
      'các Quyết định của Thủ tướng Chính phủ: số 645/QĐ-TTg; số 1813/QĐ-TTg ngày 28/10/2021 về việc phê duyệt Đề án',
    ],
    [
      'every member cited before: the short group, without "các" when the prose has it',
      [
        { citation: NQ35, style: 'short' },
        { citation: NQ117, style: 'short' },
      ],
      false,
      'Nghị quyết số 35/2023/UBTVQH15, số 117/NQ-CP',
    ],
    ['two types cannot share a phrase', [{ citation: QD645, style: 'full' }, { citation: NQ117, style: 'full' }], true, undefined],
    ['one document is no group', [{ citation: QD645, style: 'full' }], true, undefined],
    [
      'a law cited by name has no number to list',
      [
        { citation: parts('Luật Hộ tịch năm 2014'), style: 'full' },
        { citation: parts('Luật Đất đai năm 2013'), style: 'full' },
      ],
      true,
      undefined,
    ],
    [
      'a member without an issuer keeps the others their own',
      [
        { citation: TTR, style: 'full' },
        { citation: parts('Tờ trình số 20/TTr-SNV ngày 01/6/2023 của Sở Nội vụ'), style: 'full' },
      ],
      true,
      'các Tờ trình: số 1415/TTr-SCT ngày 16/5/2023; số 20/TTr-SNV ngày 01/6/2023 của Sở Nội vụ',
    ],
  ])('%s', (_name, members, plural, expected) => {
    expect(formatCitationGroup(members, plural)).toBe(expected);
  });
});
