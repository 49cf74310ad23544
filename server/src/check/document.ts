/**
 * Rules about the document as a whole (Nghị định 30/2020/NĐ-CP, Phụ lục I): the parts of the
 * header, the number and date forms, the numbering of mục, khoản and điểm, the signer's authority,
 * the recipients, and years in the prose that belong to another plan.
 */
import { isValidDate } from '../base/civil-date';
import type { Diagnostic } from '../base/diagnostic';
import { foldKey } from '../base/source';
import { findCitations } from '../cite/scan';
import { parseDocumentNumber } from '../cite/number';
import { markerFor, numberSequence, renumberSequence, sequences } from '../format/numbering';
import type { Field, FieldKey, Item, Paragraph, PlanFile } from '../model/ast';
import { fieldOf } from '../model/walk';
import type { Checker, CheckContext } from './context';
import { isLuu } from './tasks';
import { DATE_PATTERN, diagnostic, documentAnchor, fix, locateIn, planYears, type ProseSpan, proseSpansOf } from './support';

export const DOCUMENT_RULE = {
  headerMissing: 'header/missing',
  headerMissingParent: 'header/missing-parent',
  headerDraft: 'header/draft',
  headerNumberForm: 'header/number-form',
  headerDateForm: 'header/date-form',
  numberingDuplicate: 'numbering/duplicate',
  numberingSequence: 'numbering/sequence',
  numberingLetterSequence: 'numbering/letter-sequence',
  signerAuthority: 'signer/authority',
  signerUpperCase: 'signer/upper-case',
  signerMissing: 'signer/missing',
  recipientsMissing: 'recipients/missing',
  recipientsMissingLuu: 'recipients/missing-luu',
  staleYear: 'prose/stale-year',
} as const;

export const documentChecker: Checker = {
  name: 'document',
  run(context: CheckContext): Diagnostic[] {
    const { file } = context;
    if (file.isCatalog) return [];
    return [
      ...checkHeader(file),
      ...checkNumbering(file),
      ...checkSigner(file),
      ...checkRecipients(file),
      ...checkStaleYears(file),
    ];
  },
};

// ---------------------------------------------------------------------------------------- header

const REQUIRED_FIELDS: { key: FieldKey; name: string; en: string }[] = [
  { key: 'agency', name: 'cơ quan', en: 'issuing agency' },
  { key: 'number', name: 'số', en: 'number' },
  { key: 'place', name: 'nơi ban hành', en: 'place' },
  { key: 'date', name: 'ngày', en: 'date' },
  { key: 'title', name: 'trích yếu', en: 'summary' },
];

function checkHeader(file: PlanFile): Diagnostic[] {
  const header = file.header;
  const anchor = documentAnchor(file);
  if (!header) {
    return [
      diagnostic(
        file,
        DOCUMENT_RULE.headerMissing,
        'error',
        {
          vi: 'Kế hoạch chưa có phần đầu "kế hoạch" (cơ quan, số, nơi ban hành, ngày, trích yếu).',
          en: 'The plan has no "kế hoạch" header (agency, number, place, date, summary).',
        },
        anchor,
      ),
    ];
  }
  const diagnostics: Diagnostic[] = [];
  const missing = REQUIRED_FIELDS.filter((required) => !fieldOf(header, required.key));
  if (missing.length > 0) {
    diagnostics.push(
      diagnostic(
        file,
        DOCUMENT_RULE.headerMissing,
        'error',
        {
          vi: `Phần đầu kế hoạch thiếu: ${missing.map((m) => `"${m.name}"`).join(', ')}.`,
          en: `The plan header lacks: ${missing.map((m) => `"${m.name}" (${m.en})`).join(', ')}.`,
        },
        anchor,
      ),
    );
  }
  const agency = fieldOf(header, 'agency');
  if (!fieldOf(header, 'parentAgency') && agency && hasParentAgency(agency.value.text)) {
    diagnostics.push(
      diagnostic(
        file,
        DOCUMENT_RULE.headerMissingParent,
        'warning',
        {
          vi: `"${agency.value.text}" thuộc một cơ quan cấp trên: phần đầu cần "cơ quan chủ quản" (ví dụ UBND tỉnh Quảng Ngãi cho một Sở).`,
          en: `"${agency.value.text}" belongs to a higher body: the header needs "cơ quan chủ quản" (parent agency, e.g. UBND tỉnh Quảng Ngãi for a Sở).`,
        },
        anchor,
      ),
    );
  }
  const number = fieldOf(header, 'number');
  if (number && number.value.text.length > 0) diagnostics.push(...checkNumberField(file, number));
  const date = fieldOf(header, 'date');
  if (date && date.value.text.length > 0) diagnostics.push(...checkDateField(file, date));
  return diagnostics;
}

