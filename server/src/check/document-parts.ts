/**
 * The parts of a Quyết định and of a Công văn that a plan does not have (Nghị định 30/2020 Phụ lục
 * III, Mẫu 1.3 and 1.5; Phụ lục I, mục II.5, II.6 and II.9).
 *
 * A decision: its authority line, its legal bases "Căn cứ …;" closed by "Theo đề nghị của …",
 * "QUYẾT ĐỊNH:", then its articles Điều 1, 2, … in order, the last naming who carries it out, which
 * its Nơi nhận sends it to as "Như Điều …". A decision that issues or approves a document says so in
 * Điều 1 ("Ban hành kèm theo Quyết định này …").
 *
 * A letter: its summary (the "V/v" line, printed by the compiler), its addressees after "Kính
 * gửi:", a symbol without a type abbreviation ("12/UBND-VX"), and "Như trên" in its Nơi nhận for
 * the addressees.
 *
 * The body is read as its paragraphs in order, the opening's and the items', so an article written
 * after the khoản of the one before is still found.
 */
import type { Finding, Message } from '../base/diagnostic';
import type { Location } from '../base/source';
import { parseDocumentNumber } from '../cite/number';
import type { PlanFile, TextValue } from '../model/ast';
import { documentTypeOf } from '../model/document-types';
import { fieldOf } from '../model/walk';
import type { Analysis } from './rule';
import { documentAnchor, finding, fix, locateIn, proseSpans, type ProseSpan } from './support';

/** Findings of the `decision/` rules; only a Quyết định has them. */
export const decisionAnalysis: Analysis = ({ file }) => (!file.isCatalog && documentTypeOf(file).form === 'decision' ? checkDecision(file) : []);

/** Findings of the `letter/` rules; only a Công văn has them. */
export const letterAnalysis: Analysis = ({ file }) => (!file.isCatalog && documentTypeOf(file).form === 'letter' ? checkLetter(file) : []);

type PartKind = 'basis' | 'proposal' | 'decides' | 'article' | 'other';

interface Part {
  kind: PartKind;
  span: ProseSpan;
  /** Where the text starts in the span, past the blanks before it. */
  from: number;
  /** An article's number, and where "Điều N." stands in the span. */
  article?: { number: number; numberStart: number; numberEnd: number; leadEnd: number };
}

const BASIS = /^căn cứ(?![\p{L}\p{N}])/iu;
const PROPOSAL = /^theo đề nghị của(?![\p{L}\p{N}])/iu;
const DECIDES = /^quyết\s+định\s*:\s*$/iu;
/** "Điều 3." with its number; a number of more than four digits is no article of a decision. */
const ARTICLE = /^(Điều\s+)(\d{1,4})\s*\./u;
/** The words with which the last article says who carries the decision out. */
const EXECUTION = /(?:chịu trách nhiệm|có trách nhiệm|tổ chức)\s+(?:thi hành|thực hiện)/iu;
/** "Như Điều 3", "Như Điều 2, 3": the recipients the articles name. */
const AS_ARTICLE = /^như\s+điều\s+(\d{1,4}(?:\s*(?:,|và)\s*\d{1,4})*)/iu;
const AS_ABOVE = /^như\s+trên(?![\p{L}\p{N}])/iu;
/** A summary that issues or approves a document (Mẫu 1.3): "Ban hành …", "Phê duyệt …". */
const ISSUING = /^(?:ban hành|phê duyệt)(?![\p{L}\p{N}])/iu;
const ATTACHED = /kèm theo\s+quyết định này/iu;

function partsOf(file: PlanFile): Part[] {
  return proseSpans(file).map((span) => {
    const from = span.text.length - span.text.trimStart().length;
    const text = span.text.slice(from).trimEnd();
    const article = ARTICLE.exec(text);
    if (article) {
      const numberStart = from + article[1]!.length;
      return { kind: 'article', span, from, article: { number: Number(article[2]), numberStart, numberEnd: numberStart + article[2]!.length, leadEnd: from + article[0].length } };
    }
    const kind: PartKind = BASIS.test(text) ? 'basis' : PROPOSAL.test(text) ? 'proposal' : DECIDES.test(text) ? 'decides' : 'other';
    return { kind, span, from };
  });
}

function at(file: PlanFile, part: Part, from: number, to: number): Location {
  return file.source.locate(part.span.start + from, part.span.start + to);
}

/** The first line of a part, from its first letter: where a finding about the whole part is shown. */
function lineOf(file: PlanFile, part: Part): Location {
  const newline = part.span.text.slice(part.from).search(/[\r\n]/);
  const end = newline < 0 ? part.span.text.trimEnd().length : part.from + newline;
  return at(file, part, part.from, Math.max(part.from, end));
}

