/**
 * Adversarial plans of a chosen size, shared by the growth test (test/robustness/growth.test.ts)
 * and the growth bench (bench/growth.bench.ts). Each shape grows one hostile feature with the
 * input, inside an otherwise correct plan, so that every phase has real work to do on it: a blank
 * run is one run as long as the file, not many short ones, because a pattern that backtracks over
 * one run is quadratic in that run's length and linear in the number of runs.
 *
 * Sizes are in UTF-16 code units of the returned text; a shape may overshoot by one repeated unit.
 */
import { HEADER_LINES } from '../check/helpers';

export interface Shape {
  name: string;
  /** What grows, in words, for the bench's table. */
  grows: string;
  build(size: number): string;
}

const HEADER = HEADER_LINES.join('\n');

const UNITS = 'đơn vị VP: Văn phòng Sở\nđơn vị SNV: Sở Nội vụ\nđơn vị PKT: Phòng Kinh tế';
const RECIPIENTS = 'nơi nhận:\n  - @SNV\n  - @PKT\n  - Lưu: VT, VP';
const SIGNER = 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A';
const TASK = 'nhiệm vụ BC: Báo cáo kết quả\n  chủ trì: @VP\n  phối hợp: @SNV\n  gửi: @SNV\n  hạn: trước 01/6/2023';

interface PlanParts {
  header?: string;
  declarations?: string;
  body: string;
  recipients?: string;
  signer?: string;
}

/** A correct plan around the given parts, the parts left out taking the standard ones. */
function plan(parts: PlanParts): string {
  return [
    parts.header ?? HEADER,
    '',
    parts.declarations ?? UNITS,
    '',
    'I. Nội dung',
    '',
    parts.body,
    '',
    TASK,
    '',
    parts.recipients ?? RECIPIENTS,
    parts.signer ?? SIGNER,
    '',
  ].join('\n');
}

/** The frame alone, to know how much room the growing part has. */
const FRAME_SIZE = plan({ body: '' }).length;

function room(size: number, parts: number = 1): number {
  return Math.max(1, Math.floor((size - FRAME_SIZE) / parts));
}

/** `unit` repeated to fill `length` code units (at least once). */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length)));
}

function blanks(length: number): string {
  // Spaces with a tab now and then: the lexer and the formatter treat both as blanks.
  return repeatTo('       \t', length).slice(0, Math.max(1, length));
}

