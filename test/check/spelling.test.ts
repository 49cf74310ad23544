/**
 * Spelling: real misspellings of administrative writing, each caught by its rule with its fix;
 * words the checks must leave alone (acronyms, codes, numbers, foreign words, minority names, both
 * standard styles of tone marks); the syllable grammar itself; and every sample and every corpus
 * document without a finding the corpus keys do not list (the corpus precision test holds that).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/base/diagnostic';
import { applyFixes } from '../../server/src/check/fixes';
import { checkFile } from '../../server/src/check/index';
import { CONFUSIONS } from '../../server/src/check/spelling';
import { readSyllable, restyle } from '../../server/src/check/syllable';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { plan } from './helpers';

const URI = 'file:///ke-hoach.kh';
const calendar = new WorkingCalendar();

function spelling(text: string, toneStyle?: 'old' | 'new'): Diagnostic[] {
  const workspace = new Workspace();
  workspace.setFile(URI, text);
  return checkFile(workspace, URI, { calendar, ...(toneStyle ? { toneStyle } : {}) }).filter((diagnostic) => diagnostic.code.startsWith('spelling/'));
}

function fixed(text: string, diagnostic: Diagnostic): string {
  return applyFixes(text, diagnostic.fixes ?? []).text;
}

/** [sentence, the word or phrase caught, rule, the sentence after the fix (undefined: no fix)]. */
const MISSPELLINGS: [string, string, string, string | undefined][] = [
  ['Phối hợp với UBND tỉnhh triển khai.', 'tỉnhh', 'spelling/syllable', undefined],
  ['Tổ chức hoatj động tuyên truyền.', 'hoatj', 'spelling/syllable', 'Tổ chức hoạt động tuyên truyền.'],
  ['Kiểm tra việc thamf gia của các đơn vị.', 'thamf', 'spelling/syllable', 'Kiểm tra việc thàm gia của các đơn vị.'],
  ['Hướng dẫn thực hiện nhiệm vụ tóan học.', 'tóan', 'spelling/syllable', 'Hướng dẫn thực hiện nhiệm vụ toán học.'],
  ['Các sở, nghành liên quan.', 'nghành', 'spelling/syllable', undefined],
  ['Đánh gía kết quả thực hiện.', 'gía', 'spelling/syllable', 'Đánh giá kết quả thực hiện.'],
  ['Tăng cường công tác qủan lý.', 'qủan', 'spelling/syllable', 'Tăng cường công tác quản lý.'],
  ['Bảo đảm an toàn ngòai giờ.', 'ngòai', 'spelling/syllable', 'Bảo đảm an toàn ngoài giờ.'],
  ['Rà soát toàn bộ hồ sơ cuả đơn vị.', 'cuả', 'spelling/syllable', 'Rà soát toàn bộ hồ sơ của đơn vị.'],
  ['Cập nhật các văn bản quy pháp pháp luật.', 'quy pháp pháp luật', 'spelling/confusion', 'Cập nhật các văn bản quy phạm pháp luật.'],
  ['Kịp thời sử lý các vi phạm.', 'sử lý', 'spelling/confusion', 'Kịp thời xử lý các vi phạm.'],
  ['Nâng cao năng lực chuẩn đoán bệnh.', 'chuẩn đoán', 'spelling/confusion', 'Nâng cao năng lực chẩn đoán bệnh.'],
  ['Thực hiện sát nhập các thôn.', 'sát nhập', 'spelling/confusion', 'Thực hiện sáp nhập các thôn.'],
  ['Các đơn vị đề suất giải pháp.', 'đề suất', 'spelling/confusion', 'Các đơn vị đề xuất giải pháp.'],
  ['Tiếp tục cũng cố tổ chức bộ máy.', 'cũng cố', 'spelling/confusion', 'Tiếp tục củng cố tổ chức bộ máy.'],
  ['Sự nổ lực của cán bộ.', 'nổ lực', 'spelling/confusion', 'Sự nỗ lực của cán bộ.'],
  ['Trên đại bàn tỉnh.', 'đại bàn', 'spelling/confusion', 'Trên địa bàn tỉnh.'],
  ['Bổ xung kinh phí.', 'Bổ xung', 'spelling/confusion', 'Bổ sung kinh phí.'],
  ['Xây dựng trương trình công tác.', 'trương trình', 'spelling/confusion', 'Xây dựng chương trình công tác.'],
  // A character outside the Basic Multilingual Plane that is not a letter, or half of one, ends a word.
  ['Phối hợp với 😀tỉnhh triển khai.', 'tỉnhh', 'spelling/syllable', undefined],
  ['Phối hợp với \ud800tỉnhh triển khai.', 'tỉnhh', 'spelling/syllable', undefined],
  ['Tăng cường 𝐀 qủan lý.', 'qủan', 'spelling/syllable', 'Tăng cường 𝐀 quản lý.'],
];