function checkDecision(file: PlanFile): Finding[] {
  const found: Finding[] = [];
  const anchor = documentAnchor(file);
  const header = file.header;
  if (header && !fieldOf(header, 'authority')) {
    found.push(
      finding(
        'decision/authority',
        {
          vi: 'Quyết định chưa có thẩm quyền ban hành: thêm trường "thẩm quyền", ví dụ "thẩm quyền: Giám đốc Sở Công Thương" hay "thẩm quyền: Ủy ban nhân dân tỉnh Quảng Ngãi".',
          en: 'The decision has no issuing authority: add the field "thẩm quyền" (authority), e.g. "thẩm quyền: Giám đốc Sở Công Thương" or "thẩm quyền: Ủy ban nhân dân tỉnh Quảng Ngãi".',
        },
        anchor,
      ),
    );
  }
  const parts = partsOf(file);
  const decides = parts.findIndex((part) => part.kind === 'decides');
  const articles = parts.filter((part) => part.kind === 'article');
  const firstArticle = parts.findIndex((part) => part.kind === 'article');
  const preambleEnd = decides >= 0 ? decides : firstArticle >= 0 ? firstArticle : parts.length;
  const preamble = parts.slice(0, preambleEnd);
  const bases = preamble.filter((part) => part.kind === 'basis');
  const proposal = preamble.find((part) => part.kind === 'proposal');
  const where = (part: Part | undefined): Location => (part ? lineOf(file, part) : anchor);

  if (bases.length === 0) {
    found.push(
      finding(
        'decision/legal-basis',
        {
          vi: 'Quyết định chưa có căn cứ ban hành: trước "QUYẾT ĐỊNH:", mỗi căn cứ một đoạn "Căn cứ …;" (văn bản quy định thẩm quyền, văn bản được thực hiện).',
          en: 'The decision states no legal basis: before "QUYẾT ĐỊNH:", one paragraph "Căn cứ …;" per basis (the document that gives the power, the document carried out).',
        },
        where(parts[decides] ?? parts[firstArticle]),
      ),
    );
  }
  if (!proposal) {
    found.push(
      finding(
        'decision/proposal',
        {
          vi: 'Sau các căn cứ, Quyết định ghi cơ quan, đơn vị đề nghị ban hành: "Theo đề nghị của … ." (Mẫu 1.3).',
          en: 'After its legal bases a decision names who proposed it: "Theo đề nghị của … ." (Template 1.3).',
        },
        where(bases.at(-1) ?? parts[decides] ?? parts[firstArticle]),
      ),
    );
  } else if (bases.some((basis) => parts.indexOf(basis) > parts.indexOf(proposal))) {
    found.push(
      finding(
        'decision/proposal',
        {
          vi: '"Theo đề nghị của …" đứng sau mọi căn cứ, ngay trước "QUYẾT ĐỊNH:".',
          en: '"Theo đề nghị của …" comes after every legal basis, right before "QUYẾT ĐỊNH:".',
        },
        lineOf(file, proposal),
      ),
    );
  }

  if (decides < 0) {
    const first = parts[firstArticle];
    const lineBreak = file.source.lineBreak;
    const location = where(first);
    found.push(
      finding(
        'decision/decides',
        {
          vi: 'Thiếu dòng "QUYẾT ĐỊNH:" giữa các căn cứ và Điều 1.',
          en: 'The line "QUYẾT ĐỊNH:" is missing between the legal bases and Điều 1.',
        },
        location,
        first ? [fix({ vi: 'Thêm "QUYẾT ĐỊNH:"', en: 'Add "QUYẾT ĐỊNH:"' }, [{ start: location.start, end: location.start, newText: `QUYẾT ĐỊNH:${lineBreak}${lineBreak}` }], false)] : undefined,
      ),
    );
  } else if (firstArticle >= 0 && firstArticle < decides) {
    found.push(
      finding(
        'decision/decides',
        { vi: '"QUYẾT ĐỊNH:" đứng trước Điều 1, sau các căn cứ.', en: '"QUYẾT ĐỊNH:" comes before Điều 1, after the legal bases.' },
        lineOf(file, parts[decides]!),
      ),
    );
  }

  if (articles.length === 0) {
    found.push(
      finding(
        'decision/article-numbering',
        {
          vi: 'Quyết định chưa có Điều nào: nội dung quyết định viết thành các đoạn "Điều 1. …", "Điều 2. …".',
          en: 'The decision has no article: what it decides is written as paragraphs "Điều 1. …", "Điều 2. …".',
        },
        anchor,
      ),
    );
    return found;
  }
  articles.forEach((part, index) => {
    const { number, numberStart, numberEnd } = part.article!;
    if (number === index + 1) return;
    const location = at(file, part, numberStart, numberEnd);
    const expected = String(index + 1);
    found.push(
      finding(
        'decision/article-numbering',
        {
          vi: `Điều ${number} đứng thứ ${index + 1}: các Điều đánh số liên tục từ 1, đây là Điều ${expected}.`,
          en: `Điều ${number} is article ${index + 1}: articles are numbered from 1 without gaps, this is Điều ${expected}.`,
        },
        location,
        [fix({ vi: `Đánh số lại: Điều ${expected}`, en: `Renumber: Điều ${expected}` }, [{ start: location.start, end: location.end, newText: expected }], false)],
      ),
    );
  });

  const last = articles.at(-1)!;
  const lastText = last.span.text.slice(last.article!.leadEnd);
  const execution = EXECUTION.exec(lastText);
  if (articles.length < 2 || !execution || lastText.slice(0, execution.index).trim() === '') {
    found.push(
      finding(
        'decision/execution',
        {
          vi: 'Điều cuối của Quyết định nêu những ai chịu trách nhiệm thi hành, ví dụ "Chánh Văn phòng Sở, Trưởng các phòng … chịu trách nhiệm thi hành Quyết định này."',
          en: 'The last article of a decision names who carries it out, e.g. "Chánh Văn phòng Sở, Trưởng các phòng … chịu trách nhiệm thi hành Quyết định này."',
        },
        at(file, last, last.from, last.article!.leadEnd),
      ),
    );
  }

  const title = header ? fieldOf(header, 'title') : undefined;
  const first = articles[0]!;
  if (title && ISSUING.test(title.value.text.trim()) && !ATTACHED.test(first.span.text)) {
    found.push(
      finding(
        'decision/issued-document',
        {
          vi: `Quyết định "${title.value.text.trim().split(/\s+/u).slice(0, 2).join(' ')} …" ghi ở Điều 1 văn bản nó ban hành kèm theo: "Điều 1. Ban hành kèm theo Quyết định này …".`,
          en: `A decision that issues a document ("${title.value.text.trim().split(/\s+/u).slice(0, 2).join(' ')} …") names it in Điều 1: "Điều 1. Ban hành kèm theo Quyết định này …".`,
        },
        at(file, first, first.from, first.article!.leadEnd),
      ),
    );
  }

  const recipients = file.recipients;
  if (recipients && execution) {
    const executing = String(articles.length);
    const named = recipients.entries.map((entry) => AS_ARTICLE.exec(entry.value.text.trim())).find((match) => match !== null);
    if (!named) {
      const firstEntry = recipients.entries[0];
      const lineBreak = file.source.lineBreak;
      const indent = firstEntry ? file.source.original.slice(file.source.lineAt(firstEntry.loc.start).start, firstEntry.loc.start) : '  ';
      const insertAt = firstEntry ? file.source.lineAt(firstEntry.loc.start).start : recipients.headLoc.end;
      const newText = firstEntry ? `${indent}- Như Điều ${executing}${lineBreak}` : `${lineBreak}  - Như Điều ${executing}`;
      found.push(
        finding(
          'decision/as-article',
          {
            vi: `Nơi nhận của Quyết định mở đầu bằng "Như Điều ${executing}": những người Điều ${executing} giao thi hành.`,
            en: `A decision's recipients open with "Như Điều ${executing}": those article ${executing} charges with carrying it out.`,
          },
          recipients.headLoc,
          [fix({ vi: `Thêm "- Như Điều ${executing}"`, en: `Add "- Như Điều ${executing}"` }, [{ start: insertAt, end: insertAt, newText }], false)],
        ),
      );
    } else if (!named[1]!.split(/\s*(?:,|và)\s*/u).includes(executing)) {
      const entry = recipients.entries.find((candidate) => AS_ARTICLE.test(candidate.value.text.trim()))!;
      found.push(
        finding(
          'decision/as-article',
          {
            vi: `"${named[0]}" không phải Điều giao thi hành: Điều cuối là Điều ${executing}.`,
            en: `"${named[0]}" is not the article that charges who carries it out: the last article is Điều ${executing}.`,
          },
          locateIn(file, entry.value, 0, entry.value.text.length),
        ),
      );
    }
  }
  return found;
}

