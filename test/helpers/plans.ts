/**
 * A small clean plan and the catalog it needs, shared by the tests that check workspaces of files
 * on disk.
 */
export const CLEAN_PLAN = `kế hoạch
  cơ quan chủ quản: UBND tỉnh Quảng Ngãi
  cơ quan: Sở Công Thương
  số: 05/KH-SCT
  nơi ban hành: Quảng Ngãi
  ngày: 06/3/2023
  trích yếu: Kế hoạch thử

Thực hiện @KH30, Sở xây dựng kế hoạch như sau:

I. Tổ chức thực hiện
1. @VP chủ trì thực hiện.
   nhiệm vụ T1: chủ trì @VP; hạn trước 05/6/2023

nơi nhận:
  - @VP
  - Lưu: VT, VP
ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A
`;

export const CATALOG = `đơn vị VP: Văn phòng Sở
văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh
  trích yếu: về thực hiện quy chế dân chủ
`;
