import { defineRule } from '../../rule';
import { originalAnalysis } from '../../original';

export const signerRunInName = defineRule({
  code: 'signer/run-in-name',
  defaultSeverity: 'warning',
  summary: {
    vi: 'Văn bản gốc: chức vụ và họ tên người ký viết liền một dòng.',
    en: 'Original document: the signer’s title and name run into one line.',
  },
  rationale: {
    vi: 'Nghị định 30, Phụ lục I, mục II.7: quyền hạn, chức vụ ở trên, chữ ký ở giữa, họ tên người ký ở dưới, mỗi phần một dòng; họ tên viết liền sau chức vụ thì không còn chỗ ký.',
    en: 'Decree 30, Annex I, II.7: authority and title above, the signature in between, the signer’s name below, each on its own line; a name run into the title leaves no room to sign.',
  },
  example: 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC Nguyễn Đức Huy',
  reportedBy: originalAnalysis,
});
