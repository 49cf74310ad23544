/**
 * Plans written with the forms of issue 8 that the samples do not use, each as short as shows its
 * form: a Phần level above mục, a subtitle under the title, documents cited together, a later
 * mention kept in full, and the draft dates drafters type. The golden outlines (golden.test.ts)
 * and the DOCX and HTML read-backs (forms.test.ts) both render them.
 */
const HEAD = `kế hoạch
  cơ quan chủ quản: UBND tỉnh Quảng Ninh
  cơ quan: Sở Công Thương
  số: /KH-SCT`;

const DOCUMENTS = `văn bản QD645: Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ
  trích yếu: về phê duyệt Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021-2025
văn bản QD1813: Quyết định số 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ
  trích yếu: về việc phê duyệt Đề án phát triển thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2021-2025
văn bản NQ35: Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội
  trích yếu: về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030
văn bản NQ117: Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ
  trích yếu: về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025
văn bản LHT: Luật Hộ tịch năm 2014
văn bản KH97: Kế hoạch số 97/KH-UBND ngày 25/3/2023 của UBND tỉnh
  trích yếu: về triển khai Đề án phát triển thanh toán không dùng tiền mặt
đơn vị VP: Văn phòng Sở`;

const FOOT = `nơi nhận:
  - UBND tỉnh
  - Lưu: VT, VP
ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A`;

export const FORMS: Record<string, string> = {
  'parts-and-citations': `${HEAD}
  nơi ban hành: Quảng Ninh
  ngày: ngày … tháng 02 năm 2024
  trích yếu: Thực hiện Đề án về chống hàng giả và bảo vệ người tiêu dùng trong thương mại điện tử
  phụ đề: Giai đoạn 2024 – 2025

${DOCUMENTS}

Căn cứ @{QD645, QD1813};

Căn cứ @{NQ35; NQ117}; @{LHT, KH97};

Sở Công Thương xây dựng kế hoạch như sau:

PHẦN THỨ NHẤT. ĐÁNH GIÁ KẾT QUẢ

I. Kết quả đạt được

Triển khai @{QD645, QD1813} và @KH97 đạt kết quả tích cực.

Phần thứ hai
Nhiệm vụ năm 2024

I. Nhiệm vụ

1. Tiếp tục thực hiện các @{QD645, QD1813}; @VP theo dõi việc thực hiện @@KH97.

${FOOT}
`,
  'draft-date-words': `${HEAD}
  nơi ban hành: Hạ Long
  ngày: ngày … tháng … năm 2024
  trích yếu: Thực hiện Kế hoạch
  phụ lục: Danh mục nhiệm vụ

Thực hiện @@KH97, Sở xây dựng kế hoạch như sau:

I. Nội dung

1. Triển khai @KH97.
   nhiệm vụ BC: Báo cáo kết quả
     chủ trì: @VP
     hạn: trước 01/12/2024

${DOCUMENTS}

${FOOT}
`,
  'empty-date': `${HEAD}
  nơi ban hành: Phú Yên
  ngày:
  trích yếu: Thực hiện Kế hoạch

I. Nội dung

1. Triển khai.

${FOOT}
`,
};