/**
 * Kinds of body that always sit under another one, whose documents print that parent above their
 * own name (Nghị định 30/2020, Phụ lục I, mục II.2: "tên cơ quan, tổ chức chủ quản trực tiếp (nếu
 * có)"): a Sở or a Ban under the UBND tỉnh, a Phòng or a Văn phòng under its UBND, a Chi cục under
 * a Sở, a Cục or a Tổng cục under a Bộ, the schools, hospitals and centres of a department. The
 * Ủy ban nhân dân and Hội đồng nhân dân of every level, the ministries, the Government and the
 * Party committees have no parent line, so they are never asked for one; a body of a kind not
 * listed here is left alone rather than guessed at.
 */
const BODIES_WITH_PARENT = [
  'so',
  'phong',
  'chi cuc',
  'cuc',
  'tong cuc',
  'van phong',
  'thanh tra',
  'ban quan ly',
  'ban dan toc',
  'ban chi dao',
  'trung tam',
  'truong',
  'benh vien',
  'vu',
  'vien',
  'hoi dong phoi hop',
];

function hasParentAgency(agency: string): boolean {
  const folded = foldKey(agency);
  return BODIES_WITH_PARENT.some((kind) => folded === kind || folded.startsWith(`${kind} `));
}

function checkNumberField(file: PlanFile, field: Field): Diagnostic[] {
  const value = field.value;
  const { number, problems } = parseDocumentNumber(value.text, { allowBlankSerial: true });
  const whole = locateIn(file, value, 0, value.text.length);
  const diagnostics: Diagnostic[] = [];
  if (number.serial === undefined && number.typeAbbreviation) {
    diagnostics.push(
      diagnostic(
        file,
        DOCUMENT_RULE.headerDraft,
        'hint',
        {
          vi: 'Bản dự thảo: số văn bản để trống, Văn thư sẽ ghi số khi ký ban hành.',
          en: 'Draft: the number is blank; the records office fills it in at signing.',
        },
        whole,
      ),
    );
  }
  const family = number.family;
  if ((family !== 'state' && family !== 'party') || !number.typeAbbreviation) {
    return [
      ...diagnostics,
      diagnostic(
        file,
        DOCUMENT_RULE.headerNumberForm,
        'warning',
        {
          vi: `"${value.text}" không phải dạng số, ký hiệu của kế hoạch: viết "<số>/KH-<chữ viết tắt cơ quan>", ví dụ 05/KH-SCT.`,
          en: `"${value.text}" is not the number form of a plan: write "<number>/KH-<agency abbreviation>", e.g. 05/KH-SCT.`,
        },
        whole,
      ),
    ];
  }
  let corrected = number.normalised;
  const reasons: { vi: string; en: string }[] = [];
  if (problems.length > 0) {
    reasons.push({ vi: 'số và ký hiệu viết liền, nối bằng "/" và "-"', en: 'no spaces, "/" and "-" as separators' });
  }
  if (number.typeAbbreviation !== 'KH') {
    corrected = corrected.replace(number.typeAbbreviation, 'KH');
    reasons.push({
      vi: `ký hiệu của Kế hoạch là KH, không phải ${number.typeAbbreviation}`,
      en: `the type abbreviation of a Kế hoạch is KH, not ${number.typeAbbreviation}`,
    });
  }
  if (number.serial !== undefined && /^\d$/.test(number.serial)) {
    corrected = `0${corrected}`;
    reasons.push({ vi: 'số nhỏ hơn 10 có số 0 ở trước', en: 'numbers under 10 take a leading zero' });
  }
  if (reasons.length === 0 || corrected === value.text) return diagnostics;
  diagnostics.push(
    diagnostic(
      file,
      DOCUMENT_RULE.headerNumberForm,
      'warning',
      {
        vi: `Số, ký hiệu "${value.text}" nên viết "${corrected}": ${reasons.map((r) => r.vi).join('; ')}.`,
        en: `The number "${value.text}" should read "${corrected}": ${reasons.map((r) => r.en).join('; ')}.`,
      },
      whole,
      [fix({ vi: `Sửa thành ${corrected}`, en: `Change to ${corrected}` }, [{ start: whole.start, end: whole.end, newText: corrected }], false)],
    ),
  );
  return diagnostics;
}

