/**
 * The editor's PDF export: the same PDF for signature and Phụ lục VI sidecar as `kehoach build
 * --format pdf` (test/render/pdf.test.ts reads the PDF itself back), written through the server's
 * file system, refused for a plan with errors, and said in words when LibreOffice is missing or
 * the setting kehoach.pdf.libreOffice names no soffice to run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { buildPlan, libreOfficeChoice } from '../../server/src/lsp/export';
import { nodeFileSystem } from '../../server/src/lsp/file-system';
import { WriteError } from '../../server/src/node/atomic-write';
import type { BuildResult } from '../../server/src/lsp/protocol';
import { Workspace } from '../../server/src/model/workspace';
import { ConversionError, sofficeConverter } from '../../server/src/node/libreoffice';
import { CATALOG, PLAN_HEAD } from './fixtures';
import { MemoryFileSystem, startTestServer, type TestClient } from './harness';

const PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 31/3/2023\n\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;

/** A search that finds no soffice, as on a machine without LibreOffice. */
const NOWHERE = { pathVariable: '', usualPlaces: [], names: ['soffice'] };

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

describe('PDF export from the editor', () => {
  test('writes the PDF and its sidecar under out/, and refuses a plan with errors', async () => {
    // The rendering tools are installed by scripts/setup-render-tools.sh (test/render/pdf.test.ts).
    expect(spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status, 'LibreOffice (soffice) is missing').toBe(0);
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG } });
    const file = await client.open('ke-hoach.kh', PLAN);
    const build = await client.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'pdf' });
    expect(build).toEqual({ path: '/ws/out/ke-hoach.pdf' });
    const pdf = client.fs.written.get('/ws/out/ke-hoach.pdf')!;
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const sidecar = JSON.parse(new TextDecoder().decode(client.fs.written.get('/ws/out/ke-hoach.pdf.json')!));
    expect(sidecar).toMatchObject({ TypeName: 'Kế hoạch', file: 'ke-hoach.pdf', source: 'ke-hoach.kh', SignerInfo: { FullName: 'Nguyễn Văn A' } });
    expect(sidecar.signatureFields.map((field: { name: string }) => field.name)).toEqual(['ChuKyNguoiKy', 'ChuKyCoQuan']);

    const broken = await client.open('loi.kh', `${PLAN_HEAD}\nThực hiện @KHONGCO.\n\nký: GIÁM ĐỐC / Nguyễn Văn A\n`);
    const refused = await client.request<BuildResult>('kehoach/build', { uri: broken.uri, format: 'pdf' });
    expect(refused.path).toBeUndefined();
    expect(refused.error).toMatch(/lỗi/);
    expect(client.fs.written.has('/ws/out/loi.pdf')).toBe(false);
  }, 120_000);

  test('a sidecar path that must not be written stops the export before the PDF is written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-export-'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'ke-hoach.kh'), PLAN);
    symlinkSync('../ke-hoach.kh', join(root, 'out', 'ke-hoach.pdf.json'));
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///ws/danh-muc.kh', CATALOG);
    const file = workspace.setFile('file:///ws/ke-hoach.kh', PLAN);
    const target = { workspace, file, planPath: join(root, 'ke-hoach.kh'), root, calendar: WorkingCalendar.withUserOverrides([]) };
    const neverCalled = async (): Promise<Uint8Array> => {
      throw new Error('LibreOffice must not run');
    };
    const failure = await buildPlan('pdf', target, {}, nodeFileSystem, new Date('2023-03-05T00:00:00Z'), neverCalled).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WriteError);
    expect((failure as WriteError).words().en).toContain('symbolic link (to ../ke-hoach.kh)');
    expect(existsSync(join(root, 'out', 'ke-hoach.pdf'))).toBe(false);
    expect(readFileSync(join(root, 'ke-hoach.kh'), 'utf8')).toBe(PLAN);
  });

  test('without LibreOffice rejects with the install command and writes nothing', async () => {
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///ws/danh-muc.kh', CATALOG);
    const file = workspace.setFile('file:///ws/ke-hoach.kh', PLAN);
    const fs = new MemoryFileSystem(new Map());
    const nowhere = sofficeConverter({ search: NOWHERE });
    const target = { workspace, file, planPath: '/ws/ke-hoach.kh', root: '/ws', calendar: WorkingCalendar.withUserOverrides([]) };
    const failure = await buildPlan('pdf', target, {}, fs, new Date('2023-03-05T00:00:00Z'), nowhere).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConversionError);
    expect((failure as ConversionError).words().vi).toContain('apt-get install libreoffice-writer-nogui');
    expect([...fs.written.keys()]).toEqual([]);
  });

  test('the editor is told LibreOffice is missing, in words with the install command, so it can offer the DOCX', async () => {
    const nowhere = sofficeConverter({ search: NOWHERE });
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG }, settings: { language: 'en' }, convert: nowhere });
    const file = await client.open('ke-hoach.kh', PLAN);
    const result = await client.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'pdf' });
    expect(result.missingLibreOffice).toBe(true);
    expect(result.path).toBeUndefined();
    expect(result.error).toMatch(/^The PDF could not be written: Building a PDF needs LibreOffice, but no soffice was found .*apt-get install libreoffice-writer-nogui/);
    expect([...client.fs.written.keys()]).toEqual([]);

    // Any other failure of the conversion is said as it is, with no offer of another format.
    const crashed = async (): Promise<Uint8Array> => {
      throw new ConversionError({ kind: 'exit', code: 81, signal: null, output: '' });
    };
    client.dispose();
    client = await startTestServer({ files: { 'danh-muc.kh': CATALOG }, convert: crashed });
    const again = await client.open('ke-hoach.kh', PLAN);
    const failed = await client.request<BuildResult>('kehoach/build', { uri: again.uri, format: 'pdf' });
    expect(failed.missingLibreOffice).toBeUndefined();
    expect(failed.error).toMatch(/^Không ghi được tệp PDF: /);
  });

  describe('the setting kehoach.pdf.libreOffice', () => {
    /** A temporary folder with `soffice` in it, as `mode` makes it: a script, a file that may not run, or a folder. */
    function sofficeAt(mode: 'script' | 'not-executable' | 'folder'): string {
      const folder = mkdtempSync(join(tmpdir(), 'kehoach-soffice-setting-'));
      const path = join(folder, 'soffice');
      if (mode === 'folder') mkdirSync(path);
      else {
        // It stops as LibreOffice stops on a fault, saying who it is, so the test knows which soffice ran.
        writeFileSync(path, '#!/bin/sh\necho "the configured soffice ran" >&2\nexit 3\n');
        chmodSync(path, mode === 'script' ? 0o755 : 0o644);
      }
      return path;
    }

    for (const [mode, vi, en] of [
      ['missing', 'nhưng không có tệp nào ở đó', 'but there is no file there'],
      ['folder', 'nhưng đó là một thư mục, không phải chương trình soffice', 'but that is a folder, not the soffice program'],
      ['not-executable', 'nhưng tệp đó không có quyền chạy', 'but that file may not be run (it is not executable)'],
    ] as const) {
      test(`a path where ${mode === 'missing' ? 'nothing is' : mode === 'folder' ? 'a folder is' : 'a file that may not run is'}: said with the path and the setting, the DOCX offered, nothing written`, async () => {
        const path = mode === 'missing' ? join(mkdtempSync(join(tmpdir(), 'kehoach-soffice-setting-')), 'khong-co', 'soffice') : sofficeAt(mode);
        client = await startTestServer({ files: { 'danh-muc.kh': CATALOG } });
        const file = await client.open('ke-hoach.kh', PLAN);
        const result = await client.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'pdf', libreOffice: path });
        expect(result).toEqual({
          error: `Không ghi được tệp PDF: kehoach.pdf.libreOffice chỉ tới "${path}", ${vi}. Hãy ghi ở kehoach.pdf.libreOffice đường dẫn của chương trình soffice của LibreOffice; không có kehoach.pdf.libreOffice thì soffice được tìm trong PATH và các thư mục cài đặt thường gặp.`,
          missingLibreOffice: true,
        });
        expect([...client.fs.written.keys()]).toEqual([]);

        client.dispose();
        client = await startTestServer({ files: { 'danh-muc.kh': CATALOG }, settings: { language: 'en' } });
        const inEnglish = await client.open('ke-hoach.kh', PLAN);
        const english = await client.request<BuildResult>('kehoach/build', { uri: inEnglish.uri, format: 'pdf', libreOffice: path });
        expect(english.error).toBe(
          `The PDF could not be written: kehoach.pdf.libreOffice names "${path}", ${en}. Give kehoach.pdf.libreOffice the path of LibreOffice's soffice program; without kehoach.pdf.libreOffice, soffice is looked for on PATH and in the usual install folders.`,
        );
        // The DOCX the editor offers instead is written as ever.
        const docx = await client.request<BuildResult>('kehoach/build', { uri: inEnglish.uri, format: 'docx', libreOffice: path });
        expect(docx).toEqual({ path: '/ws/out/ke-hoach.docx' });
        expect([...client.fs.written.keys()]).toEqual(['/ws/out/ke-hoach.docx']);
      });
    }

    test('a soffice at that path is the one run, not the one on PATH; a relative path is taken from the workspace root', async () => {
      const path = sofficeAt('script');
      client = await startTestServer({ files: { 'danh-muc.kh': CATALOG } });
      const file = await client.open('ke-hoach.kh', PLAN);
      const result = await client.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'pdf', libreOffice: path });
      // Its failure is a failure of the conversion, said as it is, with no offer of another format.
      expect(result).toEqual({ error: 'Không ghi được tệp PDF: LibreOffice dừng với mã 3 mà không tạo PDF: the configured soffice ran.' });
      expect([...client.fs.written.keys()]).toEqual([]);

      const relative = await client.request<BuildResult>('kehoach/build', { uri: file.uri, format: 'pdf', libreOffice: 'cong-cu/soffice' });
      expect(relative.error).toContain('kehoach.pdf.libreOffice chỉ tới "/ws/cong-cu/soffice", nhưng không có tệp nào ở đó.');
    });

    test('empty, blank or not text, it is no setting: soffice is searched for', () => {
      for (const blank of [undefined, '', '   ', 42, null, { path: '/opt/soffice' }]) {
        expect(libreOfficeChoice(blank, '/ws', NOWHERE), JSON.stringify(blank)).toEqual({ search: NOWHERE });
      }
      expect(libreOfficeChoice(' /opt/lo/program/soffice ', '/ws', NOWHERE)).toEqual({
        search: NOWHERE,
        configured: { path: '/opt/lo/program/soffice', setting: 'kehoach.pdf.libreOffice' },
      });
    });
  });
});