describe('real misspellings', () => {
  it.each(MISSPELLINGS)('"%s": "%s" is caught by %s', (sentence, words, code, after) => {
    const text = plan(sentence);
    const found = spelling(text).filter((diagnostic) => diagnostic.code === code);
    expect(found.map((diagnostic) => text.slice(diagnostic.location.start, diagnostic.location.end))).toEqual([words]);
    if (after) expect(fixed(text, found[0]!)).toBe(plan(after));
    else expect(found[0]!.fixes ?? []).toEqual([]);
  });
});

describe('words the checks leave alone', () => {
  const clean = [
    'UBND tỉnh, HĐND huyện, Sở GD&ĐT, BCĐ 389 và Ban Chỉ đạo phối hợp.',
    'Thực hiện Quyết định số 1411/QĐ-UBND và Kế hoạch 30/KH-SCT.',
    'Liên hệ qua email vanphong@quangngai.gov.vn hoặc https://quangngai.gov.vn/van-ban.',
    'Sử dụng Zalo, Facebook, website, online, wifi, smartphone, camera, video, internet.',
    'Các huyện Krông Pắc, Đắk Lắk, Ea Súp, K’Bang, Chư Sê và đồng bào H’Mông.',
    'COVID-19, 5G, 2a, ĐVHC, TTg, CTr, QĐ, NĐ-CP và tỉnh Thừa Thiên Huế.',
    'Bảo đảm và đảm bảo quốc phòng, an ninh; hành chánh; lãnh vực; kìm chế.',
    'Cộng hòa, Ủy ban, thủy lợi, hòa giải, khỏe mạnh, quý, quỹ, thuở, khuỷu tay, giữa, gìn giữ, giếng.',
    'Các cô giáo cố gắng; chúng ta cũng cố gắng hoàn thành.',
    'Nghiêng, nghỉ, nghĩ, ngoằn ngoèo, khuya, quyết, quốc, quýt, gì, già, giặc.',
    // A letter outside the Basic Multilingual Plane is part of the word: "𝐀tỉnhh" is a name, not "tỉnhh".
    'Ký hiệu 𝐀tỉnhh.',
  ];
  it.each(clean)('%s', (sentence) => {
    expect(spelling(plan(sentence)).map((diagnostic) => diagnostic.message.en)).toEqual([]);
  });
});

describe('tone-mark style', () => {
  it('follows the style most of the document uses, with a safe fix', () => {
    const text = plan('Cộng hòa; hòa giải; thủy lợi; hoà nhập.');
    const found = spelling(text).filter((diagnostic) => diagnostic.code === 'spelling/tone-style');
    expect(found.map((diagnostic) => text.slice(diagnostic.location.start, diagnostic.location.end))).toEqual(['hoà']);
    expect(found[0]!.fixes![0]!.safe).toBe(true);
    expect(fixed(text, found[0]!)).toBe(plan('Cộng hòa; hòa giải; thủy lợi; hòa nhập.'));
  });

  it('follows the configured style, even when the document keeps to the other one', () => {
    const text = plan('Cộng hòa; thủy lợi.');
    expect(spelling(text, 'old').map((diagnostic) => fixed(text, diagnostic))).toEqual([plan('Cộng hoà; thủy lợi.'), plan('Cộng hòa; thuỷ lợi.')]);
    expect(spelling(text, 'new')).toEqual([]);
  });

  it('says nothing of a document in one style', () => {
    expect(spelling(plan('Cộng hoà; thuỷ lợi; hoà giải.'))).toEqual([]);
  });

  it('moves only the mark', () => {
    expect([restyle('hòa', 'old'), restyle('Thuỷ', 'new'), restyle('khoẻ', 'new'), restyle('hóa', 'new')]).toEqual(['hoà', 'Thủy', 'khỏe', 'hóa']);
  });
});

