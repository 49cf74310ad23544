/**
 * Lines → AST. Groups the lines of a file into the header, declarations with their fields, items
 * with their paragraphs, the recipients and the signer. A line that does not fit where it stands
 * is reported and skipped, and building goes on, so one pass reports every problem.
 */
import { romanValue } from '../base/roman';
import type { IToken, TokenType } from 'chevrotain';
import { isWhiteSpace } from '../base/characters';
import type { Finding, Fix, Message, Severity } from '../base/diagnostic';
import { foldKey, type Location, type SourceText } from '../base/source';
import type {
  Declaration,
  DocumentDecl,
  DocumentTypeKey,
  Field,
  FieldKey,
  Header,
  Inline,
  Item,
  ItemKind,
  Paragraph,
  PlanFile,
  RecipientEntry,
  Recipients,
  Reference,
  ReferenceGroup,
  Signer,
  TaskDecl,
  TextValue,
  UnitDecl,
} from '../model/ast';
import {
  DEADLINE_START_WORDS,
  DOCUMENT_FIELDS,
  FIELD_DISPLAY,
  FIELD_KEYWORDS,
  fieldKeyOf,
  HEADER_FIELDS_BY_TYPE,
  OTHER_DOCUMENT_TYPES,
  TASK_FIELDS,
  TYPED_HEADS,
  UNIT_FIELDS,
} from './keywords';
import type { LineCst } from './parser';
import type { PartMarker } from './parts';
import type { SyntaxRuleCode } from './rules';
import * as T from './tokens';

/** The type a first line such as "Báo cáo" opens the header of, if it is one of TYPED_HEADS. */
function typedHeadOf(line: string): DocumentTypeKey | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 20) return undefined;
  const folded = foldKey(trimmed);
  for (const [type, heads] of Object.entries(TYPED_HEADS) as [keyof typeof TYPED_HEADS, readonly string[]][]) {
    if (heads.includes(folded)) return type;
  }
  return undefined;
}

type Block =
  | { kind: 'header'; node: Header; indent: number }
  | { kind: 'document'; node: DocumentDecl; indent: number }
  | { kind: 'unit'; node: UnitDecl; indent: number }
  | { kind: 'task'; node: TaskDecl; indent: number }
  | { kind: 'recipients'; node: Recipients; indent: number };

const BLOCK_FIELDS: Record<Exclude<Block['kind'], 'recipients' | 'header'>, readonly FieldKey[]> = {
  document: DOCUMENT_FIELDS,
  unit: UNIT_FIELDS,
  task: TASK_FIELDS,
};

/** The fields a block accepts: a header those of its document's type, the recipients none. */
function fieldsOf(block: Block): readonly FieldKey[] {
  if (block.kind === 'recipients') return [];
  if (block.kind === 'header') return HEADER_FIELDS_BY_TYPE[block.node.documentType ?? 'ke-hoach'];
  return BLOCK_FIELDS[block.kind];
}

const BLOCK_NAMES: Record<Block['kind'], Message> = {
  header: { vi: 'phần đầu kế hoạch', en: 'the plan header' },
  document: { vi: 'khai báo văn bản', en: 'a document declaration' },
  unit: { vi: 'khai báo đơn vị', en: 'a unit declaration' },
  task: { vi: 'khai báo nhiệm vụ', en: 'a task declaration' },
  recipients: { vi: 'nơi nhận', en: 'the recipients' },
};

/**
 * Item ranks: a new item closes every open item of the same or a lower rank. A Phần stands above
 * the mục (rank 0) and the khoản (their depth).
 */
const RANK_PHAN = -1;
const RANK_DIEM = 20;
const RANK_DASH = 21;
const RANK_PLUS = 22;

const TERMINAL_PUNCTUATION = '.:;!?…';

/**
 * What a value is trimmed of at its ends: blanks, and the control characters the lexer reports and
 * the outputs leave out. Trimming them too makes "trích yếu: ␁" and "trích yếu: ␁  " the same empty
 * value, so removing trailing blanks (the formatter) never changes what a field holds.
 */
