/**
 * Capitals in the names of documents (Nghị định 30/2020, Phụ lục II, V.6): a law is named with a
 * capital on its type and on the first syllable of its name, and on the proper names in it ("Luật
 * Tổ chức chính quyền địa phương", "Luật Tổ chức Chính phủ"). The names are those of the laws the
 * built-in catalog holds, so a common phrase that merely looks like a name ("luật pháp", "tổ chức
 * chính quyền") is never touched: only a known name written with other capitals is reported.
 */
import type { Finding } from '../base/diagnostic';
import { BUILTIN_ENTRIES } from '../cite/builtin-catalog';
import type { CheckContext } from './context';
import { PieceReading } from './memo';
import type { Analysis } from './rule';
import { finding, fix, proseSpans } from './support';

/** Law names by their first three words in lower case, longest first within each group. */
const LAW_NAMES = new Map<string, string[]>();
for (const entry of BUILTIN_ENTRIES) {
  const name = entry.subject;
  if (!name || !/^(?:Luật|Bộ luật|Pháp lệnh) /u.test(name) || !/^(?:Luật|Bộ luật|Pháp lệnh)$/u.test(entry.type)) continue;
  const key = name.toLowerCase().split(' ').slice(0, 3).join(' ');
  const list = LAW_NAMES.get(key) ?? [];
  if (!list.includes(name)) list.push(name);
  list.sort((a, b) => b.length - a.length);
  LAW_NAMES.set(key, list);
}

const NAME_START = /(?<![\p{L}\p{M}])(?:luật|bộ luật|pháp lệnh) \S+(?: \S+)?/giu;

/** The names of known laws in `text` (at normalised offset `base`) written with other capitals. */
function checkNames(context: CheckContext, text: string, base: number, findings: Finding[]): void {
  const { file } = context;
  for (const match of text.matchAll(NAME_START)) {
    const candidates = LAW_NAMES.get(match[0].toLowerCase().split(' ').slice(0, 3).join(' ').replace(/[,;.:]+$/u, ''));
    if (!candidates) continue;
    for (const name of candidates) {
      const written = text.slice(match.index, match.index + name.length);
      const after = text[match.index + name.length] ?? ' ';
      if (written.toLowerCase() !== name.toLowerCase() || /[\p{L}\p{M}]/u.test(after)) continue;
      // A heading in capitals keeps its capitals.
      if (written !== name && written !== written.toUpperCase()) {
        const location = file.source.locate(base + match.index, base + match.index + name.length);
        findings.push(
          finding(
            'capitalisation/document-name',
            {
              vi: `Tên văn bản viết hoa chữ đầu của loại văn bản, âm tiết đầu của tên và các danh từ riêng (Nghị định 30, Phụ lục II): "${name}".`,
              en: `A document's name capitalises its type, the first syllable of its name and the proper nouns in it (Decree 30, Annex II): "${name}".`,
            },
            location,
            [fix({ vi: `Sửa thành "${name}"`, en: `Change to "${name}"` }, [{ start: location.start, end: location.end, newText: name }], true)],
          ),
        );
      }
      break;
    }
  }
}

/** Names of laws in the prose and in the phrases of document declarations. */
export const capitalisationAnalysis: Analysis = (context: CheckContext): Finding[] => {
  const { file } = context;
  const findings: Finding[] = [];
  if (context.workspace.isBuiltin(file.uri)) return findings;
  for (const declaration of file.declarations) {
    if (declaration.kind === 'document') checkNames(context, declaration.phrase.text, declaration.phrase.base, findings);
  }
  if (file.isCatalog) return findings;
  // A span's findings depend on its text alone (the names are the built-in catalog's).
  const reading = new PieceReading<undefined>(context.memo, file.source, 'capitalisation/document-name', '');
  for (const span of proseSpans(file, context.memo)) {
    const compute = () => {
      const own: Finding[] = [];
      checkNames(context, span.text, span.start, own);
      return { findings: own, facts: undefined };
    };
    reading.read(span.text, span.start, compute, findings);
  }
  reading.finish();
  return findings;
};