function checkLetter(file: PlanFile): Finding[] {
  const found: Finding[] = [];
  const anchor = documentAnchor(file);
  const header = file.header;
  if (!header) return found;
  const addressees = fieldOf(header, 'addressees');
  if (!addressees) {
    found.push(
      finding(
        'letter/addressees',
        {
          vi: 'Công văn chưa ghi nơi nhận sau "Kính gửi": thêm trường "kính gửi", ví dụ "kính gửi: Sở Nội vụ" hay "kính gửi: @SNV; @VP".',
          en: 'The letter names no addressee after "Kính gửi": add the field "kính gửi" (addressees), e.g. "kính gửi: Sở Nội vụ" or "kính gửi: @SNV; @VP".',
        },
        anchor,
      ),
    );
  }
  const subject = fieldOf(header, 'title');
  if (!subject) {
    found.push(
      finding(
        'letter/subject',
        {
          vi: 'Công văn chưa có trích yếu: trường "trích yếu" in thành dòng "V/v …" dưới số, ví dụ "trích yếu: gửi Kế hoạch …".',
          en: 'The letter has no summary: the field "trích yếu" is printed as the "V/v …" line under the number, e.g. "trích yếu: gửi Kế hoạch …".',
        },
        anchor,
      ),
    );
  } else {
    const written = /^\s*V\s*\/\s*v\s+/iu.exec(subject.value.text);
    if (written) {
      const location = locateIn(file, subject.value, 0, written[0].length);
      found.push(
        finding(
          'letter/subject',
          {
            vi: 'Trình biên dịch tự in "V/v" trước trích yếu của công văn: bỏ "V/v" ở đây để không in hai lần.',
            en: 'The compiler prints "V/v" before a letter\'s summary: remove it here, or it is printed twice.',
          },
          location,
          [fix({ vi: 'Bỏ "V/v"', en: 'Remove "V/v"' }, [{ start: location.start, end: location.end, newText: '' }], true)],
        ),
      );
    }
  }
  const numberField = fieldOf(header, 'number');
  if (numberField) found.push(...checkLetterSymbol(file, numberField.value));
  const recipients = file.recipients;
  if (recipients && addressees && !recipients.entries.some((entry) => AS_ABOVE.test(entry.value.text.trim()))) {
    const firstEntry = recipients.entries[0];
    const lineBreak = file.source.lineBreak;
    const indent = firstEntry ? file.source.original.slice(file.source.lineAt(firstEntry.loc.start).start, firstEntry.loc.start) : '  ';
    const insertAt = firstEntry ? file.source.lineAt(firstEntry.loc.start).start : recipients.headLoc.end;
    const newText = firstEntry ? `${indent}- Như trên${lineBreak}` : `${lineBreak}  - Như trên`;
    found.push(
      finding(
        'letter/as-above',
        {
          vi: 'Nơi nhận của công văn mở đầu bằng "Như trên": những nơi đã ghi sau "Kính gửi".',
          en: 'A letter\'s recipients open with "Như trên" (as above): those named after "Kính gửi".',
        },
        recipients.headLoc,
        [fix({ vi: 'Thêm "- Như trên"', en: 'Add "- Như trên"' }, [{ start: insertAt, end: insertAt, newText }], false)],
      ),
    );
  }
  return found;
}

