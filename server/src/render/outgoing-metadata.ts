/**
 * The sidecar of a PDF built for signature: the outgoing-document metadata of Nghị định 30/2020
 * Phụ lục VI (Phần II, Mục I, "Thông tin đầu vào của dữ liệu quản lý văn bản đi"), under the
 * decree's own field names, so the records office's system can take the document in without
 * retyping it. Built from the plan's JSON model (json.ts), so both say the same.
 *
 * A draft leaves the number and the day of issue blank: the system gives them at issue (Điều 15.3),
 * so CodeNumber and IssuedDate are absent and `draft` says why. Fields the decree has the system
 * fill in itself (OrganId, FileCode, DocOrdinal) and those the plan does not say (Priority,
 * IssuedAmount) are left out rather than guessed.
 */
import type { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile } from '../model/ast';
import { documentTypeOf } from '../model/document-types';
import type { Workspace } from '../model/workspace';
import { stringifyIndented } from './json-text';
import { planJson } from './json';
import type { SignatureField } from './pdf';

/** Bumped when a field changes meaning or disappears. */
export const OUTGOING_METADATA_VERSION = 1;

export interface OutgoingTask {
  id: string;
  name: string;
  lead: string[];
  /** The task's last day (ISO), where its deadline gives one. */
  DueDate?: string;
}

export interface OutgoingMetadata {
  version: number;
  basis: string;
  /** The plan's path in its workspace, as the JSON export names it. */
  source: string;
  /** The PDF this describes, by file name. */
  file: string;
  /** True when the number or the day of issue is still blank. */
  draft: boolean;
  TypeName: string;
  CodeNumber?: string;
  CodeNotation?: string;
  IssuedDate?: string;
  OrganName?: string;
  Subject?: string;
  Language: string;
  PageAmount: number;
  SignerInfo?: { Position?: string; FullName?: string };
  To: { OrganName: string }[];
  /** The due dates of the plan's tasks (Phụ lục VI has one DueDate per document; a plan has one per task). */
  Tasks: OutgoingTask[];
  /** The empty signature fields of the PDF, pages from 1, rectangles in points from the lower left. */
  signatureFields: FieldJson[];
  /** Attachments issued as files of their own (the annex), each with the agency's signature field. */
  attachments?: { file: string; PageAmount: number; signatureFields: FieldJson[] }[];
}

interface FieldJson {
  name: string;
  role: SignatureField['role'];
  page: number;
  rect: SignatureField['rect'];
}

function fieldsJson(fields: readonly SignatureField[]): FieldJson[] {
  return fields.map((field) => ({ name: field.name, role: field.role, page: field.page + 1, rect: field.rect.map((value) => Math.round(value * 100) / 100) as SignatureField['rect'] }));
}

export interface OutgoingMetadataOptions {
  calendar: WorkingCalendar;
  source: string;
  file: string;
  pages: number;
  fields: readonly SignatureField[];
  attachments?: { file: string; pages: number; fields: readonly SignatureField[] }[];
}

/** "05/KH-SCT" → number "05", notation "KH-SCT"; a draft's "/KH-SCT" has a notation only. */
function numberParts(text: string | undefined): { number?: string; notation?: string } {
  const value = (text ?? '').replace(/\s+/g, '');
  const slash = value.indexOf('/');
  if (slash < 0) return value === '' ? {} : { notation: value };
  const number = value.slice(0, slash).replace(/^[.…_]+$/u, '');
  const notation = value.slice(slash + 1);
  return { ...(number !== '' && { number }), ...(notation !== '' && { notation }) };
}

/** A recipient line that keeps a copy at the agency ("Lưu: VT, VP") is filing, not a recipient. */
const FILING = /^lưu\s*[:：]/iu;

/** "Như trên": the addressees after "Kính gửi" (Phụ lục I II.9.b), whom the metadata names instead. */
const AS_ABOVE = /^như\s+trên(?![\p{L}\p{N}])/iu;

export function outgoingMetadata(workspace: Workspace, file: PlanFile, options: OutgoingMetadataOptions): OutgoingMetadata {
  const plan = planJson(workspace, file, { calendar: options.calendar, source: options.source });
  const { number, notation } = numberParts(plan.header.number);
  const metadata: OutgoingMetadata = {
    version: OUTGOING_METADATA_VERSION,
    basis: 'Nghị định 30/2020/NĐ-CP, Phụ lục VI, Phần II, Mục I',
    source: plan.source,
    file: options.file,
    draft: number === undefined || plan.header.issueDate === undefined,
    TypeName: documentTypeOf(file).name,
    Language: 'Tiếng Việt',
    PageAmount: options.pages,
    To: plan.recipients
      .map((recipient) => recipient.replace(/[;.,\s]+$/u, '').trim())
      .flatMap((recipient) => (AS_ABOVE.test(recipient) && plan.header.addressees !== undefined ? plan.header.addressees.split(';').map((name) => name.trim()) : [recipient]))
      .filter((recipient) => recipient !== '' && !FILING.test(recipient))
      .map((recipient) => ({ OrganName: recipient })),
    Tasks: plan.tasks.map((task) => ({
      id: task.id,
      name: task.name,
      lead: task.lead.map((unit) => unit.name),
      ...(task.deadline?.lastDay ? { DueDate: task.deadline.lastDay } : {}),
    })),
    signatureFields: fieldsJson(options.fields),
  };
  if (options.attachments) {
    metadata.attachments = options.attachments.map((attachment) => ({ file: attachment.file, PageAmount: attachment.pages, signatureFields: fieldsJson(attachment.fields) }));
  }
  if (number !== undefined) metadata.CodeNumber = number;
  if (notation !== undefined) metadata.CodeNotation = notation;
  if (plan.header.issueDate !== undefined) metadata.IssuedDate = plan.header.issueDate;
  if (plan.header.agency !== undefined) metadata.OrganName = plan.header.agency;
  if (plan.header.title !== undefined) metadata.Subject = plan.header.title;
  if (plan.signer) {
    // The signer's own office is the last title line ("PHÓ GIÁM ĐỐC" under "KT. GIÁM ĐỐC").
    const position = plan.signer.titles.at(-1);
    metadata.SignerInfo = { ...(position !== undefined && { Position: position }), ...(plan.signer.name !== undefined && { FullName: plan.signer.name }) };
  }
  return metadata;
}

export function renderOutgoingMetadata(workspace: Workspace, file: PlanFile, options: OutgoingMetadataOptions): string {
  return `${stringifyIndented(outgoingMetadata(workspace, file, options))}\n`;
}