const TRIMMED = /[\s\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

interface OpenItem {
  item: Item;
  rank: number;
  /**
   * The furthest normalised offset the item reaches so far. Its location is extended to it once,
   * when the item closes: extending it at every line made a location per open item per line.
   */
  end: number;
}

interface OpenParagraph {
  paragraph: Paragraph;
  /** The item whose marker line opened the paragraph, and that line's indentation. */
  item?: { node: Item; indent: number };
  /** How many lines the paragraph has so far. */
  lines: number;
}

/** A heading typed as in Word: a short line with no closing punctuation, its text on the next line. */
const MAX_HEADING_WORDS = 8;
/** A line that is only the letter of the next điểm, its ")" lost ("b", "b.", "b. Nội dung"). */
const LOST_LETTER_MARKER = /^([a-zđ])(?:\.?$|\.[ \t]+\S)/u;
/** A line that reads as "name: value" with a name of a few words, as a field would. */
const UNKNOWN_FIELD_KEY = /^([\p{L}][\p{L} ]{0,24}?)[ \t]*:/u;
/** A capital letter that starts a sentence. */
const STARTS_UPPER = /^\p{Lu}/u;

function tabWidth(indent: IToken | undefined): number {
  if (!indent) return 0;
  let width = 0;
  for (const ch of indent.image) width += ch === '\t' ? 4 : 1;
  return width;
}

function isType(token: IToken, type: TokenType): boolean {
  return token.tokenType === type;
}

const VIETNAMESE_LETTERS = 'abcdđefghiklmnopqrstuvxy';

export class TreeBuilder {
  private readonly file: PlanFile;
  private block: Block | undefined;
  private readonly itemStack: OpenItem[] = [];
  /**
   * The inlines of the value being read, reused from line to line: each value's list is copied out
   * at its own length, where a list grown by pushes would keep room for seventeen.
   */
  private readonly lineInlines: Inline[] = [];
  private openParagraph: OpenParagraph | undefined;
  /** A first line naming another type of document ("quyết định"), decided on once the file is read. */
  private otherType: { written: string; start: number; end: number } | undefined;
  /** The header a first line such as "Báo cáo" opened, until a field or another header follows. */
  private typedHead: { header: Header; inlines: Inline[]; start: number; end: number } | undefined;

  constructor(
    uri: string,
    private readonly source: SourceText,
  ) {
    this.file = {
      uri,
      source,
      isCatalog: false,
      opening: [],
      items: [],
      declarations: [],
      comments: [],
      suppressions: [],
      syntaxFindings: [],
    };
  }

  build(lines: LineCst[]): PlanFile {
    this.addLines(lines);
    return this.finish();
  }

  /** Adds the next lines of the file, so a long file can be read a piece at a time. */
  addLines(lines: LineCst[]): void {
    for (const line of lines) this.addLine(line);
  }

  /** The file, once every line is added. */
  finish(): PlanFile {
    this.closeItems(0);
    for (const item of this.file.items) finishItem(item);
    if (this.otherType && !this.file.header) this.reportUnsupportedType(this.otherType);
    const file = this.file;
    file.isCatalog =
      !file.header && file.items.length === 0 && file.opening.length === 0 && !file.recipients && !file.signer;
    return file;
  }

  /** A finding of the syntax rule `code`; the rule gives it its severity. */
  private report(code: SyntaxRuleCode, message: Message, start: number, end: number, extra: { fixes?: Fix[]; severity?: Severity } = {}): void {
    const finding: Finding = { code, message, location: this.locate(start, end) };
    if (extra.fixes?.length) finding.fixes = extra.fixes;
    if (extra.severity) finding.severity = extra.severity;
    this.file.syntaxFindings.push(finding);
  }

  private locate(start: number, end: number): Location {
    return this.source.locate(start, end);
  }

  private addLine(line: LineCst): void {
    if (line.comment) {
      this.addComment(line.comment);
      return;
    }
    if (line.inlines.some((token) => isType(token, T.ControlCharacter))) line = this.withoutControlCharacters(line);
    const head = line.head;
    if (!head && line.inlines.every((token) => token.image.trim() === '')) {
      this.openParagraph = undefined;
      return;
    }
    const indent = tabWidth(line.indent);
    if (head) {
      if (isType(head, T.PlanHead)) return this.startHeader(this.tokenLoc(head), head.startOffset, tokenEnd(head), indent);
      if (isType(head, T.DeclarationHead)) return this.startDeclaration(head, line.inlines, indent);
      if (isType(head, T.FieldKeyToken) && this.addField(head, line.inlines, indent)) return;
      if (isType(head, T.RecipientsHead)) return this.startRecipients(head, line.inlines, indent);
      if (isType(head, T.SignerHead)) return this.addSigner(head, line.inlines);
      if (isType(head, T.DashMarker) && this.block?.kind === 'recipients') {
        return this.addRecipient(this.block.node, head, line.inlines);
      }
      if (isMarker(head)) return this.startItem(head, line.inlines, indent);
    }
    this.addProse(line, indent);
  }

  /** Reports the control characters of a line and gives the line without them. */
  private withoutControlCharacters(line: LineCst): LineCst {
    const inlines: IToken[] = [];
    for (const token of line.inlines) {
      if (!isType(token, T.ControlCharacter)) {
        inlines.push(token);
        continue;
      }
      const codes = [...token.image].map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
      const location = this.locate(token.startOffset, tokenEnd(token));
      this.file.syntaxFindings.push({
        code: 'syntax/unexpected-character' satisfies SyntaxRuleCode,
        message: {
          vi: `Ký tự điều khiển (${codes}) không in ra được; hãy xóa nó.`,
          en: `Control character (${codes}) that cannot be printed; delete it.`,
        },
        location,
        // Nothing visible is lost: the character prints as nothing, and the outputs leave it out.
        fixes: [
          { title: { vi: 'Xóa ký tự điều khiển', en: 'Delete the control character' }, edits: [{ start: location.start, end: location.end, newText: '' }], safe: true },
        ],
      });
    }
    return { ...line, inlines };
  }

  private addComment(token: IToken): void {
    const text = token.image.slice(2).trim();
    this.file.comments.push({ text, loc: this.locate(token.startOffset, token.startOffset + token.image.length) });
    // The rule list starts with a non-blank, so a long run of blanks is read once, not once per blank.
    const match = /^kehoach-disable(-next-line)?(?:\s+(\S.*))?$/.exec(text);
    if (!match) return;
    const rules = (match[2] ?? '')
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter((rule) => rule.length > 0);
    const loc = this.locate(token.startOffset, token.startOffset + token.image.length);
    if (match[1]) {
      this.file.suppressions.push({ scope: 'next-line', rules, line: loc.range.start.line + 1, loc });
    } else {
      this.file.suppressions.push({ scope: 'file', rules, loc });
    }
  }

  private startHeader(loc: Location, start: number, end: number, indent: number, documentType?: DocumentTypeKey): void {
    this.closeBody();
    // "Báo cáo" on the first line with no field under it, then a "kế hoạch" header: the first line
    // was a line of text above the plan, as it was before Báo cáo could be written.
    const typed = this.typedHead;
    if (typed && this.file.header === typed.header && typed.header.fields.length === 0) {
      this.file.header = undefined;
      this.file.opening.push({ inlines: typed.inlines, loc: this.locate(typed.start, typed.end) });
    }
    this.typedHead = undefined;
    if (this.file.header) {
      this.report(
        'syntax/duplicate-header',
        {
          vi: 'Kế hoạch đã có phần đầu; mỗi tệp chỉ có một khối "kế hoạch".',
          en: 'The plan already has a header; a file has one "kế hoạch" block.',
        },
        start,
        end,
      );
      // The fields under a second header are read and dropped, so they are not taken for prose.
      this.block = { kind: 'header', node: { fields: [], loc }, indent };
      return;
    }
    const header: Header = { fields: [], loc, ...(documentType && { documentType }) };
    this.file.header = header;
    this.block = { kind: 'header', node: header, indent };
  }

  private startDeclaration(head: IToken, inlines: IToken[], indent: number): void {
    this.openParagraph = undefined;
    const payload = head.payload as T.DeclarationHeadPayload;
    const idStart = head.startOffset + payload.idOffset;
    const idLoc = this.locate(idStart, idStart + payload.id.length);
    if (payload.id === '') {
      this.report(
        'syntax/invalid-id',
        {
          vi: 'Thiếu mã sau từ khóa, ví dụ "văn bản KH30: …". Nếu đây là văn xuôi, hãy viết "\\" ở đầu dòng.',
          en: 'The id is missing after the keyword, e.g. "văn bản KH30: …". If this is prose, start the line with "\\".',
        },
        head.startOffset,
        tokenEnd(head),
      );
    } else if (!payload.validId) {
      this.report(
        'syntax/invalid-id',
        {
          vi: `Mã "${payload.id}" không hợp lệ: mã gồm chữ Latinh không dấu, chữ số, "_" và "-" ở giữa, bắt đầu bằng chữ.`,
          en: `Invalid id "${payload.id}": ids are ASCII letters, digits, "_" and inner "-", starting with a letter.`,
        },
        idStart,
        idStart + payload.id.length,
      );
    }
    const value = this.valueOf(inlines, tokenEnd(head));
    const loc = this.locate(head.startOffset, value ? value.end : tokenEnd(head));
    let declaration: Declaration;
    if (payload.kind === 'task') {
      const task: TaskDecl = { kind: 'task', id: payload.id, idLoc, fields: [], loc };
      if (value) this.parseTaskLine(task, value, inlines);
      if (payload.id !== '') this.itemStack.at(-1)?.item.tasks.push(task);
      declaration = task;
      this.block = { kind: 'task', node: task, indent };
    } else {
      if (!value) {
        this.report(
          'syntax/missing-value',
          payload.kind === 'document'
            ? {
                vi: 'Thiếu cụm trích dẫn sau dấu hai chấm, ví dụ "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh".',
                en: 'The citation phrase is missing after the colon, e.g. "Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh".',
              }
            : { vi: 'Thiếu tên đơn vị sau dấu hai chấm.', en: 'The unit name is missing after the colon.' },
          head.startOffset,
          tokenEnd(head),
        );
      }
      const text = value ?? this.emptyValue(tokenEnd(head));
      if (payload.kind === 'document') {
        const document: DocumentDecl = {
          kind: 'document',
          id: payload.id,
          idLoc,
          phrase: text.value,
          phraseInlines: text.inlines,
          fields: [],
          loc,
        };
        declaration = document;
        this.block = { kind: 'document', node: document, indent };
      } else {
        const unit: UnitDecl = { kind: 'unit', id: payload.id, idLoc, name: text.value, fields: [], loc };
        declaration = unit;
        this.block = { kind: 'unit', node: unit, indent };
      }
    }
    // A declaration without an id is reported above; its block still takes its fields so they are
    // not reported again as stray lines, but nothing can refer to it, so it is not declared.
    this.extendItems(declaration.loc.end);
    if (payload.id !== '') this.file.declarations.push(declaration);
  }

  /**
   * `nhiệm vụ BCN: chủ trì @VP; gửi @SNV; hạn trước 15/10/2023` — fields separated by ";". When
   * the first segment is not a field (see startsTaskField) it is the task's title.
   */
  private parseTaskLine(task: TaskDecl, value: LineValue, inlines: IToken[]): void {
    const text = value.value.text;
    const base = value.value.base;
    let segmentStart = 0;
    let first = true;
    while (segmentStart <= text.length) {
      let segmentEnd = text.indexOf(';', segmentStart);
      if (segmentEnd < 0) segmentEnd = text.length;
      const [trimmedStart, trimmedEnd] = trimmedSpan(text, segmentStart, segmentEnd);
      const segment = text.slice(trimmedStart, trimmedEnd);
      if (segment.length > 0) {
        const start = base + trimmedStart;
        const keyMatch = matchFieldPrefix(segment, TASK_FIELDS);
        if (keyMatch && (!first || startsTaskField(keyMatch, segment))) {
          const valueStart = start + keyMatch.valueOffset;
          const valueEnd = start + segment.length;
          task.fields.push(
            this.makeField(keyMatch.key, segment.slice(0, keyMatch.keyLength), start, valueStart, valueEnd, inlines),
          );
        } else if (first) {
          task.title = this.textValue(start, start + segment.length);
        } else {
          this.report(
            'syntax/unknown-task-field',
            {
              vi: `"${segment}" không bắt đầu bằng tên trường của nhiệm vụ (${listFields(TASK_FIELDS)}).`,
              en: `"${segment}" does not start with a task field name (${listFields(TASK_FIELDS)}).`,
            },
            start,
            start + segment.length,
          );
        }
      }
      first = false;
      segmentStart = segmentEnd + 1;
    }
  }

  private addField(head: IToken, inlines: IToken[], indent: number): boolean {
    const block = this.block;
    const payload = head.payload as T.FieldKeyPayload;
    if (!block) return false;
    if (indent <= block.indent) {
      // A field of the open block written without indentation is still meant as its field.
      if (!fieldsOf(block).includes(payload.key)) {
        this.block = undefined;
        return false;
      }
      const keyStart = this.source.toOriginal(head.startOffset);
      const lineStart = this.source.lineAt(keyStart).start;
      this.file.syntaxFindings.push({
        code: 'syntax/field-indentation' satisfies SyntaxRuleCode,
        message: {
          vi: `Trường "${payload.written}" thuộc ${BLOCK_NAMES[block.kind].vi} ở trên: hãy thụt lề để rõ nó thuộc khối nào.`,
          en: `The field "${payload.written}" belongs to ${BLOCK_NAMES[block.kind].en} above: indent it to show which block it belongs to.`,
        },
        location: this.tokenLoc(head),
        fixes: [
          {
            title: { vi: 'Thụt lề trường', en: 'Indent the field' },
            edits: [{ start: lineStart, end: keyStart, newText: ' '.repeat(block.indent + 2) }],
            safe: true,
          },
        ],
      });
    }
    if (block.kind === 'recipients' || !fieldsOf(block).includes(payload.key)) {
      const allowed = fieldsOf(block);
      this.report(
        'syntax/misplaced-field',
        {
          vi: `Trường "${payload.written}" không dùng trong ${BLOCK_NAMES[block.kind].vi}${allowed.length ? `; các trường hợp lệ: ${listFields(allowed)}` : ''}.`,
          en: `The field "${payload.written}" does not belong in ${BLOCK_NAMES[block.kind].en}${allowed.length ? `; valid fields: ${listFields(allowed)}` : ''}.`,
        },
        head.startOffset,
        tokenEnd(head),
      );
      return true;
    }
    const end = inlines.length ? tokenEnd(inlines.at(-1)!) : tokenEnd(head);
    const field = this.makeField(payload.key, payload.written, head.startOffset, tokenEnd(head), end, inlines);
    if (field.value.text.length === 0) {
      this.report(
        'syntax/missing-value',
        { vi: `Trường "${payload.written}" chưa có giá trị.`, en: `The field "${payload.written}" has no value.` },
        head.startOffset,
        tokenEnd(head),
        // The rule's second severity: a draft's header leaves fields empty on purpose.
        block.kind === 'header' ? { severity: 'warning' } : {},
      );
    }
    block.node.fields.push(field);
    block.node.loc = this.source.extend(block.node.loc, end);
    this.extendItems(end);
    return true;
  }

  private startRecipients(head: IToken, inlines: IToken[], indent: number): void {
    this.closeBody();
    const headLoc = this.tokenLoc(head);
    if (this.file.recipients) {
      this.report(
        'syntax/duplicate-recipients',
        { vi: 'Kế hoạch đã có phần "nơi nhận".', en: 'The plan already has a recipients part.' },
        head.startOffset,
        tokenEnd(head),
      );
    }
    const recipients: Recipients = this.file.recipients ?? { headLoc, entries: [], loc: headLoc };
    this.file.recipients = recipients;
    this.block = { kind: 'recipients', node: recipients, indent };
    const value = this.valueOf(inlines, tokenEnd(head));
    if (value) {
      this.report(
        'syntax/expected-newline',
        {
          vi: 'Mỗi nơi nhận viết trên một dòng riêng, bắt đầu bằng "-", dưới dòng "nơi nhận:".',
          en: 'Write each recipient on its own line starting with "-", under "nơi nhận:".',
        },
        value.value.base,
        value.end,
      );
    }
  }

  private addRecipient(recipients: Recipients, dash: IToken, inlines: IToken[]): void {
    const value = this.valueOf(inlines, tokenEnd(dash));
    if (!value) {
      this.report(
        'syntax/missing-value',
        { vi: 'Dòng nơi nhận trống.', en: 'Empty recipient line.' },
        dash.startOffset,
        tokenEnd(dash),
        // The rule's second severity: an empty recipient line loses nothing.
        { severity: 'warning' },
      );
      return;
    }
    // The compiler writes the closing ";" or "."; a drafter may have typed them already.
    const text = value.value.text;
    // The look-behind starts the match only where the final run starts, which keeps it linear.
    const trimmed = text.replace(/(?<![\s;.])[\s;.]+$/, '');
    const start = value.value.base;
    const end = start + trimmed.length;
    const entry: RecipientEntry = {
      value: this.textValue(start, end),
      inlines: this.inlinesBetween(inlines, start, end),
      loc: this.locate(dash.startOffset, end),
    };
    recipients.entries.push(entry);
    recipients.loc = this.source.extend(recipients.loc, end);
  }

  private addSigner(head: IToken, inlines: IToken[]): void {
    this.closeBody();
    this.block = undefined;
    const value = this.valueOf(inlines, tokenEnd(head));
    if (this.file.signer) {
      this.report(
        'syntax/duplicate-signer',
        { vi: 'Kế hoạch đã có người ký.', en: 'The plan already has a signer.' },
        head.startOffset,
        tokenEnd(head),
      );
      return;
    }
    const signer: Signer = { lines: [], loc: this.locate(head.startOffset, value ? value.end : tokenEnd(head)) };
    if (!value) {
      this.report(
        'syntax/missing-value',
        {
          vi: 'Thiếu người ký, ví dụ "ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A".',
          en: 'The signer is missing, e.g. "ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A".',
        },
        head.startOffset,
        tokenEnd(head),
      );
    } else {
      const parts: TextValue[] = [];
      let partStart = 0;
      const text = value.value.text;
      while (partStart <= text.length) {
        let partEnd = text.indexOf('/', partStart);
        if (partEnd < 0) partEnd = text.length;
        const [trimmedStart, trimmedEnd] = trimmedSpan(text, partStart, partEnd);
        if (trimmedEnd > trimmedStart) parts.push(this.textValue(value.value.base + trimmedStart, value.value.base + trimmedEnd));
        partStart = partEnd + 1;
      }
      // The last part is the name unless it is written in capitals, as titles are: a draft leaves
      // the name out ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") and the signer writes it in later.
      const last = parts.at(-1);
      const lastIsName = last !== undefined && last.text !== last.text.toUpperCase();
      const name = lastIsName ? parts.pop() : undefined;
      signer.lines = parts;
      if (name) signer.name = name;
    }
    this.file.signer = signer;
  }

  private startItem(marker: IToken, inlines: IToken[], indent: number): void {
    this.block = undefined;
    this.openParagraph = undefined;
    const markerText = marker.image;
    const { kind, numbers, rank } = classifyMarker(marker);
    if (this.file.signer || this.file.recipients) this.reportAfterEnd(marker.startOffset, tokenEnd(marker));
    const end = inlines.length ? tokenEnd(inlines.at(-1)!) : tokenEnd(marker);
    const paragraphInlines = this.inlinesBetween(inlines, tokenEnd(marker), end);
    const paragraph: Paragraph | undefined = paragraphInlines.length
      ? { inlines: paragraphInlines, loc: this.source.extend(paragraphInlines[0]!.loc, end) }
      : undefined;
    const item: Item = {
      kind,
      marker: markerText,
      markerLoc: this.tokenLoc(marker),
      numbers,
      // A list of one at its own length: most items have the one paragraph of their marker's line.
      paragraphs: paragraph ? [paragraph] : [],
      children: [],
      tasks: [],
      loc: this.locate(marker.startOffset, end),
    };
    let open = this.itemStack.length;
    while (open > 0 && this.itemStack[open - 1]!.rank >= rank) open--;
    this.closeItems(open);
    const parent = this.itemStack.at(-1);
    if (parent) parent.item.children.push(item);
    else this.file.items.push(item);
    this.itemStack.push({ item, rank, end });
    this.extendItems(end);
    if (paragraph) this.openParagraph = { paragraph, item: { node: item, indent }, lines: 1 };
  }

  private addProse(line: LineCst, indent: number): void {
    const head = line.head;
    const block = this.block;
    if (block && indent > block.indent) {
      const start = head?.startOffset ?? line.inlines[0]!.startOffset;
      const end = line.inlines.length ? tokenEnd(line.inlines.at(-1)!) : tokenEnd(head!);
      if (block.kind === 'recipients') {
        this.report(
          'syntax/expected-recipient',
          {
            vi: 'Mỗi nơi nhận bắt đầu bằng "-", ví dụ "- Sở Nội vụ".',
            en: 'Each recipient starts with "-", e.g. "- Sở Nội vụ".',
          },
          start,
          end,
        );
      } else {
        const allowed = fieldsOf(block);
        // "loại: Quyết định" is a field the block does not have, not prose: say which ones it has.
        const unknownKey = UNKNOWN_FIELD_KEY.exec(this.source.text.slice(start, Math.min(end, start + 40)))?.[1];
        this.report(
          'syntax/expected-field',
          unknownKey
            ? {
                vi: `"${unknownKey}" không phải trường của ${BLOCK_NAMES[block.kind].vi}; các trường có: ${listFields(allowed)}.`,
                en: `"${unknownKey}" is not a field of ${BLOCK_NAMES[block.kind].en}; its fields are: ${listFields(allowed)}.`,
              }
            : {
                vi: `Dòng thụt lề trong ${BLOCK_NAMES[block.kind].vi} phải là một trường "tên: giá trị" (${listFields(allowed)}). Nếu đây là văn xuôi, hãy bỏ thụt lề.`,
                en: `An indented line in ${BLOCK_NAMES[block.kind].en} must be a "name: value" field (${listFields(allowed)}). If it is prose, remove the indentation.`,
              },
          start,
          end,
        );
      }
      return;
    }
    if (block?.kind === 'recipients') {
      const start = head?.startOffset ?? line.inlines[0]!.startOffset;
      const end = line.inlines.length ? tokenEnd(line.inlines.at(-1)!) : tokenEnd(head!);
      this.report(
        'syntax/expected-recipient',
        {
          vi: 'Sau "nơi nhận:" chỉ có các dòng "- …" và người ký.',
          en: 'Only "- …" lines and the signer may follow "nơi nhận:".',
        },
        start,
        end,
      );
      return;
    }
    this.block = undefined;
    // A field key or an escape that starts a prose line is prose itself (minus the escape).
    const tokens = head && !isType(head, T.LineEscape) ? [head, ...line.inlines] : line.inlines;
    if (tokens.length === 0) return;
    const start = tokens[0]!.startOffset;
    const end = tokenEnd(tokens.at(-1)!);
    if (this.file.signer || this.file.recipients) {
      this.reportAfterEnd(start, end);
      return;
    }
    const inlines = this.inlinesBetween(tokens, start, end);
    if (inlines.length === 0) return;
    if (indent === 0 && this.isFirstContent()) {
      const documentType = typedHeadOf(this.source.text.slice(start, end));
      if (documentType) {
        this.startHeader(this.locate(start, end), start, end, indent, documentType);
        this.typedHead = { header: this.file.header!, inlines, start, end };
        return;
      }
      this.noteOtherType(start, end);
    }
    if (this.openParagraph) {
      this.reportDoubtfulJoin(this.openParagraph, start, end, indent);
      appendInlines(this.openParagraph.paragraph, inlines);
      this.openParagraph.paragraph.loc = this.source.extend(this.openParagraph.paragraph.loc, end);
      this.openParagraph.lines++;
    } else {
      const paragraph: Paragraph = { inlines, loc: this.source.extend(inlines[0]!.loc, end) };
      const container = this.itemStack.at(-1)?.item.paragraphs ?? this.file.opening;
      container.push(paragraph);
      this.openParagraph = { paragraph, lines: 1 };
    }
    this.extendItems(end);
  }

  /** Nothing but comments and blank lines stands before the current line. */
  private isFirstContent(): boolean {
    const file = this.file;
    return !file.header && !file.opening.length && !file.items.length && !file.declarations.length && !file.recipients && !file.signer;
  }

  /** Remembers a first line that names another type of document, such as "quyết định". */
  private noteOtherType(start: number, end: number): void {
    const written = this.source.text.slice(start, end).trim();
    if (written.length <= 20 && OTHER_DOCUMENT_TYPES.includes(foldKey(written))) this.otherType = { written, start, end };
  }

  /**
   * "thông báo", "chỉ thị"… alone on the first line, and no "kế hoạch" header anywhere: the file
   * is another type of document. One diagnostic says so, and the plan's checks do not pile up
   * header errors on it (check/index.ts skips them), nor does a forced build call it a KẾ HOẠCH.
   */
  private reportUnsupportedType({ written, start, end }: { written: string; start: number; end: number }): void {
    this.file.unsupportedType = written;
    this.report(
      'syntax/unsupported-document-type',
      {
        vi: `"${written}" chưa soạn được bằng ngôn ngữ này: hiện hỗ trợ Kế hoạch, Báo cáo, Tờ trình, Quyết định và Công văn (dòng đầu "kế hoạch", "báo cáo", "tờ trình", "quyết định" hay "công văn"). Các loại khác (Thông báo, Chỉ thị…) sẽ có sau; tệp này không được kiểm tra như một kế hoạch.`,
        en: `"${written}" cannot be written in the language yet: plans, reports, submissions, decisions and official letters are supported (first line "kế hoạch", "báo cáo", "tờ trình", "quyết định" or "công văn"). Other types (Thông báo, Chỉ thị…) will follow; this file is not checked as a plan.`,
      },
      start,
      end,
    );
  }

  /**
   * Consecutive lines form one paragraph (docs/language.md). Two joins are what that rule does to
   * text typed or pasted as in Word, so they are said at the line instead of happening silently: a
   * khoản heading with its text on the next line ("1. Mục đích" / "Triển khai …" became one
   * paragraph), and the next điểm whose ")" was lost ("b" under "a) …" was glued onto a).
   */
  private reportDoubtfulJoin(open: OpenParagraph, start: number, end: number, indent: number): void {
    const line = this.source.text.slice(start, end);
    const innermost = this.itemStack.at(-1)?.item;
    const lost = LOST_LETTER_MARKER.exec(line);
    if (lost && innermost?.kind === 'diem' && VIETNAMESE_LETTERS.indexOf(lost[1]!) === innermost.numbers[0]!) {
      const letter = lost[1]!;
      const written = line.startsWith(`${letter}.`) ? `${letter}.` : letter;
      const at = this.locate(start, start + written.length);
      this.report(
        'syntax/lost-marker',
        {
          vi: `Dòng bắt đầu bằng "${written}" được nối vào điểm ${innermost.marker} ở trên. Nếu đây là điểm tiếp theo, hãy viết "${letter})".`,
          en: `The line starting with "${written}" is joined to point ${innermost.marker} above. If it is the next point, write "${letter})".`,
        },
        start,
        start + written.length,
        { fixes: [{ title: { vi: `Viết "${letter})"`, en: `Write "${letter})"` }, edits: [{ start: at.start, end: at.end, newText: `${letter})` }], safe: false }] },
      );
      return;
    }
    const heading = open.item;
    if (!heading || open.lines !== 1 || indent > heading.indent) return;
    if (heading.node.kind !== 'phan' && heading.node.kind !== 'muc' && heading.node.kind !== 'khoan') return;
    if (!STARTS_UPPER.test(line) || endsWithPunctuation(open.paragraph)) return;
    const headingText = open.paragraph.inlines
      .map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'ref' ? `@${inline.id}` : `[hạn ${inline.taskId}]`))
      .join('')
      .trim();
    if (headingText.split(/\s+/).length > MAX_HEADING_WORDS) return;
    const lineStart = this.source.lineAt(this.source.toOriginal(start)).start;
    const lineBreak = this.source.lineBreak;
    this.report(
      'syntax/joined-heading',
      {
        vi: `Dòng này được nối vào "${heading.node.marker} ${headingText}" thành một đoạn. Nếu đó là tiêu đề, hãy để một dòng trống sau nó; nếu là một câu viết xuống dòng, hãy viết tiếp trên cùng dòng hoặc thụt lề dòng này.`,
        en: `This line is joined to "${heading.node.marker} ${headingText}" as one paragraph. If that is a heading, leave a blank line after it; if it is a sentence broken over lines, go on on the same line or indent this one.`,
      },
      start,
      end,
      { fixes: [{ title: { vi: 'Tách tiêu đề khỏi nội dung', en: 'Separate the heading from its text' }, edits: [{ start: lineStart, end: lineStart, newText: lineBreak }], safe: false }] },
    );
  }

  private reportAfterEnd(start: number, end: number): void {
    this.report(
      'syntax/content-after-end',
      {
        vi: 'Nội dung văn bản phải đứng trước "nơi nhận" và người ký.',
        en: 'The body must come before the recipients and the signer.',
      },
      start,
      end,
    );
  }

  /** A structural line (header, recipients, signer) ends the body's open items and paragraph. */
  private closeBody(): void {
    this.openParagraph = undefined;
    this.closeItems(0);
  }

  /** Every open item now reaches at least `end`. */
  private extendItems(end: number): void {
    for (const open of this.itemStack) open.end = Math.max(open.end, end);
  }

  /**
   * Closes the open items from depth `depth` on, each location extended to the furthest it
   * reached: the same location as extending it line by line, since a later end never maps to an
   * earlier original offset.
   */
  private closeItems(depth: number): void {
    for (let at = depth; at < this.itemStack.length; at++) {
      const open = this.itemStack[at]!;
      open.item.loc = this.source.extend(open.item.loc, open.end);
    }
    this.itemStack.length = depth;
  }

  private makeField(
    key: FieldKey,
    keyText: string,
    keyStart: number,
    valueSearchStart: number,
    valueEnd: number,
    inlines: IToken[],
  ): Field {
    let start = valueSearchStart;
    const text = this.source.text;
    while (start < valueEnd && (text[start] === ':' || TRIMMED.test(text[start]!))) start++;
    let end = valueEnd;
    while (end > start && TRIMMED.test(text[end - 1]!)) end--;
    return {
      key,
      keyText: keyText.trim(),
      keyLoc: this.locate(keyStart, keyStart + keyText.trim().length),
      value: this.textValue(start, end),
      inlines: this.inlinesBetween(inlines, start, end),
      loc: this.locate(keyStart, Math.max(end, keyStart + keyText.length)),
    };
  }

  /** The trimmed text of the rest of a line after `from`, with its inline references. */
  private valueOf(inlines: IToken[], from: number): LineValue | undefined {
    if (inlines.length === 0) return undefined;
    const text = this.source.text;
    let start = from;
    let end = tokenEnd(inlines.at(-1)!);
    while (start < end && TRIMMED.test(text[start]!)) start++;
    while (end > start && TRIMMED.test(text[end - 1]!)) end--;
    if (end <= start) return undefined;
    return { value: this.textValue(start, end), inlines: this.inlinesBetween(inlines, start, end), end };
  }

  private emptyValue(at: number): LineValue {
    return { value: this.textValue(at, at), inlines: [], end: at };
  }

  private textValue(start: number, end: number): TextValue {
    return { text: this.source.text.slice(start, end), base: start, loc: this.locate(start, end) };
  }

  private tokenLoc(token: IToken): Location {
    return this.locate(token.startOffset, tokenEnd(token));
  }

  /**
   * `@{QD645, QD1813}`: a reference for each member, located at its id, sharing one group, with
   * the separators between them as written, so a member is a reference like any other to the
   * checks, the hover and rename.
   */
  private groupInlines(token: IToken): Inline[] {
    const { full, members } = token.payload as T.ReferenceGroupPayload;
    const group: ReferenceGroup = { size: members.length, loc: this.tokenLoc(token) };
    const inlines: Inline[] = [];
    members.forEach(({ id, offset }, index) => {
      const start = token.startOffset + offset;
      if (index > 0) {
        const previousEnd = token.startOffset + members[index - 1]!.offset + members[index - 1]!.id.length;
        inlines.push({ kind: 'text', text: this.source.text.slice(previousEnd, start), loc: this.locate(previousEnd, start) });
      }
      const idLoc = this.locate(start, start + id.length);
      const reference: Reference = { kind: 'ref', id, idLoc, loc: idLoc, group };
      if (full) reference.full = true;
      inlines.push(reference);
    });
    return inlines;
  }

  /**
   * Inline nodes for the tokens inside [start, end): text tokens are cut to the range and
   * trimmed at its ends, references kept whole.
   */
  private inlinesBetween(tokens: IToken[], start: number, end: number): Inline[] {
    const result = this.lineInlines;
    let count = 0;
    const text = this.source.text;
    let from = start;
    while (from < end && TRIMMED.test(text[from]!)) from++;
    let to = end;
    while (to > from && TRIMMED.test(text[to - 1]!)) to--;
    for (const token of tokens) {
      const tokenStart = Math.max(token.startOffset, from);
      const tokenStop = Math.min(tokenEnd(token), to);
      if (tokenStop <= tokenStart) continue;
      if (isType(token, T.Reference) && tokenStart === token.startOffset && tokenStop === tokenEnd(token)) {
        const { id, full } = token.payload as T.ReferencePayload;
        const reference: Reference = {
          kind: 'ref',
          id,
          idLoc: this.locate(tokenEnd(token) - id.length, tokenEnd(token)),
          loc: this.locate(token.startOffset, tokenEnd(token)),
        };
        if (full) reference.full = true;
        result[count++] = reference;
      } else if (isType(token, T.ReferenceGroup) && tokenStart === token.startOffset && tokenStop === tokenEnd(token)) {
        for (const inline of this.groupInlines(token)) result[count++] = inline;
      } else if (isType(token, T.DeadlineReference) && tokenStart === token.startOffset && tokenStop === tokenEnd(token)) {
        const payload = token.payload as T.DeadlineReferencePayload;
        const idStart = token.startOffset + payload.idOffset;
        result[count++] = {
          kind: 'deadline-ref',
          taskId: payload.taskId,
          idLoc: this.locate(idStart, idStart + payload.taskId.length),
          loc: this.locate(token.startOffset, tokenEnd(token)),
        };
      } else {
        const written = isType(token, T.EscapedAt) ? '@' : text.slice(tokenStart, tokenStop);
        const previous = count > 0 ? result[count - 1] : undefined;
        const loc = this.locate(tokenStart, tokenStop);
        if (previous?.kind === 'text') {
          previous.text += written;
          previous.loc = this.source.lines.location(previous.loc.start, loc.end);
        } else {
          result[count++] = { kind: 'text', text: written, loc };
        }
      }
    }
    return result.slice(0, count);
  }
}

