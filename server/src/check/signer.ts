/**
 * The signer block (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7): the authority a deputy or a collective body
 * signs with, the name in ordinary case, and a plan that nobody signs.
 */
import type { Finding } from '../base/diagnostic';
import { foldKey } from '../base/source';
import type { PlanFile } from '../model/ast';
import { documentTypeOf } from '../model/document-types';
import type { Analysis } from './rule';
import { finding, documentAnchor, fix, locateIn } from './support';

/** Findings of the signer rules; a catalog has no signer to check. */
export const signerAnalysis: Analysis = ({ file }) => (file.isCatalog ? [] : checkSigner(file));

/** Bodies that sign collectively ("TM. ỦY BAN NHÂN DÂN"), folded. */
const COLLECTIVE_BODIES = ['uy ban', 'ubnd', 'ban ', 'hoi dong', 'hdnd', 'thuong truc', 'dang uy', 'chi bo', 'doan ', 'tap the'];

function checkSigner(file: PlanFile): Finding[] {
  const signer = file.signer;
  if (!signer) {
    return [
      finding(
        'signer/missing',
        {
          vi: `${documentTypeOf(file).name} chưa có người ký, ví dụ "ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A".`,
          en: `The ${documentTypeOf(file).english} has no signer, e.g. "ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A".`,
        },
        documentAnchor(file),
      ),
    ];
  }
  const diagnostics: Finding[] = [];
  const lines = signer.name ? signer.lines : [];
  lines.forEach((line, index) => {
    const folded = foldKey(line.text);
    const next = lines[index + 1];
    const previous = lines[index - 1];
    const lineLoc = locateIn(file, line, 0, line.text.length);
    if (line.text !== line.text.toUpperCase()) {
      const upper = line.text.toUpperCase();
      diagnostics.push(
        finding(
          'signer/upper-case',
          {
            vi: `Thẩm quyền và chức vụ người ký viết chữ in hoa: "${upper}".`,
            en: `The signing authority and title are written in capitals: "${upper}".`,
          },
          lineLoc,
          [fix({ vi: `Viết hoa: ${upper}`, en: `Capitalise: ${upper}` }, [{ start: lineLoc.start, end: lineLoc.end, newText: upper }], true)],
        ),
      );
    }
    if (/^kt\./.test(folded)) {
      const head = line.text.replace(/^\s*KT\.\s*/i, '').toUpperCase();
      if (!next) {
        diagnostics.push(
          finding(
            'signer/authority',
            {
              vi: `Sau "KT. ${head}" phải có chức vụ cấp phó của người ký, ví dụ "PHÓ ${head}".`,
              en: `"KT. ${head}" must be followed by the signer's deputy title, e.g. "PHÓ ${head}".`,
            },
            lineLoc,
            [fix({ vi: `Thêm "PHÓ ${head}"`, en: `Add "PHÓ ${head}"` }, [{ start: lineLoc.end, end: lineLoc.end, newText: ` / PHÓ ${head}` }], false)],
          ),
        );
      } else if (!/^pho /.test(foldKey(next.text))) {
        diagnostics.push(
          finding(
            'signer/authority',
            {
              vi: `"KT." (ký thay) chỉ dùng khi cấp phó ký thay người đứng đầu: dòng sau phải là chức vụ cấp phó, ví dụ "PHÓ ${head}".`,
              en: `"KT." (signing for) is used when a deputy signs for the head: the next line must be a deputy title, e.g. "PHÓ ${head}".`,
            },
            locateIn(file, next, 0, next.text.length),
          ),
        );
      } else if (foldKey(next.text).slice(4) !== foldKey(head)) {
        diagnostics.push(
          finding(
            'signer/authority',
            {
              vi: `Cấp phó "${next.text}" không phải cấp phó của "${head}".`,
              en: `"${next.text}" is not the deputy of "${head}".`,
            },
            locateIn(file, next, 0, next.text.length),
          ),
        );
      }
    } else if (/^tm\./.test(folded)) {
      const body = folded.replace(/^tm\.\s*/, '');
      if (!COLLECTIVE_BODIES.some((collective) => body.startsWith(collective))) {
        diagnostics.push(
          finding(
            'signer/authority',
            {
              vi: '"TM." (thay mặt) đứng trước tên một tập thể, ví dụ "TM. ỦY BAN NHÂN DÂN"; người đứng đầu một cơ quan ký trực tiếp, cấp phó ký "KT.".',
              en: '"TM." (on behalf of) precedes a collective body, e.g. "TM. ỦY BAN NHÂN DÂN"; the head of an agency signs directly, a deputy signs "KT.".',
            },
            lineLoc,
          ),
        );
      }
    } else if (/^pho /.test(folded) && !(previous && /^kt\./.test(foldKey(previous.text)))) {
      const head = line.text.replace(/^\s*PHÓ\s+/i, '').toUpperCase();
      diagnostics.push(
        finding(
          'signer/authority',
          {
            vi: `Cấp phó ký thay người đứng đầu: thêm "KT. ${head}" trước "${line.text}".`,
            en: `A deputy signs for the head: add "KT. ${head}" before "${line.text}".`,
          },
          lineLoc,
          [fix({ vi: `Thêm "KT. ${head}"`, en: `Add "KT. ${head}"` }, [{ start: lineLoc.start, end: lineLoc.start, newText: `KT. ${head} / ` }], false)],
        ),
      );
    }
  });
  return diagnostics;
}