describe('the syllable grammar', () => {
  it('reads every syllable of a long administrative text', () => {
    const text =
      'căn cứ luật tổ chức chính quyền địa phương nghị định quy định chức năng nhiệm vụ quyền hạn cơ cấu ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai thực hiện tuyên truyền phổ biến giáo dục pháp luật nghiêm túc khẩn trương thường xuyên quyết liệt hiệu quả khuyến khích người dân doanh nghiệp tham gia giám sát phản biện xã hội nguyện vọng chuyển đổi số trực tuyến dịch vụ công thủ tục hành chính luyện tập huấn luyện quyển sách khuyết tật huỳnh quang oai nghiêm xoay chuyển ngoặt khoèo loằng ngoằng thuở xưa';
    for (const word of text.split(' ')) expect(readSyllable(word), word).not.toHaveProperty('kind');
  });

  it('names the place of a misplaced mark', () => {
    expect(readSyllable('tóan')).toEqual({ kind: 'mark-place', expected: 'toán' });
    expect(readSyllable('gìa')).toEqual({ kind: 'mark-place', expected: 'già' });
    expect(readSyllable('qúa')).toEqual({ kind: 'mark-place', expected: 'quá' });
  });
});

describe('verdicts remembered from word to word and file to file', () => {
  const misspelt = MISSPELLINGS.map(([sentence]) => sentence).join(' ');
  const alone = spelling(plan(misspelt)).map((diagnostic) => diagnostic.message.en);

  it('a plan gets the same findings after other plans were checked, in either case and form', () => {
    expect(alone.length).toBeGreaterThanOrEqual(MISSPELLINGS.length);
    spelling(plan(misspelt.toUpperCase()));
    spelling(plan(misspelt.normalize('NFD')));
    spelling(plan('Cộng hoà; thuỷ lợi; hoà giải; hòa nhập.'));
    expect(spelling(plan(misspelt)).map((diagnostic) => diagnostic.message.en)).toEqual(alone);
  });

  it('more distinct words than are kept change no finding', () => {
    // 40,000 distinct words of 2 to 5 letters (more than the verdicts kept), then the misspellings.
    const letters = 'bcdfghjklmnpqrstvwxz';
    const words = Array.from({ length: 40_000 }, (_, n) => {
      let word = 'x';
      for (let rest = n; rest > 0; rest = Math.floor(rest / letters.length)) word += letters[rest % letters.length];
      return word;
    });
    const text = plan(`${words.join(' ')}. ${misspelt}`);
    expect(spelling(text).map((diagnostic) => diagnostic.message.en)).toEqual(alone);
    expect(spelling(plan(misspelt)).map((diagnostic) => diagnostic.message.en)).toEqual(alone);
  });
});

describe('the list of confusions', () => {
  it('holds at least 200 entries, each with a reason, none twice, none that is itself right', () => {
    expect(CONFUSIONS.length).toBeGreaterThanOrEqual(200);
    const wrongs = CONFUSIONS.map((confusion) => confusion.wrong.toLowerCase());
    expect(new Set(wrongs).size).toBe(wrongs.length);
    for (const confusion of CONFUSIONS) {
      expect(confusion.reason.length, confusion.wrong).toBeGreaterThan(20);
      expect(confusion.wrong).not.toBe(confusion.right);
      expect(confusion.wrong).toBe(confusion.wrong.normalize('NFC'));
      // The right form reads as Vietnamese syllables, and is not caught by the list itself.
      for (const word of confusion.right.split(' ')) expect(readSyllable(word.toLowerCase()), `${confusion.right}: ${word}`).not.toHaveProperty('kind');
      expect(spelling(plan(`Thực hiện ${confusion.right} theo quy định.`)).map((d) => d.message.en), confusion.right).toEqual([]);
    }
  });
});

describe('the samples', () => {
  const root = join(__dirname, '..', '..', 'samples');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.kh'));
  it.each(files)('%s has no spelling finding', (name) => {
    const workspace = new Workspace();
    workspace.setFile(URI, readFileSync(join(root, name), 'utf8'));
    expect(checkFile(workspace, URI, { calendar }).filter((d) => d.code.startsWith('spelling/')).map((d) => d.message.en)).toEqual([]);
  });
});