interface LineValue {
  value: TextValue;
  inlines: Inline[];
  /** Normalised offset one past the value. */
  end: number;
}

/** The span [start, end) of `text` without the white space `trim` would take off its ends. */
function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

function isMarker(token: IToken): boolean {
  return (
    isType(token, T.PartMarker) ||
    isType(token, T.RomanMarker) ||
    isType(token, T.NumberMarker) ||
    isType(token, T.LetterMarker) ||
    isType(token, T.DashMarker) ||
    isType(token, T.PlusMarker)
  );
}

function classifyMarker(marker: IToken): { kind: ItemKind; numbers: number[]; rank: number } {
  const image = marker.image;
  if (isType(marker, T.PartMarker)) return { kind: 'phan', numbers: [(marker.payload as PartMarker).value], rank: RANK_PHAN };
  if (isType(marker, T.RomanMarker)) return { kind: 'muc', numbers: [romanValue(image.slice(0, -1))], rank: 0 };
  if (isType(marker, T.NumberMarker)) {
    const numbers = image
      .split('.')
      .filter((part) => part.length > 0)
      .map(Number);
    return { kind: 'khoan', numbers, rank: numbers.length };
  }
  if (isType(marker, T.LetterMarker)) {
    return { kind: 'diem', numbers: [VIETNAMESE_LETTERS.indexOf(image[0]!) + 1], rank: RANK_DIEM };
  }
  if (isType(marker, T.DashMarker)) return { kind: 'dash', numbers: [], rank: RANK_DASH };
  return { kind: 'plus', numbers: [], rank: RANK_PLUS };
}