function checkDateField(file: PlanFile, field: Field): Diagnostic[] {
  const value = field.value;
  const whole = locateIn(file, value, 0, value.text.length);
  const match = DATE_PATTERN.exec(value.text.trim());
  if (!match) {
    return [
      diagnostic(
        file,
        DOCUMENT_RULE.headerDateForm,
        'error',
        {
          vi: `Không đọc được ngày "${value.text}": viết dd/mm/yyyy, ví dụ 17/02/2023; bản dự thảo để trống ngày: /02/2023.`,
          en: `Cannot read the date "${value.text}": write dd/mm/yyyy, e.g. 17/02/2023; a draft leaves the day blank: /02/2023.`,
        },
        whole,
      ),
    ];
  }
  const [day, month, year] = [match[1]!, Number(match[2]), Number(match[3])];
  if (day === '') {
    const valid = month >= 1 && month <= 12;
    return [
      diagnostic(
        file,
        valid ? DOCUMENT_RULE.headerDraft : DOCUMENT_RULE.headerDateForm,
        valid ? 'hint' : 'error',
        valid
          ? {
              vi: 'Bản dự thảo: ngày ban hành để trống, sẽ ghi khi ký ban hành.',
              en: 'Draft: the day of issue is blank; it is filled in at signing.',
            }
          : { vi: `Tháng ${match[2]} không tồn tại.`, en: `Month ${match[2]} does not exist.` },
        whole,
      ),
    ];
  }
  if (isValidDate(year, month, Number(day))) return [];
  return [
    diagnostic(
      file,
      DOCUMENT_RULE.headerDateForm,
      'error',
      {
        vi: `Ngày "${value.text}" không tồn tại.`,
        en: `The date "${value.text}" does not exist.`,
      },
      whole,
    ),
  ];
}

// ------------------------------------------------------------------------------------- numbering

function checkNumbering(file: PlanFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const visit = (siblings: Item[], parent: Item | undefined): void => {
    const parentPath = parent?.kind === 'khoan' ? parent.numbers : undefined;
    for (const sequence of sequences(siblings)) diagnostics.push(...checkSequence(file, sequence, parentPath));
    for (const item of siblings) visit(item.children, item);
  };
  visit(file.items, undefined);
  return diagnostics;
}

