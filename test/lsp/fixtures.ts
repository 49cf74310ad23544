import { dedent } from '../helpers/markers';

/** A small department workspace: a catalog file and a plan that uses it. */
export const CATALOG = `
  văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/01/2023 của UBND tỉnh
    trích yếu: Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023
  văn bản QD12: Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh
    trích yếu: về phát triển thương mại điện tử
  đơn vị VP: Văn phòng Sở
  đơn vị SNV: Sở Nội vụ
`;

/** A plan with one deadline on a Saturday (01/4/2023), the journey's example. */
export const PLAN_HEAD = dedent(`
  kế hoạch
    cơ quan chủ quản: UBND tỉnh Quảng Ngãi
    cơ quan: Sở Công Thương
    số: 15/KH-SCT
    nơi ban hành: Quảng Ngãi
    ngày: 10/02/2023
    trích yếu: Thực hiện quy chế dân chủ năm 2023
`);
