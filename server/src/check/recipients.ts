/**
 * Nơi nhận (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9): a plan names where it is sent and ends with the
 * "Lưu:" line of the records office.
 */
import type { Finding } from '../base/diagnostic';
import { foldKey } from '../base/source';
import type { PlanFile } from '../model/ast';
import { documentTypeOf } from '../model/document-types';
import type { Analysis } from './rule';
import { isLuu } from './tasks';
import { finding, documentAnchor, fix, locateIn } from './support';

/** Findings of the recipients rules; a catalog has no recipients to check. */
export const recipientsAnalysis: Analysis = ({ file }) => (file.isCatalog ? [] : checkRecipients(file));

function checkRecipients(file: PlanFile): Finding[] {
  const recipients = file.recipients;
  const original = file.source.original;
  if (!recipients) {
    const at = file.signer ? file.source.lineAt(file.signer.loc.start).start : original.length;
    const lineBreak = file.source.lineBreak;
    // At the end of a file whose last line has no break, the new lines start on a line of their own.
    const prefix = file.source.lineAt(at).start < at ? lineBreak : '';
    return [
      finding(
        'recipients/missing',
        {
          vi: `${documentTypeOf(file).name} chưa có "nơi nhận": các đơn vị thực hiện và "Lưu: VT".`,
          en: `The ${documentTypeOf(file).english} has no "nơi nhận" (recipients): the units that carry it out and "Lưu: VT".`,
        },
        documentAnchor(file),
        [
          fix(
            { vi: 'Thêm nơi nhận', en: 'Add the recipients' },
            [{ start: at, end: at, newText: `${prefix}nơi nhận:${lineBreak}  - Lưu: VT${lineBreak}` }],
            false,
          ),
        ],
      ),
    ];
  }
  const entries = recipients.entries;
  const luuIndex = entries.findIndex(isLuu);
  const last = entries.at(-1);
  const indent = last ? original.slice(file.source.lineAt(last.loc.start).start, last.loc.start) : '  ';
  const insertAt = last ? last.loc.end : recipients.headLoc.end;
  if (luuIndex < 0) {
    return [
      finding(
        'recipients/missing-luu',
        {
          vi: 'Nơi nhận phải kết thúc bằng "Lưu: VT, <đơn vị soạn thảo>".',
          en: 'The recipients must end with "Lưu: VT, <drafting unit>".',
        },
        recipients.headLoc,
        [fix({ vi: 'Thêm "- Lưu: VT"', en: 'Add "- Lưu: VT"' }, [{ start: insertAt, end: insertAt, newText: `${file.source.lineBreak}${indent}- Lưu: VT` }], false)],
      ),
    ];
  }
  const luu = entries[luuIndex]!;
  const diagnostics: Finding[] = [];
  if (luuIndex !== entries.length - 1) {
    const lineStart = file.source.lineAt(luu.loc.start).start;
    const nextLine = file.source.lineAt(luu.loc.end).next;
    diagnostics.push(
      finding(
        'recipients/missing-luu',
        { vi: 'Dòng "Lưu:" phải là dòng cuối của nơi nhận.', en: 'The "Lưu:" line must be the last recipient.' },
        luu.loc,
        [
          fix(
            { vi: 'Chuyển dòng "Lưu:" xuống cuối', en: 'Move the "Lưu:" line to the end' },
            [
              { start: lineStart, end: nextLine, newText: '' },
              { start: last!.loc.end, end: last!.loc.end, newText: `${file.source.lineBreak}${original.slice(lineStart, luu.loc.end)}` },
            ],
            false,
          ),
        ],
      ),
    );
  }
  const colonAt = luu.value.text.indexOf(':');
  if (colonAt < 0) {
    // "Lưu VT;" (isLuu reads it): the word, then the list without its colon.
    const word = /^\S+/u.exec(luu.value.text)![0];
    const at = locateIn(file, luu.value, word.length, word.length).start;
    diagnostics.push(
      finding(
        'recipients/missing-luu',
        {
          vi: `Dòng "${word}" thiếu dấu hai chấm: "Lưu: VT, <đơn vị soạn thảo>".`,
          en: `The "${word}" line has no colon: "Lưu: VT, <drafting unit>".`,
        },
        luu.loc,
        [fix({ vi: 'Thêm dấu hai chấm', en: 'Add the colon' }, [{ start: at, end: at, newText: ':' }], true)],
      ),
    );
  }
  const listed = colonAt < 0 ? luu.value.text.replace(/^\S+/u, '') : luu.value.text.slice(colonAt + 1);
  if (!listed.split(/[,;]/).some((part) => foldKey(part) === 'vt')) {
    const colon = luu.value.text.indexOf(':') + 1;
    const rest = luu.value.text.slice(colon);
    const leading = rest.length - rest.trimStart().length;
    const at = locateIn(file, luu.value, colon + leading, colon + leading).start;
    const newText = rest.trim().length > 0 ? 'VT, ' : ' VT';
    diagnostics.push(
      finding(
        'recipients/missing-luu',
        {
          vi: 'Dòng "Lưu:" phải có "VT" (Văn thư): "Lưu: VT, <đơn vị soạn thảo>".',
          en: 'The "Lưu:" line must name "VT" (the records office): "Lưu: VT, <drafting unit>".',
        },
        luu.loc,
        [fix({ vi: 'Thêm "VT"', en: 'Add "VT"' }, [{ start: at, end: at, newText }], false)],
      ),
    );
  }
  return diagnostics;
}

