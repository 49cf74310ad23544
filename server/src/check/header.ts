/**
 * The header of a plan (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II): its required parts, the parent agency where
 * the issuing body has one, and the forms of the number and the date.
 */
import { isValidDate } from '../base/civil-date';
import type { Finding } from '../base/diagnostic';
import { foldKey } from '../base/source';
import { parseDocumentNumber } from '../cite/number';
import type { Field, FieldKey, PlanFile } from '../model/ast';
import { documentTypeOf } from '../model/document-types';
import { fieldOf } from '../model/walk';
import type { Analysis } from './rule';
import { finding, documentAnchor, fix, locateIn } from './support';
import { readPlanDate } from '../deadline/plan-date';

/** Findings of the header rules; a catalog has no header to check. */
export const headerAnalysis: Analysis = ({ file }) => (file.isCatalog ? [] : checkHeader(file));

const REQUIRED_FIELDS: { key: FieldKey; name: string; en: string }[] = [
  { key: 'agency', name: 'cơ quan', en: 'issuing agency' },
  { key: 'number', name: 'số', en: 'number' },
  { key: 'place', name: 'nơi ban hành', en: 'place' },
  { key: 'date', name: 'ngày', en: 'date' },
  { key: 'title', name: 'trích yếu', en: 'summary' },
];

