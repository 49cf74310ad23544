/**
 * The tasks `kehoach import` reads in a plan's prose: each is written under its item with the
 * lead named before "chủ trì", the helpers after "phối hợp với" and the deadline the clause
 * states, its text the clause word for word; units come from the catalogs or are declared once
 * under an id nothing else has; what is not clear stays prose. Counted on the seed and on corpus
 * documents read by hand, and on the forms real plans write, with CRLF and CR line breaks too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import type { TaskDecl } from '../../server/src/model/ast';
import { fieldOf } from '../../server/src/model/walk';
import { Workspace } from '../../server/src/model/workspace';
import { isUnreadable } from '../../server/src/original/document';
import { knownDeclarations } from '../../server/src/original/known-declarations';
import { readOriginal } from '../../server/src/original/read/index';
import { readText } from '../../server/src/original/read/txt';
import { recognise, type ImportStructure } from '../../server/src/original/recognise';
import type { KnownUnit } from '../../server/src/original/recognise-tasks';
import { renderDocx } from '../../server/src/render/docx';
import { layoutPlan } from '../../server/src/render/layout';
import { parsePlan } from '../../server/src/syntax/parse';
import { bestCpuMs } from '../helpers/timing';

const URI = 'file:///ws/ke-hoach.kh';

function imported(text: string, structure: Partial<ImportStructure> = {}) {
  const recognition = recognise(readText(text).document, { structure: { units: [], documents: new Map(), taken: new Set(), ...structure } });
  const plan = parsePlan(URI, recognition.plan);
  const tasks = plan.declarations.filter((declaration): declaration is TaskDecl => declaration.kind === 'task');
  const units = Object.fromEntries(plan.declarations.filter((declaration) => declaration.kind === 'unit').map((unit) => [unit.id, unit.kind === 'unit' ? unit.name.text : '']));
  const shown = tasks.map((task) => ({
    id: task.id,
    text: task.title?.text,
    lead: fieldOf(task, 'lead')?.value.text,
    helpers: fieldOf(task, 'helpers')?.value.text,
    deadline: fieldOf(task, 'deadline')?.value.text,
  }));
  return { recognition, plan, tasks: shown, units };
}

const HEAD = [
  'UBND TỈNH PHÚ THỌ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ Y TẾ                  Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-SYT            Phú Thọ, ngày 05 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Phòng, chống dịch bệnh truyền nhiễm năm 2024',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Chủ động phòng, chống dịch bệnh, phối hợp chặt chẽ giữa các ngành.',
  'II. TỔ CHỨC THỰC HIỆN',
];
const TAIL = ['Nơi nhận:                 GIÁM ĐỐC', '- UBND tỉnh;', '- Lưu: VT.', '                          Nguyễn Văn An'];

function plan(...items: string[]): string {
  return `${[...HEAD, ...items, ...TAIL].join('\n')}\n`;
}

describe('tasks read from a plan’s prose', () => {
  it('the seed: Văn phòng Sở leads three tasks, two of them dated, under item 1 of "Tổ chức thực hiện"', () => {
    const { tasks, units, recognition } = imported(readFileSync(join(__dirname, '../fixtures/original/seed-plan.txt'), 'utf8'));
    expect(units).toEqual({ VPS: 'Văn phòng Sở' });
    expect(tasks).toEqual([
      { id: 'NV1', text: 'Văn phòng Sở chủ trì tham mưu triển khai thực hiện Kế hoạch', lead: '@VPS', helpers: undefined, deadline: undefined },
      { id: 'NV2', text: 'báo cáo 06 tháng đầu năm gửi trước ngày 01/6/2023', lead: '@VPS', helpers: undefined, deadline: 'trước ngày 01/6/2023' },
      { id: 'NV3', text: 'báo cáo năm gửi trước ngày 15/10/2023', lead: '@VPS', helpers: undefined, deadline: 'trước ngày 15/10/2023' },
    ]);
    // Item 2 dates two registrations without "chủ trì": they stay prose, and the report says so.
    expect(recognition.leftAsProse).toEqual({ leads: 0, deadlines: 2 });
    expect(recognition.counts).toMatchObject({ tasks: 3, units: 1, catalogUnits: 0 });
  });

  it.each([
    ['008-ca-mau-ubnd-2022-suc-khoe-hoc-duong', '"sự phối hợp chặt chẽ" of a Yêu cầu'],
    ['018-nghe-an-ubnd-2021-thi-dua-chi-thi-19', '"Kế hoạch tổ chức thực hiện như sau" and goals'],
    ['040-bac-giang-pgddt-hiep-hoa-2020-kh-phap-che', '"Tăng cường phối hợp với các cơ quan đơn vị" as a goal'],
    ['074-hau-giang-ubnd-2022-du-thao-ke-hoach-nong-thon-moi', 'the ban, ngành that "tổ chức thực hiện" in a goal'],
  ])('corpus %s assigns no task (%s): none is made up', (name) => {
    const { tasks, units } = imported(readFileSync(join(__dirname, `../corpus/docs/${name}.txt`), 'utf8'));
    expect(tasks).toEqual([]);
    expect(units).toEqual({});
  });

  it('reads the lead, the helpers the common names give and the deadline; a clause after ";" without a lead stays prose', () => {
    const { tasks, units, recognition } = imported(
      plan(
        '1. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Tài chính và UBND các huyện, thành phố tổ chức triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2024.',
        '2. Giao Sở Tư pháp chủ trì tổ chức tập huấn cho hòa giải viên trong quý III.',
        '3. Công an tỉnh là đơn vị chủ trì thực hiện các nội dung tại mục II, thời gian thực hiện: thường xuyên.',
        '4. Sở Thông tin và Truyền thông chủ trì hướng dẫn các cơ quan, đơn vị triển khai, hằng năm.',
        '5. Sở Y tế chủ trì kiểm tra chậm nhất ngày 30/6/2024.',
        '6. Sở Y tế chủ trì tổng kết, thời gian thực hiện: năm 2024.',
        '7. Sở Y tế chủ trì xây dựng kế hoạch trong năm 2024.',
      ),
    );
    expect(tasks).toEqual([
      {
        id: 'NV1',
        text: 'Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Tài chính và UBND các huyện, thành phố tổ chức triển khai Kế hoạch',
        lead: '@SYT',
        helpers: '@SGDDT, @STC, @UBNDCHTP',
        deadline: undefined,
      },
      { id: 'NV2', text: 'Giao Sở Tư pháp chủ trì tổ chức tập huấn cho hòa giải viên trong quý III.', lead: '@STP', helpers: undefined, deadline: 'trong quý III/2024' },
      { id: 'NV3', text: 'Công an tỉnh là đơn vị chủ trì thực hiện các nội dung tại mục II, thời gian thực hiện: thường xuyên.', lead: '@CAT', helpers: undefined, deadline: 'thường xuyên' },
      { id: 'NV4', text: 'Sở Thông tin và Truyền thông chủ trì hướng dẫn các cơ quan, đơn vị triển khai, hằng năm.', lead: '@STTTT', helpers: undefined, deadline: 'hằng năm' },
      { id: 'NV5', text: 'Sở Y tế chủ trì kiểm tra chậm nhất ngày 30/6/2024.', lead: '@SYT', helpers: undefined, deadline: 'chậm nhất ngày 30/6/2024' },
      { id: 'NV6', text: 'Sở Y tế chủ trì tổng kết, thời gian thực hiện: năm 2024.', lead: '@SYT', helpers: undefined, deadline: 'trong năm 2024' },
      // "trong năm 2024" alone may be the year the work is about: no deadline.
      { id: 'NV7', text: 'Sở Y tế chủ trì xây dựng kế hoạch trong năm 2024.', lead: '@SYT', helpers: undefined, deadline: undefined },
    ]);
    expect(units).toEqual({
      SYT: 'Sở Y tế',
      SGDDT: 'Sở Giáo dục và Đào tạo',
      STC: 'Sở Tài chính',
      UBNDCHTP: 'UBND các huyện, thành phố',
      STP: 'Sở Tư pháp',
      CAT: 'Công an tỉnh',
      STTTT: 'Sở Thông tin và Truyền thông',
    });
    expect(recognition.leftAsProse).toEqual({ leads: 0, deadlines: 1 });
  });

  it('leaves ambiguous clauses prose: two leads, a subject that tells of an act, a lead inside the sentence, a month already past', () => {
    const { tasks, recognition } = imported(
      plan(
        '1. Sở Tài chính, Sở Nội vụ chủ trì rà soát kinh phí.',
        '2. Ban Chỉ đạo tỉnh đã chủ trì hội nghị sơ kết.',
        '3. Trên cơ sở đó, đề nghị Sở Y tế chủ trì tổng hợp.',
        '4. Các sở, ngành chủ động xây dựng kế hoạch.',
      ),
    );
    expect(tasks).toEqual([]);
    expect(recognition.leftAsProse.leads).toBe(3);
    // The plan is dated 05/3/2024: "trong tháng 2" has no year that is clearly meant, "trong quý I" is this one.
    const past = imported(plan('1. Sở Y tế chủ trì tổng kết trong tháng 2.', '2. Sở Y tế chủ trì sơ kết trong quý I.'));
    expect(past.tasks.map((task) => task.deadline)).toEqual([undefined, 'trong quý I/2024']);
  });

  it('under a heading that names a unit ("Sở Y tế:", "Trách nhiệm của Công an tỉnh"), the items that open with "Chủ trì" are its tasks, until an item as high as the heading', () => {
    const { tasks, units, recognition } = imported(
      plan(
        '1. Sở Y tế:',
        '- Chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn trước ngày 30/6/2024.',
        '- Hướng dẫn các cơ sở y tế thực hiện.',
        '2. Ban Quản lý dự án:',
        'a) Chủ trì lập hồ sơ, thời gian thực hiện: quý IV/2024.',
        '3. Trách nhiệm của các địa phương',
        '- Chủ trì tuyên truyền trên địa bàn.',
        '4. Trách nhiệm của Công an tỉnh',
        '- Chủ trì bảo đảm an ninh, trật tự, thường xuyên.',
      ),
    );
    expect(tasks).toEqual([
      { id: 'NV1', text: 'Chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn trước ngày 30/6/2024.', lead: '@SYT', helpers: '@STC', deadline: 'trước ngày 30/6/2024' },
      { id: 'NV2', text: 'Chủ trì lập hồ sơ, thời gian thực hiện: quý IV/2024.', lead: '@BQLDA', helpers: undefined, deadline: 'trong quý IV/2024' },
      { id: 'NV3', text: 'Chủ trì bảo đảm an ninh, trật tự, thường xuyên.', lead: '@CAT', helpers: undefined, deadline: 'thường xuyên' },
    ]);
    expect(units).toEqual({ SYT: 'Sở Y tế', STC: 'Sở Tài chính', BQLDA: 'Ban Quản lý dự án', CAT: 'Công an tỉnh' });
    // "3." names no unit: its "Chủ trì …" has no lead it could read.
    expect(recognition.leftAsProse.leads).toBe(1);
  });

  it('keeps the clause as the task’s text as written, an "@" of an address included', () => {
    const { tasks } = imported(plan('1. Sở Y tế chủ trì tiếp nhận phản ánh qua hộp thư syt@phutho.gov.vn.'));
    expect(tasks.map((task) => task.text)).toEqual(['Sở Y tế chủ trì tiếp nhận phản ánh qua hộp thư syt@phutho.gov.vn.']);
  });

  it('two deadlines in one clause without parts give the task none; an item of one unpunctuated line gets no task', () => {
    const { tasks } = imported(plan('1. Sở Y tế chủ trì tổ chức kiểm tra trước ngày 30/6/2024 và trước ngày 30/11/2024.', '2. Sở Y tế chủ trì tổ chức tập huấn'));
    expect(tasks).toEqual([{ id: 'NV1', text: 'Sở Y tế chủ trì tổ chức kiểm tra trước ngày 30/6/2024 và trước ngày 30/11/2024.', lead: '@SYT', helpers: undefined, deadline: undefined }]);
  });

  it('names the catalogs’ units by their ids, by name or short name, with or without diacritics, and makes no id the workspace has', () => {
    const known: KnownUnit[] = [
      { id: 'YTE', names: ['Sở Y tế'] },
      { id: 'UBND', names: ['Ủy ban nhân dân tỉnh', 'UBND tỉnh'] },
    ];
    const { tasks, units, recognition } = imported(
      plan('1. So Y te chu tri, phoi hop voi UBND tỉnh tổ chức triển khai.', '2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tuyên truyền.', '3. Ủy ban nhân dân tỉnh chủ trì chỉ đạo chung.'),
      { units: known, taken: new Set(['SGDDT', 'NV1', 'YTE', 'UBND']) },
    );
    expect(tasks.map((task) => [task.id, task.lead, task.helpers])).toEqual([
      ['NV2', '@YTE', '@UBND'],
      ['NV3', '@SGDDT2', '@YTE'],
      ['NV4', '@UBND', undefined],
    ]);
    expect(units).toEqual({ SGDDT2: 'Sở Giáo dục và Đào tạo' });
    expect(recognition.counts).toMatchObject({ units: 1, catalogUnits: 2, tasks: 3 });

    // The name written with its province is the catalog's unit; "Sở Y tế tỉnh" is no new unit.
    const withProvince = imported(plan('1. Sở Y tế tỉnh Phú Thọ chủ trì, phối hợp với Sở Tài chính tỉnh và UBND tỉnh tổ chức triển khai.'), { units: known, taken: new Set(['YTE', 'UBND']) });
    expect(withProvince.tasks.map((task) => [task.lead, task.helpers])).toEqual([['@YTE', '@STC, @UBND']]);
    expect(withProvince.units).toEqual({ STC: 'Sở Tài chính' });
  });

  it('a sample plan built to Word and imported back: the dated tasks its prose states are the ones written by hand, led by the catalog’s unit', async () => {
    const folder = join(__dirname, '../../samples/quang-ngai-dan-van-2023');
    const catalogUri = 'file:///mau/danh-muc.kh';
    const planUri = 'file:///mau/ke-hoach.kh';
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile(catalogUri, readFileSync(join(folder, 'danh-muc.kh'), 'utf8'));
    const written = workspace.setFile(planUri, readFileSync(join(folder, 'ke-hoach.kh'), 'utf8'));
    const byHand = written.declarations
      .filter((declaration): declaration is TaskDecl => declaration.kind === 'task')
      .map((task) => [fieldOf(task, 'lead')?.value.text, fieldOf(task, 'deadline')?.value.text.replace(/^trước (?=\d)/u, 'trước ngày ')]);
    const docx = await renderDocx(layoutPlan(workspace, written), { timestamp: new Date(0) });
    const original = await readOriginal(docx, 'docx');
    if (isUnreadable(original)) throw new Error(original.message.en);
    workspace.removeFile(planUri);
    const recognition = recognise(original, { structure: knownDeclarations(workspace, 'file:///mau/nhap.kh') });
    const imported = parsePlan('file:///mau/nhap.kh', recognition.plan).declarations.filter((declaration): declaration is TaskDecl => declaration.kind === 'task');
    const dated = imported.filter((task) => fieldOf(task, 'deadline')).map((task) => [fieldOf(task, 'lead')?.value.text, fieldOf(task, 'deadline')?.value.text]);
    expect(dated).toEqual([
      ['@VP', 'trước ngày 01/6/2023'],
      ['@VP', 'trước ngày 15/10/2023'],
    ]);
    for (const task of dated) expect(byHand).toContainEqual(task);
    expect(recognition.counts).toMatchObject({ tasks: 3, units: 0, catalogUnits: 1 });
  });

  it('reads no task in a document of another type, which tells what was done', () => {
    const report = plan('1. Sở Y tế chủ trì tổ chức kiểm tra trước ngày 30/6/2024.').replace('KẾ HOẠCH', 'BÁO CÁO').replace('12/KH-SYT', '12/BC-SYT');
    expect(imported(report).tasks).toEqual([]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('with %s line breaks the plan checks with no syntax or reference error and every task has its lead', (_name, lineBreak) => {
    const text = plan(
      '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức triển khai Kế hoạch, báo cáo kết quả trước ngày 15/12/2024.',
      '- Giao Công an tỉnh chủ trì bảo đảm an ninh, trật tự, thường xuyên.',
    ).replace(/\n/gu, lineBreak);
    const { recognition } = imported(text);
    expect(recognition.counts.tasks).toBe(2);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile(URI, recognition.plan);
    const findings = checkFile(workspace, URI, { calendar: WorkingCalendar.withUserOverrides([]) });
    expect(findings.filter((finding) => finding.code.startsWith('syntax/') || finding.code.startsWith('ref/'))).toEqual([]);
    expect(findings.filter((finding) => finding.code === 'task/no-lead')).toEqual([]);
  });
});

/** As test/original/growth.test.ts holds a check of an original: eight times the input costs at most thirty times the time. */
describe('the task reading of hostile prose', () => {
  const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const SHAPES: [string, (size: number) => string][] = [
    ['one giant item of leads and helpers', (size) => plan(`1. ${repeat('Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ và ', size)}.`)],
    ['thousands of tasks', (size) => plan(...repeat('1. Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra trước ngày 30/6/2024.\n', size).split('\n'))],
    ['deadline words without end', (size) => plan(`1. Sở Y tế chủ trì ${repeat('trước ngày chậm nhất trong quý hằng thời gian : ', size)}`)],
    ['runs of blanks inside the phrases', (size) => plan(`1. Sở Y tế chủ trì trước${' '.repeat(size)}ngày 30/6/2024, thời gian${' '.repeat(size)}: thường xuyên.`)],
  ];
  const read = (text: string) => recognise(readText(text).document, { structure: { units: [], documents: new Map(), taken: new Set() } });

  it.each(SHAPES)('%s: read in time linear in its size', (_name, build) => {
    const small = build(8_000);
    const large = build(64_000);
    read(small);
    const smallTime = bestCpuMs(() => read(small));
    let largeTime = bestCpuMs(() => read(large));
    if (largeTime > 30 * smallTime + 25) largeTime = bestCpuMs(() => read(large));
    expect(largeTime, `64000 characters took ${largeTime.toFixed(0)} ms, 8000 took ${smallTime.toFixed(0)} ms`).toBeLessThan(30 * smallTime + 25);
  });
});