/** Roman numerals up to XXXIX, the highest a mục marker takes. */
function roman(value: number): string {
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return 'X'.repeat(Math.floor(value / 10)) + ones[value % 10]!;
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'blank-run-in-prose',
    grows: 'one run of blanks between prose words, with no colon after',
    build: (size) => {
      const run = room(size, 4);
      return plan({
        body: [
          `Hai từ${blanks(run)}chữ`,
          `văn bản${blanks(run)}KH30 nội dung`,
          `Ba từ ở${blanks(run)}đây: và tiếp`,
          `Dấu chấm${blanks(run)}. Rồi tiếp theo`,
        ].join('\n'),
      });
    },
  },
  {
    name: 'blank-run-in-fields',
    grows: 'runs of blanks inside field values of the header, a task, the recipients and the signer',
    build: (size) => {
      const run = room(size, 7);
      return plan({
        header: HEADER.replace('ngày: 17/02/2023', `ngày: 17/02/${blanks(run)}2023`),
        body: [
          'nhiệm vụ BL: Tổng hợp',
          `  chủ trì: @VP${blanks(run)}`,
          `  phối hợp: @SNV${blanks(run)}, @PKT`,
          `  hạn: trong${blanks(run)}3 ngày`,
          `  sản phẩm: Báo cáo${blanks(run)}tổng hợp`,
        ].join('\n'),
        recipients: `nơi nhận:\n  - Sở${blanks(run)}Nội vụ;x\n  - @SNV\n  - @PKT\n  - Lưu: VT, VP`,
        signer: `ký: KT. GIÁM ĐỐC /${blanks(run)}/ Nguyễn Văn A`,
      });
    },
  },
  {
    name: 'blank-run-in-headings',
    grows: 'runs of blanks after and inside item markers and headings',
    build: (size) => {
      const run = room(size, 5);
      return plan({
        body: [
          `1.${blanks(run)}Nội dung khoản`,
          `a)${blanks(run)}Nội dung điểm`,
          `-${blanks(run)}Nội dung gạch đầu dòng`,
          `2. Khoản${blanks(run)}thứ hai`,
          `II.${blanks(run)}Mục hai`,
        ].join('\n'),
      });
    },
  },
  {
    name: 'long-words',
    grows: 'words without a blank: in prose, as a field value, as an id after a keyword and after "["',
    build: (size) => {
      const run = room(size, 5);
      const letters = repeatTo('abcdefghiklmnopqrstuvxy', run).slice(0, run);
      return plan({
        body: [
          `Một từ ${letters} rất dài.`,
          `văn bản ${letters.toUpperCase()}`,
          `[hạn${letters}`,
          `@${letters}`,
          'nhiệm vụ LW: Tổng hợp',
          '  chủ trì: @VP',
          `  sản phẩm: ${letters}`,
        ].join('\n'),
      });
    },
  },
  {
    name: 'many-fixes',
    grows: 'one paragraph of "việc  làm " (a double space to fix every ten characters)',
    build: (size) => plan({ body: repeatTo('việc  làm ', room(size)).trimEnd() }),
  },
  {
    name: 'deadline-chain',
    grows: 'tasks each due one working day after the next one, the last with a date: every last day needs the whole chain after it',
    build: (size) => {
      const task = (i: number) => `nhiệm vụ C${i}: Bước ${i}\n  chủ trì: @VP\n  hạn: trong 1 ngày làm việc sau @C${i + 1}`;
      const count = Math.max(1, Math.floor(room(size) / (task(1000).length + 2)));
      const tasks = Array.from({ length: count }, (_, i) => task(i));
      tasks.push(`nhiệm vụ C${count}: Bước cuối\n  chủ trì: @VP\n  hạn: trước 01/3/2023`);
      return plan({ body: tasks.join('\n\n') });
    },
  },
  {
    name: 'many-items',
    grows: 'short items nested through every level, khoản to dấu cộng, over and over (10,000 at 64 KB)',
    build: (size) => {
      const items: string[] = [];
      let length = 0;
      for (let i = 0; length < room(size); i++) {
        // Khoản numbers have at most three digits, so every hundred khoản open a new mục.
        const khoan = (i % 100) + 1;
        const group = `${khoan === 1 && i > 0 ? `${roman(((i / 100) % 39) + 1)}. Mục\n` : ''}${khoan}. K\n${khoan}.1. K\na) Đ\n- G\n+ C\nb) Đ`;
        items.push(group);
        length += group.length + 1;
      }
      return plan({ body: items.join('\n') });
    },
  },
  {
    name: 'deep-numbering',
    grows: 'khoản numbered ever deeper (1., 1.1., 1.1.1., …) and back, so the tree is as deep as the text allows',
    build: (size) => {
      const items: string[] = [];
      let length = 0;
      let marker = '';
      while (length < room(size)) {
        marker += '1.';
        const item = `${marker} Khoản sâu`;
        items.push(item);
        length += item.length + 1;
      }
      return plan({ body: items.join('\n') });
    },
  },
  {
    name: 'many-paragraphs',
    grows: 'short paragraphs under one khoản',
    build: (size) => plan({ body: `1. Khoản\n\n${repeatTo('Đoạn văn.\n\n', room(size)).trimEnd()}` }),
  },
  {
    name: 'one-number-repeated',
    grows: 'khoản that all carry the number 1., each a duplicate to report and renumber',
    build: (size) => plan({ body: repeatTo('1. Khoản\n', room(size)).trimEnd() }),
  },
  {
    name: 'many-declarations',
    grows: 'unit declarations that nothing refers to',
    build: (size) => {
      const units: string[] = [UNITS];
      let length = 0;
      for (let i = 0; length < room(size); i++) {
        const unit = `đơn vị U${i}: Đơn vị số ${i}`;
        units.push(unit);
        length += unit.length + 1;
      }
      return plan({ declarations: units.join('\n'), body: 'Nội dung.' });
    },
  },
  {
    name: 'unknown-references',
    grows: 'references to ids nobody declared, each a little different, on a wrapped line',
    build: (size) => {
      const references: string[] = [];
      let length = 0;
      for (let i = 0; length < room(size); i++) {
        const reference = `@X${i}`;
        references.push(reference);
        length += reference.length + 1;
      }
      return plan({ body: `Các đơn vị:\n${references.join(' ')}` });
    },
  },
  {
    name: 'one-long-line',
    grows: 'one line of ordinary prose',
    build: (size) => plan({ body: repeatTo('Tăng cường công tác lãnh đạo, chỉ đạo và triển khai thực hiện. ', room(size)).trimEnd() }),
  },
  {
    name: 'citations-on-one-line',
    grows: 'citations written out in prose, all on one line',
    build: (size) => plan({ body: repeatTo('theo Quyết định số 12/QĐ-UBND ngày 01/02/2023 của UBND tỉnh, ', room(size)).trimEnd() }),
  },
  {
    name: 'letter-run-serial',
    grows: 'the letters after the serial of one cited number (30c…c/NQ-CP), each reported once',
    build: (size) => plan({ body: `theo Nghị quyết số 30${repeatTo('c', room(size))}/NQ-CP ngày 08/11/2011 của Chính phủ.` }),
  },
  {
    name: 'laws-by-name-on-one-line',
    grows: 'laws cited by name and date on one line, each with a long name, some without a date',
    build: (size) =>
      plan({ body: repeatTo('Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2016, Luật Tổ chức chính quyền địa phương và Luật ', room(size)).trimEnd() }),
  },
  {
    name: 'trailing-blanks',
    grows: 'blanks at the end of a prose line, a heading and a field',
    build: (size) => {
      const run = room(size, 3);
      return plan({
        body: [`Nội dung${blanks(run)}`, `2. Khoản hai${blanks(run)}`, 'nhiệm vụ TB: Tổng hợp', `  chủ trì: @VP${blanks(run)}`].join('\n'),
      });
    },
  },
  {
    name: 'many-references',
    grows: 'references to declared units on one line, with a lone "@" between',
    build: (size) => plan({ body: repeatTo('@VP, @SNV và @ @PKT; ', room(size)).trimEnd() }),
  },
  {
    name: 'many-deadline-references',
    grows: 'deadline references on one line, with unclosed and nested brackets between',
    build: (size) => plan({ body: repeatTo('[hạn BC] và [[hạn BC [hạn ', room(size)).trimEnd() }),
  },
];
