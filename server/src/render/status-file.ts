/**
 * The status file a drafter keeps beside a plan, to pre-fill the report the plan asks for
 * (`kehoach report`): one line per task, its id, a colon and where it stands.
 *
 *   // Tiến độ Kế hoạch 25/KH-SCT
 *   BC6T: xong 30/5/2023
 *   BCN: đang làm
 *   DKMH: chậm: chờ hướng dẫn của Sở Nội vụ
 *
 * The words are read folded (with or without diacritics, any case) and in English: `xong`,
 * `hoàn thành`, `done` with the day it was done; `đang làm`, `đang thực hiện`, `in progress`;
 * `chậm`, `late` with the reason. Blank lines and `//` comments are skipped. Every line that
 * cannot be read gets a message with its line and column, and the others are still read; the
 * text is read once, line by line, in time linear in its size.
 */
import type { CivilDate } from '../base/civil-date';
import type { Message } from '../base/diagnostic';
import { foldKey } from '../base/source';
import { planDateBounds } from '../deadline/plan-date';

export type TaskStatus = { kind: 'done'; on: CivilDate } | { kind: 'in-progress' } | { kind: 'late'; reason: string };

export interface StatusProblem {
  /** 1-based, as editors and `kehoach check` show positions. */
  line: number;
  column: number;
  message: Message;
}

export interface StatusFile {
  statuses: Map<string, TaskStatus>;
  problems: StatusProblem[];
}

const DONE = ['xong', 'hoan thanh', 'da hoan thanh', 'done'];
const IN_PROGRESS = ['dang lam', 'dang thuc hien', 'in progress'];
const LATE = ['cham', 'cham tien do', 'late'];

/** The longest of `words` that `folded` starts with as a whole word, if any. */
function leadingWord(folded: string, words: readonly string[]): string | undefined {
  return words
    .filter((word) => folded === word || (folded.startsWith(word) && /[\s:,;.]/.test(folded[word.length]!)))
    .sort((a, b) => b.length - a.length)[0];
}

/** Reads the status file; `knownTasks` are the plan's task ids, so a typo is said, not skipped silently. */
export function readStatusFile(text: string, knownTasks: ReadonlySet<string>): StatusFile {
  const statuses = new Map<string, TaskStatus>();
  const problems: StatusProblem[] = [];
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const indent = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    const say = (column: number, message: Message): void => void problems.push({ line, column: column + 1, message });
    const colon = trimmed.indexOf(':');
    const id = colon < 0 ? '' : trimmed.slice(0, colon).trim();
    if (colon < 0 || !/^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/.test(id)) {
      say(indent, {
        vi: 'Mỗi dòng là "<mã nhiệm vụ>: <tình hình>", ví dụ "BC6T: xong 30/5/2023".',
        en: 'Each line reads "<task id>: <status>", e.g. "BC6T: done 30/5/2023".',
      });
      return;
    }
    if (!knownTasks.has(id)) {
      say(indent, { vi: `Kế hoạch không có nhiệm vụ ${id}.`, en: `The plan has no task ${id}.` });
      return;
    }
    if (statuses.has(id)) {
      say(indent, { vi: `Nhiệm vụ ${id} đã có tình hình ở một dòng trước; giữ một dòng.`, en: `Task ${id} already has a status on an earlier line; keep one.` });
      return;
    }
    const restStart = indent + colon + 1;
    const rest = content.slice(restStart);
    const valueStart = restStart + (rest.length - rest.trimStart().length);
    const value = rest.trim();
    const folded = foldKey(value);
    const status = (words: readonly string[]): string | undefined => leadingWord(folded, words);
    const after = (word: string): string => value.slice(word.length).replace(/^[\s:,;.]+/u, '').trim();
    const done = status(DONE);
    const progress = status(IN_PROGRESS);
    const late = status(LATE);
    if (done) {
      const day = planDateBounds(after(done).replace(/^ngày\s+/iu, ''))?.exact;
      if (!day) {
        say(valueStart, {
          vi: `"${value}": ghi ngày hoàn thành dạng ngày/tháng/năm, ví dụ "xong 30/5/2023".`,
          en: `"${value}": give the day it was done as day/month/year, e.g. "done 30/5/2023".`,
        });
        return;
      }
      statuses.set(id, { kind: 'done', on: day });
    } else if (progress) {
      statuses.set(id, { kind: 'in-progress' });
    } else if (late) {
      const reason = after(late);
      if (reason === '') {
        say(valueStart, { vi: `"${value}": ghi lý do chậm, ví dụ "chậm: chờ hướng dẫn".`, en: `"${value}": give the reason, e.g. "late: waiting for guidance".` });
        return;
      }
      statuses.set(id, { kind: 'late', reason });
    } else {
      say(valueStart, {
        vi: `"${value}" không phải tình hình đọc được: viết "xong <ngày>", "đang làm" hoặc "chậm: <lý do>".`,
        en: `"${value}" is not a status: write "done <day>", "in progress" or "late: <reason>".`,
      });
    }
  });
  return { statuses, problems };
}