function checkSequence(file: PlanFile, sequence: Item[], parentPath: number[] | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A number that cannot be written as a marker (a 25th điểm) is left as it is, not reported.
  const expected = numberSequence(sequence, parentPath).map(({ item, path }) => markerFor(item, path, 'as-written') ?? item.marker);
  // Only the sequence's own markers decide; the prefixes below it are fixed along, not reported.
  const index = sequence.findIndex((item, i) => expected[i] !== item.marker);
  if (index < 0) return [];
  const renumberFix = fix({ vi: 'Đánh số lại', en: 'Renumber' }, renumberSequence(sequence, parentPath, 'as-written'), false);
  const seen = new Map<string, Item>();
  for (const item of sequence) {
    const key = item.numbers.join('.');
    const earlier = seen.get(key);
    if (earlier) {
      diagnostics.push({
        ...diagnostic(
          file,
          DOCUMENT_RULE.numberingDuplicate,
          'error',
          {
            vi: `Số thứ tự "${item.marker}" trùng với một ${levelName(item).vi} trước đó cùng cấp.`,
            en: `The number "${item.marker}" repeats an earlier ${levelName(item).en} at the same level.`,
          },
          item.markerLoc,
          [renumberFix],
        ),
        related: [{ uri: file.uri, location: earlier.markerLoc, message: { vi: 'Số thứ tự trước đó', en: 'Earlier number' } }],
      });
    } else {
      seen.set(key, item);
    }
  }
  if (diagnostics.length > 0) return diagnostics;
  const item = sequence[index]!;
  const letters = item.kind === 'diem';
  return [
    diagnostic(
      file,
      letters ? DOCUMENT_RULE.numberingLetterSequence : DOCUMENT_RULE.numberingSequence,
      'warning',
      letters
        ? {
            vi: `Điểm "${item.marker}" đứng ở chỗ của "${expected[index]}"; điểm đánh theo bảng chữ cái tiếng Việt a, b, c, d, đ, e, g, h, i, k… (không có f, j, w, z).`,
            en: `Point "${item.marker}" stands where "${expected[index]}" belongs; points follow the Vietnamese alphabet a, b, c, d, đ, e, g, h, i, k… (no f, j, w, z).`,
          }
        : {
            vi: `Số thứ tự "${item.marker}" nhảy cóc hoặc sai thứ tự: ở đây phải là "${expected[index]}".`,
            en: `The number "${item.marker}" skips or is out of order: "${expected[index]}" belongs here.`,
          },
      item.markerLoc,
      [renumberFix],
    ),
  ];
}

function levelName(item: Item): { vi: string; en: string } {
  if (item.kind === 'muc') return { vi: 'mục', en: 'section' };
  if (item.kind === 'diem') return { vi: 'điểm', en: 'point' };
  return { vi: 'khoản', en: 'clause' };
}

// ---------------------------------------------------------------------------------------- signer

/** Bodies that sign collectively ("TM. ỦY BAN NHÂN DÂN"), folded. */
const COLLECTIVE_BODIES = ['uy ban', 'ubnd', 'ban ', 'hoi dong', 'hdnd', 'thuong truc', 'dang uy', 'chi bo', 'doan ', 'tap the'];

