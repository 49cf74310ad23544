import { describe as group, expect, it } from 'vitest';
import { formatCitation } from '../../server/src/cite/format';
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
