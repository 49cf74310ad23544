/**
 * The catalog that ships with the tools: national documents that provincial plans cite again and
 * again, so a drafter can write `@CT33-TTg` without declaring it. It is `.kh` text, parsed like any
 * catalog file of the workspace, so it obeys the same language and the same checks.
 *
 * Facts come from the seed plan that cites them and from the documents themselves. A `tình trạng`
 * is written only where it is certain; a status that is wrong would make the superseded-document
 * check lie, while a missing one only keeps it silent. Laws carry no `trích yếu`, because their name
 * is already part of the citation ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15") and printing a
 * subject would repeat it.
 */

export const BUILTIN_CATALOG_URI = 'kehoach:builtin/catalog.kh';

export const BUILTIN_CATALOG = `// Danh mục văn bản trung ương kèm theo công cụ Kế hoạch.
// Trích yếu viết như các kế hoạch vẫn trích dẫn, kể cả từ nối ("về …").

văn bản KL120-TW: Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị
  trích yếu: về xây dựng và thực hiện Quy chế dân chủ ở cơ sở
  nguồn: Kế hoạch năm 2023 của Sở Công Thương Quảng Ngãi (seed 000_06a8fb5721a26cae); văn bản gốc: Bộ Chính trị, tra tại tulieuvankien.dangcongsan.vn
  ghi chú: Tên đầy đủ: Kết luận về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở

văn bản KL114-TW: Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư
  trích yếu: về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp
  nguồn: Kế hoạch năm 2023 của Sở Công Thương Quảng Ngãi (seed 000_06a8fb5721a26cae); văn bản gốc: Ban Bí thư, tra tại tulieuvankien.dangcongsan.vn

văn bản CT33-TTg: Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ
  trích yếu: về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới
  nguồn: Kế hoạch năm 2023 của Sở Công Thương Quảng Ngãi (seed 000_06a8fb5721a26cae); văn bản gốc: Cổng Thông tin điện tử Chính phủ, vanban.chinhphu.vn

văn bản ND04-2015: Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ
  trích yếu: về thực hiện dân chủ trong hoạt động của các cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập
  nguồn: Kế hoạch năm 2023 của Sở Công Thương Quảng Ngãi (seed 000_06a8fb5721a26cae); văn bản gốc: Cổng Thông tin điện tử Chính phủ, vanban.chinhphu.vn
  ghi chú: Luật Thực hiện dân chủ ở cơ sở (10/2022/QH15) có hiệu lực từ 01/7/2023; kiểm tra hiệu lực của Nghị định này trước khi trích dẫn.

văn bản ND159-2016: Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ
  trích yếu: quy định chi tiết và biện pháp thi hành một số điều của Luật Thanh tra về tổ chức và hoạt động của Ban Thanh tra nhân dân
  nguồn: Kế hoạch năm 2023 của Sở Công Thương Quảng Ngãi (seed 000_06a8fb5721a26cae); văn bản gốc: Cổng Thông tin điện tử Chính phủ, vanban.chinhphu.vn
  ghi chú: Luật Thực hiện dân chủ ở cơ sở (10/2022/QH15) có hiệu lực từ 01/7/2023; kiểm tra hiệu lực của Nghị định này trước khi trích dẫn.

văn bản ND30-2020: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ
  trích yếu: về công tác văn thư
  nguồn: Cổng Thông tin điện tử Chính phủ, vanban.chinhphu.vn; quy tắc thể thức mà công cụ kiểm tra (Phụ lục I–III)

văn bản LUAT10-2022: Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội
  nguồn: Kế hoạch năm 2023 của Sở Công Thương Quảng Ngãi nhắc tên Luật (seed 000_06a8fb5721a26cae); văn bản gốc: Quốc hội khóa XV, tra tại vanban.chinhphu.vn
  ghi chú: Có hiệu lực từ ngày 01/7/2023.

văn bản BLLD45-2019: Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019 của Quốc hội
  nguồn: Quốc hội khóa XIV, tra tại vanban.chinhphu.vn; Điều 111–112 (nghỉ hằng tuần, nghỉ lễ, tết) là căn cứ của lịch làm việc mà công cụ dùng
  ghi chú: Có hiệu lực từ ngày 01/01/2021.
`;
