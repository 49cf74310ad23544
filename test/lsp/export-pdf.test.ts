/**
 * The editor's PDF export: the same PDF for signature and Phụ lục VI sidecar as `kehoach build
 * --format pdf` (test/render/pdf.test.ts reads the PDF itself back), written through the server's
 * file system, refused for a plan with errors, and said in words when LibreOffice is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { buildPlan } from '../../server/src/lsp/export';
import { nodeFileSystem } from '../../server/src/lsp/file-system';
import { WriteError } from '../../server/src/node/atomic-write';
import type { BuildResult } from '../../server/src/lsp/protocol';
import { Workspace } from '../../server/src/model/workspace';
import { ConversionError, sofficeConverter } from '../../server/src/node/libreoffice';
import { CATALOG, PLAN_HEAD } from './fixtures';
import { MemoryFileSystem, startTestServer, type TestClient } from './harness';

const PLAN = `${PLAN_HEAD}\nThực hiện @KH30.\n\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 31/3/2023\n\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;

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
    const nowhere = sofficeConverter({ pathVariable: '', usualPlaces: [], names: ['soffice'] });
    const target = { workspace, file, planPath: '/ws/ke-hoach.kh', root: '/ws', calendar: WorkingCalendar.withUserOverrides([]) };
    const failure = await buildPlan('pdf', target, {}, fs, new Date('2023-03-05T00:00:00Z'), nowhere).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConversionError);
    expect((failure as ConversionError).words().vi).toContain('apt-get install libreoffice-writer-nogui');
    expect([...fs.written.keys()]).toEqual([]);
  });

  test('the editor is told LibreOffice is missing, in words with the install command, so it can offer the DOCX', async () => {
    const nowhere = sofficeConverter({ pathVariable: '', usualPlaces: [], names: ['soffice'] });
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
});