/**
 * Decides which items are titled, once all their content is known. A Phần's first paragraph is
 * its title whether it stands on the marker's line ("Phần I. TÌNH HÌNH …") or under it.
 */
function finishItem(item: Item): void {
  const first = item.paragraphs[0];
  const hasMore = item.paragraphs.length > 1 || item.children.length > 0 || item.tasks.length > 0;
  const alwaysTitled = item.kind === 'phan' || item.kind === 'muc';
  if (first && (alwaysTitled || (item.kind === 'khoan' && hasMore && !endsWithPunctuation(first)))) {
    item.title = first;
    item.paragraphs.shift();
  }
  for (const child of item.children) finishItem(child);
}

function endsWithPunctuation(paragraph: Paragraph): boolean {
  const last = paragraph.inlines.at(-1);
  if (last?.kind !== 'text') return false;
  // The last character before the trailing white space, found without copying the text.
  let at = last.text.length - 1;
  while (at >= 0 && isWhiteSpace(last.text.charCodeAt(at))) at--;
  return at >= 0 && TERMINAL_PUNCTUATION.includes(last.text[at]!);
}

function appendInlines(paragraph: Paragraph, inlines: Inline[]): void {
  const last = paragraph.inlines.at(-1);
  const first = inlines[0];
  if (last?.kind === 'text' && first?.kind === 'text') {
    last.text = `${last.text} ${first.text}`;
    last.loc = { start: last.loc.start, end: first.loc.end, range: { start: last.loc.range.start, end: first.loc.range.end } };
    for (let i = 1; i < inlines.length; i++) paragraph.inlines.push(inlines[i]!);
  } else if (last && first) {
    // A reference at the end or the start of a line still needs the space of the line break.
    if (first.kind === 'text') first.text = ` ${first.text}`;
    else if (last.kind === 'text') last.text = `${last.text} `;
    else paragraph.inlines.push({ kind: 'text', text: ' ', loc: first.loc });
    for (const inline of inlines) paragraph.inlines.push(inline);
  } else {
    for (const inline of inlines) paragraph.inlines.push(inline);
  }
}

