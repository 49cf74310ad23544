/**
 * Document types that plans cite, with the abbreviations their numbers carry.
 *
 * Three numbering systems meet in a plan: state administrative documents (Nghị định 30/2020/NĐ-CP,
 * Phụ lục III), legal normative documents (the same abbreviations, plus the year), and Party
 * documents (Hướng dẫn 36-HD/VPTW), whose abbreviations differ in a few places (Quy định is QyĐ for
 * the State and QĐi for the Party; Thông tri exists only for the Party; Party công văn carry CV).
 */
import { foldKey } from '../base/source';

export interface DocumentType {
  /** Canonical name as printed in a citation: "Kế hoạch". */
  name: string;
  /**
   * Abbreviation in a state or legal normative symbol (Phụ lục III); absent for Công văn and laws;
   * for an ordinance, the "PL" some of its numbers carry.
   */
  state?: string;
  /** Abbreviation in a Party symbol (Hướng dẫn 36-HD/VPTW), when the Party issues this type. */
  party?: string;
  /**
   * The type is numbered like a law, "10/2022/QH15": the symbol names only the issuing body (Quốc
   * hội or its Standing Committee), never the type.
   */
  lawLike?: boolean;
  /** Other spellings of the name, such as the older accent placement "thoả" for "thỏa". */
  aliases?: readonly string[];
  /**
   * "Văn bản": the word for any document, used when the type does not matter to the sentence
   * ("văn bản số 1676/BGDĐT-GDTrH"); any symbol fits it.
   */
  generic?: boolean;
}

/**
 * The table. Order does not matter for lookup (the longest name wins), but it follows Phụ lục III so
 * a reader can check it against the decree.
 */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Nghị quyết', state: 'NQ', party: 'NQ' },
  { name: 'Quyết định', state: 'QĐ', party: 'QĐ' },
  { name: 'Chỉ thị', state: 'CT', party: 'CT' },
  { name: 'Quy chế', state: 'QC', party: 'QC' },
  { name: 'Quy định', state: 'QyĐ', party: 'QĐi' },
  { name: 'Thông cáo', state: 'TC', party: 'TC' },
  { name: 'Thông báo', state: 'TB', party: 'TB' },
  { name: 'Hướng dẫn', state: 'HD', party: 'HD' },
  { name: 'Chương trình', state: 'CTr', party: 'CTr' },
  { name: 'Kế hoạch', state: 'KH', party: 'KH' },
  { name: 'Phương án', state: 'PA', party: 'PA' },
  { name: 'Đề án', state: 'ĐA', party: 'ĐA' },
  { name: 'Dự án', state: 'DA' },
  { name: 'Báo cáo', state: 'BC', party: 'BC' },
  { name: 'Biên bản', state: 'BB', party: 'BB' },
  { name: 'Tờ trình', state: 'TTr', party: 'TTr' },
  { name: 'Hợp đồng', state: 'HĐ' },
  { name: 'Công điện', state: 'CĐ' },
  { name: 'Bản ghi nhớ', state: 'BGN' },
  { name: 'Bản thỏa thuận', state: 'BTT', aliases: ['Bản thoả thuận'] },
  { name: 'Giấy ủy quyền', state: 'GUQ', aliases: ['Giấy uỷ quyền'] },
  { name: 'Giấy mời', state: 'GM', party: 'GM' },
  { name: 'Giấy giới thiệu', state: 'GGT', party: 'GGT' },
  { name: 'Giấy nghỉ phép', state: 'GNP' },
  { name: 'Phiếu gửi', state: 'PG', party: 'PG' },
  { name: 'Phiếu chuyển', state: 'PC', party: 'PC' },
  { name: 'Phiếu báo', state: 'PB' },
  // Công văn has no type abbreviation in a state symbol (4418/UBND-NC); Party công văn carry CV.
  { name: 'Công văn', party: 'CV' },
  { name: 'Văn bản', generic: true },
  // Kết luận is a Party type; inspection conclusions (Kết luận thanh tra) carry KL in state symbols too.
  { name: 'Kết luận', state: 'KL', party: 'KL' },
  { name: 'Thông tri', party: 'TT' },
  // Legal normative types that have their own abbreviation.
  { name: 'Nghị định', state: 'NĐ' },
  { name: 'Thông tư', state: 'TT' },
  { name: 'Thông tư liên tịch', state: 'TTLT' },
  { name: 'Nghị quyết liên tịch', state: 'NQLT' },
  // Types numbered like laws: the symbol names the National Assembly or its Standing Committee.
  { name: 'Hiến pháp', lawLike: true },
  { name: 'Luật', lawLike: true },
  { name: 'Bộ luật', lawLike: true },
  // Ordinances have been numbered both ways: 02/2020/UBTVQH14, and with their own abbreviation
  // before the Standing Committee, 34/2007/PL-UBTVQH11.
  { name: 'Pháp lệnh', state: 'PL', lawLike: true },
  // Copies (Phụ lục III) are cited rarely but carry their own abbreviation.
  { name: 'Bản sao y', state: 'SY' },
  { name: 'Bản trích sao', state: 'TrS' },
  { name: 'Bản sao lục', state: 'SL' },
];

/** Types keyed by folded name, so "ke hoach", "KẾ HOẠCH" and "Kế hoạch" find the same entry. */
const BY_FOLDED_NAME: ReadonlyMap<string, DocumentType> = new Map(
  DOCUMENT_TYPES.flatMap((type) => [type.name, ...(type.aliases ?? [])].map((name) => [foldKey(name), type] as const)),
);

/** Folded names, longest first, so "Thông tư liên tịch" wins over "Thông tư". */
export const FOLDED_TYPE_NAMES: readonly string[] = [...BY_FOLDED_NAME.keys()].sort((a, b) => b.length - a.length);

export interface TypeMatch {
  type: DocumentType;
  /** What follows the type name, trimmed: "phối hợp" in "Chương trình phối hợp"; absent when nothing does. */
  qualifier?: string;
}

/**
 * Finds the type a name designates, with or without diacritics and in any case. A name longer than
 * a type name ("Chương trình phối hợp", "Luật Thực hiện dân chủ ở cơ sở") is that type with a
 * qualifier, as long as the type name ends on a word boundary.
 */
export function findDocumentType(name: string): TypeMatch | undefined {
  const text = name.normalize('NFC').trim();
  const folded = foldKey(text);
  for (const key of FOLDED_TYPE_NAMES) {
    if (folded === key) return { type: BY_FOLDED_NAME.get(key)! };
    if (folded.startsWith(`${key} `)) {
      const words = key.split(' ').length;
      const qualifier = text.split(/\s+/).slice(words).join(' ');
      return { type: BY_FOLDED_NAME.get(key)!, qualifier };
    }
  }
  return undefined;
}

export type AbbreviationFamily = 'state' | 'party';

/**
 * The canonical spelling of a type abbreviation in a family, matched without regard to case
 * ("ctr" → "CTr") but with regard to diacritics, because "DA" (Dự án) and "ĐA" (Đề án) differ only
 * by the stroke.
 */
export function canonicalAbbreviation(written: string, family: AbbreviationFamily): string | undefined {
  const upper = written.normalize('NFC').toUpperCase();
  for (const type of DOCUMENT_TYPES) {
    const abbreviation = family === 'state' ? type.state : type.party;
    if (abbreviation !== undefined && abbreviation.toUpperCase() === upper) return abbreviation;
  }
  return undefined;
}
