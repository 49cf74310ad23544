/**
 * Neovim (Debian's, headless) drives the language server through its own LSP client: a plan opened
 * in a temporary workspace gets its diagnostics, a hover on its `hạn` line, completion by the words
 * of a document, and a catalog created on disk by another program is picked up without a restart
 * (Neovim 0.7 watches no files for the server, so the server watches them itself). The Lua side
 * (neovim-drive.lua) waits for each event with a deadline and writes what it saw to a file.
 *
 * Needs `nvim`: scripts/setup-neovim.sh installs it, and the test command runs that first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dedent, extractMarkers } from '../helpers/markers';
import { positionIn } from '../lsp/harness';
import { CATALOG, PLAN_HEAD } from '../lsp/fixtures';
import { type Bundles, bundleServerAndCli } from './bundle';

const WAIT_MS = 20_000;

let bundles: Bundles;
let home: string;

beforeAll(async () => {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) throw new Error('nvim is not installed: run scripts/setup-neovim.sh (npm test runs it)');
  bundles = await bundleServerAndCli();
  home = mkdtempSync(join(tmpdir(), 'kehoach-nvim-'));
}, 120_000);

afterAll(() => {
  rmSync(bundles.folder, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

interface Seen {
  steps: string[];
  error?: string;
  diagnostics_before?: string[];
  diagnostics_after?: string[];
  hover?: string;
  completion?: string[];
}

/** Runs Neovim on the driver with these parameters and returns what it wrote. */
function runNeovim(params: Record<string, unknown>): Promise<Seen> {
  const paramsPath = join(home, 'params.json');
  const resultsPath = join(home, 'results.json');
  writeFileSync(paramsPath, JSON.stringify({ ...params, results: resultsPath, wait_ms: WAIT_MS }));
  // Neovim's configuration, state and log go to the temporary home, never the user's.
  const env = { ...process.env, KEHOACH_NVIM_PARAMS: paramsPath, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: join(home, 'state'), XDG_CACHE_HOME: join(home, 'cache'), NVIM_LOG_FILE: join(home, 'nvim.log') };
  return new Promise((resolve, reject) => {
    const nvim = spawn('nvim', ['--headless', '--noplugin', '-n', '-i', 'NONE', '-u', join(__dirname, 'neovim-drive.lua')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    nvim.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    nvim.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // The driver's own deadlines end it long before this; this only stops a Neovim that hangs.
    const timer = setTimeout(() => nvim.kill('SIGKILL'), 4 * WAIT_MS);
    nvim.on('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(readFileSync(resultsPath, 'utf8')) as Seen);
      } catch {
        reject(new Error(`Neovim wrote no results (exit ${code ?? signal}): ${output}`));
      }
    });
  });
}

describe('Neovim with the language server', () => {
  test('diagnostics, hover on a hạn line, a catalog created on disk, completion', async () => {
    const workspace = join(home, 'ws');
    mkdirSync(workspace, { recursive: true });
    // The markers say where Neovim asks for the hover, and where it types a line and asks for completion.
    const { text, ranges } = extractMarkers(
      `${PLAN_HEAD}\nThực hiện @KH30, Sở xây dựng kế hoạch.\n\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo\n     chủ trì: Văn phòng\n     hạn: chậm nhất <|>01/4/2023\n<|>`,
    );
    const typed = 'Theo @dan van';
    const plan = join(workspace, 'ke-hoach.kh');
    writeFileSync(plan, text);
    const seen = await runNeovim({
      cmd: [process.execPath, bundles.server, '--stdio'],
      root: workspace,
      plan,
      catalog_path: join(workspace, 'danh-muc.kh'),
      catalog_text: dedent(CATALOG),
      hover_at: positionIn(text, ranges[0]!.start),
      typed,
      complete_at: { line: positionIn(text, ranges[1]!.start).line, character: typed.length },
    });
    expect(seen.error).toBeUndefined();
    expect(seen.steps).toEqual(['attached', 'diagnostics', 'hover', 'catalog', 'completion']);
    expect(seen.diagnostics_before).toContain('ref/unknown');
    expect(seen.diagnostics_after).not.toContain('ref/unknown');
    expect(seen.hover).toContain('Ngày cuối cùng: thứ Bảy 01/4/2023');
    expect(seen.hover).toContain('ngày làm việc cuối cùng: **thứ Sáu 31/3/2023**');
    expect(seen.completion?.[0]).toBe('KH30');
  }, 6 * WAIT_MS);
});