interface FieldPrefix {
  key: FieldKey;
  keyLength: number;
  valueOffset: number;
  /** Whether a ":" follows the field name. */
  withColon: boolean;
}

const UNIT_FIELDS_OF_TASK: readonly FieldKey[] = ['lead', 'helpers', 'receiver', 'dependsOn'];

/**
 * Whether the first segment of a one-line task is a field rather than the title. Titles often
 * start with a field word ("Phối hợp tổ chức tập huấn", "Hạn chế rác thải nhựa"), so without its
 * colon a field counts only when its value is unmistakable: a reference for the fields that name
 * units or tasks, the start of a deadline for "hạn".
 */
function startsTaskField(prefix: FieldPrefix, segment: string): boolean {
  if (prefix.withColon) return true;
  const value = segment.slice(prefix.valueOffset);
  if (UNIT_FIELDS_OF_TASK.includes(prefix.key)) return value.startsWith('@');
  if (prefix.key !== 'deadline') return false;
  const folded = foldKey(value);
  return /^\d/.test(folded) || DEADLINE_START_WORDS.some((word) => folded === word || folded.startsWith(`${word} `));
}

/** How many words of a segment can make a field key: "nơi nhận kết quả" has four. */
const MAX_KEY_WORDS = 4;

/** A field name at the start of a segment (which starts with a word), followed by ":", white space or the end. */
function matchFieldPrefix(segment: string, allowed: readonly FieldKey[]): FieldPrefix | undefined {
  // Only the first four words can be a key: find where they end, not cut a value that may run for pages.
  // A list of four at its own length, where pushes onto an empty one made room for seventeen.
  const wordEnds = [0, 0, 0, 0];
  let words = 0;
  for (let at = 0; at < segment.length && words < MAX_KEY_WORDS; ) {
    while (at < segment.length && !isWhiteSpace(segment.charCodeAt(at))) at++;
    wordEnds[words++] = at;
    while (at < segment.length && isWhiteSpace(segment.charCodeAt(at))) at++;
  }
  // Try prefixes of up to four words, longest first, so "báo cáo về" wins over shorter keys.
  for (let count = words; count >= 1; count--) {
    const prefix = segment.slice(0, wordEnds[count - 1]);
    const bare = prefix.endsWith(':') ? prefix.slice(0, -1) : prefix;
    const folded = foldKey(bare);
    if (fieldKeyOf(folded) === undefined) continue;
    const key = allowed.find((candidate) => FIELD_KEYWORDS[candidate].includes(folded));
    if (!key) continue;
    let valueOffset = prefix.length;
    while (valueOffset < segment.length && (segment.charCodeAt(valueOffset) === 58 /* : */ || isWhiteSpace(segment.charCodeAt(valueOffset)))) valueOffset++;
    const withColon = prefix.endsWith(':') || segment.slice(prefix.length, valueOffset).includes(':');
    return { key, keyLength: bare.length, valueOffset, withColon };
  }
  return undefined;
}

function listFields(keys: readonly FieldKey[]): string {
  return keys.map((key) => `"${FIELD_DISPLAY[key]}"`).join(', ');
}