/** A letter's symbol is the agency's abbreviation and the drafting unit's, with no type before them. */
function checkLetterSymbol(file: PlanFile, value: TextValue): Finding[] {
  const { number } = parseDocumentNumber(value.text, { allowBlankSerial: true });
  if (number.family === 'official-letter') return [];
  const whole = locateIn(file, value, 0, value.text.length);
  const form: Message = {
    vi: 'số, ký hiệu công văn là "<số>/<chữ viết tắt cơ quan>-<chữ viết tắt đơn vị soạn thảo>", không có tên loại, ví dụ 12/UBND-VX',
    en: 'a letter\'s number is "<number>/<agency abbreviation>-<drafting unit abbreviation>", with no type abbreviation, e.g. 12/UBND-VX',
  };
  const type = number.typeAbbreviation;
  if (type !== undefined && number.typeSpan && number.family === 'state') {
    // "123/CV-UBND": without the type and its "-", the agency's abbreviation is left.
    const corrected = `${value.text.slice(0, number.typeSpan.start)}${value.text.slice(number.typeSpan.end).replace(/^\s*-\s*/u, '')}`.trim();
    return [
      finding(
        'letter/symbol',
        { vi: `Ký hiệu "${value.text}" mang tên loại ${type}: ${form.vi}.`, en: `The symbol "${value.text}" carries the type ${type}: ${form.en}.` },
        whole,
        [fix({ vi: `Sửa thành ${corrected}`, en: `Change to ${corrected}` }, [{ start: whole.start, end: whole.end, newText: corrected }], false)],
      ),
    ];
  }
  return [finding('letter/symbol', { vi: `"${value.text}" không phải dạng ${form.vi}.`, en: `"${value.text}" is not the form: ${form.en}.` }, whole)];
}