function checkSigner(file: PlanFile): Diagnostic[] {
  const signer = file.signer;
  if (!signer) {
    return [
      diagnostic(
        file,
        DOCUMENT_RULE.signerMissing,
        'warning',
        {
          vi: 'Kế hoạch chưa có người ký, ví dụ "ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A".',
          en: 'The plan has no signer, e.g. "ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A".',
        },
        documentAnchor(file),
      ),
    ];
  }
  const diagnostics: Diagnostic[] = [];
  const lines = signer.name ? signer.lines : [];
  lines.forEach((line, index) => {
    const folded = foldKey(line.text);
    const next = lines[index + 1];
    const previous = lines[index - 1];
    const lineLoc = locateIn(file, line, 0, line.text.length);
    if (line.text !== line.text.toUpperCase()) {
      const upper = line.text.toUpperCase();
      diagnostics.push(
        diagnostic(
          file,
          DOCUMENT_RULE.signerUpperCase,
          'warning',
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
          diagnostic(
            file,
            DOCUMENT_RULE.signerAuthority,
            'warning',
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
          diagnostic(
            file,
            DOCUMENT_RULE.signerAuthority,
            'warning',
            {
              vi: `"KT." (ký thay) chỉ dùng khi cấp phó ký thay người đứng đầu: dòng sau phải là chức vụ cấp phó, ví dụ "PHÓ ${head}".`,
              en: `"KT." (signing for) is used when a deputy signs for the head: the next line must be a deputy title, e.g. "PHÓ ${head}".`,
            },
            locateIn(file, next, 0, next.text.length),
          ),
        );
      } else if (foldKey(next.text).slice(4) !== foldKey(head)) {
        diagnostics.push(
          diagnostic(
            file,
            DOCUMENT_RULE.signerAuthority,
            'warning',
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
          diagnostic(
            file,
            DOCUMENT_RULE.signerAuthority,
            'warning',
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
        diagnostic(
          file,
          DOCUMENT_RULE.signerAuthority,
          'warning',
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

// ------------------------------------------------------------------------------------ recipients

function checkRecipients(file: PlanFile): Diagnostic[] {
  const recipients = file.recipients;
  const original = file.source.original;
  if (!recipients) {
    const at = file.signer ? file.source.lineAt(file.signer.loc.start).start : original.length;
    const lineBreak = file.source.lineBreak;
    // At the end of a file whose last line has no break, the new lines start on a line of their own.
    const prefix = file.source.lineAt(at).start < at ? lineBreak : '';
    return [
      diagnostic(
        file,
        DOCUMENT_RULE.recipientsMissing,
        'warning',
        {
          vi: 'Kế hoạch chưa có "nơi nhận": các đơn vị thực hiện và "Lưu: VT".',
          en: 'The plan has no "nơi nhận" (recipients): the units that carry it out and "Lưu: VT".',
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
      diagnostic(
        file,
        DOCUMENT_RULE.recipientsMissingLuu,
        'warning',
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
  const diagnostics: Diagnostic[] = [];
  if (luuIndex !== entries.length - 1) {
    const lineStart = file.source.lineAt(luu.loc.start).start;
    const nextLine = file.source.lineAt(luu.loc.end).next;
    diagnostics.push(
      diagnostic(
        file,
        DOCUMENT_RULE.recipientsMissingLuu,
        'warning',
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
  const listed = luu.value.text.replace(/^[^:]*:/, '');
  if (!listed.split(/[,;]/).some((part) => foldKey(part) === 'vt')) {
    const colon = luu.value.text.indexOf(':') + 1;
    const rest = luu.value.text.slice(colon);
    const leading = rest.length - rest.trimStart().length;
    const at = locateIn(file, luu.value, colon + leading, colon + leading).start;
    const newText = rest.trim().length > 0 ? 'VT, ' : ' VT';
    diagnostics.push(
      diagnostic(
        file,
        DOCUMENT_RULE.recipientsMissingLuu,
        'warning',
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

// ------------------------------------------------------------------------------------ stale year

const YEAR_IN_PROSE = /(?<![\p{L}\d])năm\s+(\d{4})(?!\d)(?:\s*[-–—]\s*(\d{4})(?!\d))?/giu;

/**
 * A year that names or dates something that already exists is not a slip: a document's name ("Luật
 * Hộ tịch năm 2014", "Hiến pháp năm 2013", "Bộ luật Lao động năm 2019"; the type is capitalised, as
 * Phụ lục II writes a document's name, so a plain "kế hoạch năm 2021" still counts) and a full date
 * ("ngày 20 tháng 11 năm 2018"). The type must stand in the same clause, with only a name between.
 */
const NAMED_DOCUMENT_BEFORE_YEAR =
  /(?:^|[^\p{L}])(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận|Kế hoạch|Chương trình|Đề án|Chiến lược|Quy hoạch|Công ước|Hiệp định|Điều lệ)(?![\p{L}])[^;.:()\n\r]{0,160}$/u;
const FULL_DATE_BEFORE_YEAR = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+$/iu;
/**
 * Words that make a clause look back on a year on purpose: results, comparisons, a starting point.
 * A plan reviews the previous year before it sets the tasks of its own.
 */
const LOOKING_BACK =
  /(?:^|[^\p{L}])(?:kết quả|đánh giá|tổng kết|sơ kết|so với|cùng kỳ|đã|đạt|được|từ năm|kể từ|trước đây|năm trước|thực trạng|tình hình)(?![\p{L}])[^;.:\n\r]{0,200}$/iu;
/** Headings of sections that review the past: everything under them may name earlier years. */
const REVIEW_HEADING = /^(?:[^\p{L}]*)(?:kết quả|đánh giá|tổng kết|sơ kết|tình hình|thực trạng|bối cảnh)/iu;

/** How far back the clause holding a year is read for the cues above. */
const CLAUSE_WINDOW = 240;

/** Whether the year at `index` of `text` names a document, dates something, or looks back on purpose. */
function yearIsMeant(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - CLAUSE_WINDOW), index);
  return FULL_DATE_BEFORE_YEAR.test(before) || NAMED_DOCUMENT_BEFORE_YEAR.test(before) || LOOKING_BACK.test(before);
}

/** The prose spans of a plan that are not under a heading that reviews the past. */
function forwardLookingSpans(file: PlanFile): ProseSpan[] {
  const paragraphs: Paragraph[] = [...file.opening];
  const visit = (items: Item[]): void => {
    for (const item of items) {
      const heading = item.title ?? item.paragraphs[0];
      if (heading && REVIEW_HEADING.test(proseSpansOf(file, [heading])[0]!.text)) continue;
      if (item.title) paragraphs.push(item.title);
      paragraphs.push(...item.paragraphs);
      visit(item.children);
    }
  };
  visit(file.items);
  return proseSpansOf(file, paragraphs);
}

/**
 * "năm 2022" in a plan for 2023 is usually a sentence copied from last year's plan. Only years
 * before the plan's are suspects (a later one is a target: "đến năm 2030"); years inside a
 * citation, in a document's name or a full date, in a clause that looks back on purpose, and under
 * a heading that reviews the past are left alone.
 */
function checkStaleYears(file: PlanFile): Diagnostic[] {
  const years = planYears(file.header);
  if (!years) return [];
  const diagnostics: Diagnostic[] = [];
  for (const span of forwardLookingSpans(file)) {
    const citations = findCitations(span.text).map((found) => found.citation.span);
    for (const match of span.text.matchAll(YEAR_IN_PROSE)) {
      const to = match[2] ? Number(match[2]) : Number(match[1]);
      if (to >= years.from) continue;
      const start = match.index! + match[0].indexOf(match[1]!, 3);
      const end = start + 4;
      if (citations.some((citation) => citation.start <= start && end <= citation.end)) continue;
      if (yearIsMeant(span.text, match.index!)) continue;
      const expected = years.from === years.to ? String(years.from) : `${years.from} – ${years.to}`;
      const location = file.source.locate(span.start + start, span.start + end);
      diagnostics.push(
        diagnostic(
          file,
          DOCUMENT_RULE.staleYear,
          'hint',
          {
            vi: `"năm ${match[1]}" trong kế hoạch năm ${expected}: có phải chép từ kế hoạch năm trước? Nếu đúng ý thì giữ nguyên.`,
            en: `"năm ${match[1]}" in a plan for ${expected}: copied from last year's plan? Keep it if it is meant.`,
          },
          location,
          years.from === years.to
            ? [fix({ vi: `Đổi thành ${years.from}`, en: `Change to ${years.from}` }, [{ start: location.start, end: location.end, newText: String(years.from) }], false)]
            : undefined,
        ),
      );
    }
  }
  return diagnostics;
}
