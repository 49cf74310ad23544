/**
 * The exact bytes of the DOCX of each sample and of a plan full of what XML must escape, against
 * the SHA-256 digests kept in golden/docx-bytes.json (of the whole package and of each part, so a
 * change says which part moved). The digests were taken when the docx package built and wrote
 * the whole document at once; the writer now streams document.xml block by block to bound its
 * memory, and these prove it writes the same bytes. Regenerate with UPDATE_GOLDEN=1 after
 * checking a change is wanted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../server/src/render/docx';
import { layoutPlan } from '../../server/src/render/layout';
import { loadSample, loadText, sampleNames } from './helpers';

const GOLDEN = join(__dirname, 'golden', 'docx-bytes.json');
const TIMESTAMP = new Date('2023-03-05T08:00:00Z');

/**
 * Every character the XML writer escapes or drops, in prose, names, fields and the annex table,
 * and a section (the annex) that ends in a table, which Word needs one more paragraph after.
 */
const ESCAPES_PLAN = `kế hoạch
  cơ quan chủ quản: UBND tỉnh "Quảng Ngãi" & <Sở>
  cơ quan: Sở Công Thương 'A&B'
  số: 05/KH-SCT
  nơi ban hành: Quảng Ngãi
  ngày: 05/3/2023
  trích yếu: Kiểm tra <an toàn> & "thực phẩm" năm 2023
  phụ lục: Danh mục nhiệm vụ & "đầu việc"

đơn vị VP: Văn phòng <Sở> & 'Tổ'
đơn vị SNV: Sở Nội vụ "mới"

I. Tổ chức thực hiện <chung> & riêng

1. @VP báo cáo [hạn BC] theo mẫu "A" & 'B', dấu < và > giữ nguyên; tab\tở giữa.
   nhiệm vụ BC: Báo cáo <kết quả> & "tiến độ"; chủ trì @VP; phối hợp @SNV; sản phẩm Báo cáo 'quý'; hạn trước 01/6/2023
   nhiệm vụ KT: Kiểm tra & đánh giá; chủ trì @SNV; sản phẩm Biên bản; hạn trước 01/9/2023
a) Nội dung ]]> và <![CDATA[ không phải là XML.

nơi nhận:
  - @SNV
  - Lưu: VT, VP & "Tổ"
ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn <A>
`;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function digests(load: () => ReturnType<typeof loadText>): Promise<{ zip: string; parts: Record<string, string> }> {
  const { workspace, file } = load();
  const zip = await renderDocx(layoutPlan(workspace, file), { timestamp: TIMESTAMP, title: 'Kế hoạch', author: 'Sở "A" & <B>' });
  const parts = Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, data]) => [path, sha256(data)]));
  return { zip: sha256(zip), parts };
}

const CASES: [string, () => ReturnType<typeof loadText>][] = [
  ...sampleNames().map((name): [string, () => ReturnType<typeof loadText>] => [name, () => loadSample(name)]),
  ['escapes', () => loadText(ESCAPES_PLAN)],
];

describe('DOCX bytes', () => {
  it('are the ones the docx package wrote for the whole document at once', async () => {
    const actual: Record<string, unknown> = {};
    for (const [name, load] of CASES) actual[name] = await digests(load);
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(join(__dirname, 'golden'), { recursive: true });
      writeFileSync(GOLDEN, text);
    }
    if (!existsSync(GOLDEN)) throw new Error(`No golden ${GOLDEN}: run UPDATE_GOLDEN=1 npx vitest run test/render/docx-bytes.test.ts, check it, commit it.`);
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
