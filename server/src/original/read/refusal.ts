/**
 * Why a reader gives up on a file, with the message the user reads. Readers throw these inside
 * `readOriginal`, which turns every one (and anything else a library throws) into an
 * `UnreadableOriginal`; nothing escapes to the caller.
 */
import type { Message } from '../../base/diagnostic';

export type WrongFormat = 'odt' | 'docx' | 'not-word' | 'not-odt' | 'word-97' | 'encrypted-office' | 'ole' | 'zip-expected' | 'pdf' | 'pdf-expected';

const MESSAGES: Record<WrongFormat, Message> = {
  odt: {
    vi: 'Tệp này là văn bản OpenDocument (.odt), không phải Word (.docx): hãy đặt đúng đuôi .odt.',
    en: 'This file is an OpenDocument text (.odt), not a Word document (.docx): give it the .odt extension.',
  },
  docx: {
    vi: 'Tệp này là văn bản Word (.docx), không phải OpenDocument (.odt): hãy đặt đúng đuôi .docx.',
    en: 'This file is a Word document (.docx), not an OpenDocument text (.odt): give it the .docx extension.',
  },
  'not-word': {
    vi: 'Tệp nén này không chứa văn bản Word (thiếu word/document.xml).',
    en: 'This archive holds no Word document (word/document.xml is missing).',
  },
  'not-odt': {
    vi: 'Tệp nén này không chứa văn bản OpenDocument (thiếu content.xml).',
    en: 'This archive holds no OpenDocument text (content.xml is missing).',
  },
  'word-97': {
    vi: 'Đây là tệp Word 97–2003 (.doc), định dạng cũ không đọc được: hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx.',
    en: 'This is a Word 97–2003 file (.doc), an old format that cannot be read: open it in Word or LibreOffice and save it as .docx.',
  },
  'encrypted-office': {
    vi: 'Tệp Word này được đặt mật khẩu (mã hoá), không đọc được: hãy mở bằng Word, bỏ mật khẩu rồi lưu lại.',
    en: 'This Word file is password-protected (encrypted) and cannot be read: open it in Word, remove the password and save it again.',
  },
  ole: {
    vi: 'Đây là tệp Office kiểu cũ (OLE) hoặc tệp Word được đặt mật khẩu, không phải .docx: hãy mở bằng Word hoặc LibreOffice, bỏ mật khẩu nếu có, và lưu thành .docx.',
    en: 'This is an old-style Office (OLE) file or a password-protected Word file, not a .docx: open it in Word or LibreOffice, remove any password and save it as .docx.',
  },
  'zip-expected': {
    vi: 'Tệp không phải văn bản Word hay OpenDocument: những tệp đó là tệp nén ZIP, còn tệp này không bắt đầu như một tệp ZIP.',
    en: 'This file is not a Word or OpenDocument file: those are ZIP archives, and this file does not start like one.',
  },
  pdf: {
    vi: 'Tệp này là PDF, không phải Word hay OpenDocument: hãy đặt đúng đuôi .pdf.',
    en: 'This file is a PDF, not a Word or OpenDocument file: give it the .pdf extension.',
  },
  'pdf-expected': {
    vi: 'Tệp không phải PDF: không bắt đầu bằng "%PDF-".',
    en: 'This file is not a PDF: it does not start with "%PDF-".',
  },
};

export class NotThisFormat extends Error {
  readonly reason: Message;
  constructor(readonly format: WrongFormat) {
    super(MESSAGES[format].en);
    this.reason = MESSAGES[format];
  }
}

/** A refusal with its own message, for reasons a reader words itself (no text layer, a password). */
export class Refusal extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}
