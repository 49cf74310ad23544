/**
 * What is kept of a plan must not keep its whole text. In V8 a string cut from a longer one is a
 * view of it: a word remembered from a plan, or a declaration kept from a released tree, keeps the
 * plan's whole text alive. A language server holding a thousand plans held 20 MB of texts that
 * way after letting their trees go. Each case here keeps something of many large texts, lets
 * the texts go, collects the garbage and asks how much of the heap is still held.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../server/src/base/source';
import { Workspace } from '../../server/src/model/workspace';
import { plan } from '../check/helpers';

// The collector is reachable from a context made after the flag is set; the test's own is not.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const TEXTS = 200;
/** Vietnamese prose outside Latin-1, so V8 holds each text at two bytes a character. */
const FILLER = 'Triển khai thực hiện có hiệu quả các văn bản của Trung ương và của tỉnh về công tác dân vận chính quyền.\n';

async function heapUsedAfterCollecting(): Promise<number> {
  // A macrotask first: what the current job created stays alive until it ends.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** The bytes `texts` take in the heap as strings of two-byte characters. */
function stringBytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + 2 * text.length, 0);
}

describe('what is kept of a text does not keep the text', () => {
  it('a word whose fold is remembered', async () => {
    const before = await heapUsedAfterCollecting();
    let size = 0;
    (() => {
      const texts = Array.from({ length: TEXTS }, (_, i) => `Đơn vị chủ trì số ${i}\n${FILLER.repeat(400)}`);
      size = stringBytes(texts);
      // Each word is cut from its text, as the lexer cuts the first words of a line.
      for (const [i, text] of texts.entries()) expect(foldKey(text.slice(0, `Đơn vị chủ trì số ${i}`.length))).toBe(`don vi chu tri so ${i}`);
    })();
    const held = (await heapUsedAfterCollecting()) - before;
    expect(held, `${held} of ${size} bytes still held`).toBeLessThan(size / 10);
  });

  it('the declarations and references of a plan whose tree is released', async () => {
    const workspace = new Workspace();
    const planText = (i: number): string =>
      plan(`I. MỤC ĐÍCH\n${FILLER.repeat(200)}\nII. NỘI DUNG\n1. Phối hợp với @DONVITHAMGIALAU${i} và @VP; thực hiện @KHTRIENKHAILAU${i}.`).replace(
        'đơn vị VP: Văn phòng Sở',
        `đơn vị VP: Văn phòng Sở\nđơn vị DONVITHAMGIALAU${i}: Ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở số ${i}\nvăn bản KHTRIENKHAILAU${i}: Kế hoạch số ${i}/KH-UBND ngày 17/01/2023 của UBND tỉnh\n  trích yếu: về thực hiện quy chế dân chủ ở cơ sở`,
      );
    const before = await heapUsedAfterCollecting();
    let size = 0;
    (() => {
      const texts = Array.from({ length: TEXTS }, (_, i) => planText(i));
      size = stringBytes(texts);
      for (const [i, text] of texts.entries()) {
        workspace.setFile(`file:///ws/plan-${i}.kh`, text);
        workspace.releaseTree(`file:///ws/plan-${i}.kh`);
      }
    })();
    const held = (await heapUsedAfterCollecting()) - before;
    expect(held, `${held} of ${size} bytes still held`).toBeLessThan(size / 4);
    // What is kept still answers as the tree did, and the text comes back as it was given.
    const declared = workspace.resolveUnit('DONVITHAMGIALAU7', 'file:///ws/plan-0.kh')!;
    expect(declared.uri).toBe('file:///ws/plan-7.kh');
    expect(declared.declaration.name.text).toBe('Ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở số 7');
    const fresh = new Workspace().setFile('file:///ws/plan-7.kh', planText(7));
    const original = fresh.declarations.find((declaration) => declaration.id === 'DONVITHAMGIALAU7')!;
    expect(declared.declaration.idLoc.range).toEqual(original.idLoc.range);
    expect(declared.declaration.idLoc.start).toBe(original.idLoc.start);
    expect(workspace.referencedIds().has('KHTRIENKHAILAU7')).toBe(true);
    expect(workspace.getText('file:///ws/plan-7.kh')).toBe(planText(7));
  });

  it('a released text that its bytes could not give back is kept as it was given', () => {
    const workspace = new Workspace();
    // A lone surrogate, as an editor can send it: UTF-8 has no bytes for it.
    for (const text of [plan('1. Nội dung \ud800 còn dở.'), `\ufeff${plan('1. Tệp có dấu BOM.')}`]) {
      workspace.setFile('file:///ws/a.kh', text);
      workspace.releaseTree('file:///ws/a.kh');
      expect(workspace.getText('file:///ws/a.kh')).toBe(text);
      expect(workspace.getFile('file:///ws/a.kh')!.source.original).toBe(text);
    }
  });
});