function checkHeader(file: PlanFile): Finding[] {
  const header = file.header;
  const anchor = documentAnchor(file);
  if (!header) {
    return [
      finding(
        'header/missing',
        {
          vi: 'Kế hoạch chưa có phần đầu "kế hoạch" (cơ quan, số, nơi ban hành, ngày, trích yếu).',
          en: 'The plan has no "kế hoạch" header (agency, number, place, date, summary).',
        },
        anchor,
      ),
    ];
  }
  const diagnostics: Finding[] = [];
  // A letter's summary is its "V/v" line, which letter/subject asks for; a document a Quyết định
  // issues has the decision's number, place and date, not its own (Mẫu 1.3).
  const isLetter = documentTypeOf(file).form === 'letter';
  const issuedWith = fieldOf(header, 'issuedWith');
  const notOwn = (key: FieldKey): boolean => (isLetter && key === 'title') || (issuedWith !== undefined && (key === 'number' || key === 'place' || key === 'date'));
  const missing = REQUIRED_FIELDS.filter((required) => !fieldOf(header, required.key) && !notOwn(required.key));
  if (missing.length > 0) {
    diagnostics.push(
      finding(
        'header/missing',
        {
          vi: `Phần đầu ${documentTypeOf(file).name.toLocaleLowerCase('vi')} thiếu: ${missing.map((m) => `"${m.name}"`).join(', ')}.`,
          en: `The ${documentTypeOf(file).english} header lacks: ${missing.map((m) => `"${m.name}" (${m.en})`).join(', ')}.`,
        },
        anchor,
      ),
    );
  }
  const agency = fieldOf(header, 'agency');
  if (!fieldOf(header, 'parentAgency') && agency && hasParentAgency(agency.value.text)) {
    diagnostics.push(
      finding(
        'header/missing-parent',
        {
          vi: `"${agency.value.text}" thuộc một cơ quan cấp trên: phần đầu cần "cơ quan chủ quản" (ví dụ UBND tỉnh Quảng Ngãi cho một Sở).`,
          en: `"${agency.value.text}" belongs to a higher body: the header needs "cơ quan chủ quản" (parent agency, e.g. UBND tỉnh Quảng Ngãi for a Sở).`,
        },
        anchor,
      ),
    );
  }
  if (issuedWith) {
    for (const own of [fieldOf(header, 'number'), fieldOf(header, 'date')]) {
      if (!own) continue;
      diagnostics.push(
        finding(
          'header/issued-with-number',
          {
            vi: `Văn bản ban hành kèm theo Quyết định không có ${own.key === 'number' ? 'số' : 'ngày'} riêng: số và ngày là của Quyết định ("kèm theo"); bỏ trường "${own.keyText}" (khi còn trường này, văn bản vẫn in nó).`,
            en: `A document issued with a decision has no ${own.key === 'number' ? 'number' : 'date'} of its own: it is the decision's ("kèm theo"); remove the field "${own.keyText}" (while it is there, it is printed).`,
          },
          own.keyLoc,
        ),
      );
    }
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

function checkNumberField(file: PlanFile, field: Field): Finding[] {
  const value = field.value;
  const { number, problems } = parseDocumentNumber(value.text, { allowBlankSerial: true });
  const whole = locateIn(file, value, 0, value.text.length);
  const diagnostics: Finding[] = [];
  const type = documentTypeOf(file);
  const example = `05/${type.abbreviation}-SCT`;
  const isLetter = type.abbreviation === undefined;
  if (number.serial === undefined && (number.typeAbbreviation || (isLetter && number.family === 'official-letter'))) {
    diagnostics.push(
      finding(
        'header/draft',
        {
          vi: 'Bản dự thảo: số văn bản để trống, Văn thư sẽ ghi số khi ký ban hành.',
          en: 'Draft: the number is blank; the records office fills it in at signing.',
        },
        whole,
      ),
    );
  }
  const family = number.family;
  // A Công văn's symbol has no type abbreviation: letter/symbol says so when it has one, or none fits.
  if (isLetter && family !== 'official-letter') return diagnostics;
  if (!isLetter && ((family !== 'state' && family !== 'party') || !number.typeAbbreviation)) {
    return [
      ...diagnostics,
      finding(
        'header/number-form',
        {
          vi: `"${value.text}" không phải dạng số, ký hiệu của ${type.name.toLocaleLowerCase('vi')}: viết "<số>/${type.abbreviation}-<chữ viết tắt cơ quan>", ví dụ ${example}.`,
          en: `"${value.text}" is not the number form of a ${type.english}: write "<number>/${type.abbreviation}-<agency abbreviation>", e.g. ${example}.`,
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
  if (type.abbreviation !== undefined && number.typeAbbreviation !== undefined && number.typeAbbreviation !== type.abbreviation) {
    corrected = corrected.replace(number.typeAbbreviation, type.abbreviation);
    reasons.push({
      vi: `ký hiệu của ${type.name} là ${type.abbreviation}, không phải ${number.typeAbbreviation}`,
      en: `the type abbreviation of a ${type.name} is ${type.abbreviation}, not ${number.typeAbbreviation}`,
    });
  }
  if (number.serial !== undefined && /^\d$/.test(number.serial)) {
    corrected = `0${corrected}`;
    reasons.push({ vi: 'số nhỏ hơn 10 có số 0 ở trước', en: 'numbers under 10 take a leading zero' });
  }
  if (reasons.length === 0 || corrected === value.text) return diagnostics;
  diagnostics.push(
    finding(
      'header/number-form',
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

function checkDateField(file: PlanFile, field: Field): Finding[] {
  const value = field.value;
  const whole = locateIn(file, value, 0, value.text.length);
  // The forms drafters type, in figures or in words, with the undecided parts left blank.
  const parts = readPlanDate(value.text);
  if (!parts) {
    return [
      finding(
        'header/date-form',
        {
          vi: `Không đọc được ngày "${value.text}": viết 17/02/2023 hay "ngày 17 tháng 02 năm 2023"; bản dự thảo để trống phần chưa có: /02/2023, "ngày … tháng 02 năm 2023".`,
          en: `Cannot read the date "${value.text}": write 17/02/2023 or "ngày 17 tháng 02 năm 2023"; a draft leaves the parts not yet known blank: /02/2023, "ngày … tháng 02 năm 2023".`,
        },
        whole,
      ),
    ];
  }
  const { day, month, year } = parts;
  if (month !== undefined && (month < 1 || month > 12)) {
    return [finding('header/date-form', { vi: `Tháng ${month} không tồn tại.`, en: `Month ${month} does not exist.` }, whole)];
  }
  if (day === undefined || month === undefined || year === undefined) {
    return [
      finding(
        'header/draft',
        {
          vi: 'Bản dự thảo: ngày ban hành để trống, sẽ ghi khi ký ban hành.',
          en: 'Draft: the day of issue is blank; it is filled in at signing.',
        },
        whole,
      ),
    ];
  }
  if (isValidDate(year, month, day)) return [];
  return [
    finding(
      'header/date-form',
      {
        vi: `Ngày "${value.text}" không tồn tại.`,
        en: `The date "${value.text}" does not exist.`,
      },
      whole,
    ),
  ];
}

