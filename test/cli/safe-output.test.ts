/**
 * The command line writes only where it was asked to, and never waits on a file that is not one:
 * - `build` refuses outputs that are symbolic links, `.kh` files, configuration files, read-only
 *   files or special files, wherever the folders on the way lead;
 * - `format` and `check --fix` keep a plan's permissions, group and owner, refuse a read-only
 *   plan, and leave linked files out of folders and globs unless --follow-symlinks;
 * - FIFOs, sockets and devices are refused with a message and exit 2, without being opened;
 * - errno failures are said in words in both languages.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WriteError, writeFileAtomic } from '../../server/src/node/atomic-write';
import { errnoMessage } from '../../server/src/node/io-messages';
import { readRegularFile } from '../../server/src/node/regular-file';
import { runCli, tempWorkspace } from '../helpers/cli';
import { SAMPLES_DIR, SEED_SAMPLE } from '../render/helpers';

const seedPlan = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'ke-hoach.kh'), 'utf8');
const seedCatalog = readFileSync(join(SAMPLES_DIR, SEED_SAMPLE, 'danh-muc.kh'), 'utf8');

/** A plan `format` renumbers, and the same plan formatted. */
const MESSY = 'I. Mục\nII. A\nII. B\n';
const FORMATTED = 'I. Mục\nII. A\nIII. B\n';
/** A plan with one safe fix (the space inside the number), and the same plan fixed. */
const DEFECT = 'văn bản KL120: Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị\n';
const FIXED = 'văn bản KL120: Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị\n';

const isRoot = process.getuid?.() === 0;
const hasFifos = process.platform !== 'win32';

/** A folder outside the workspace, for links that lead out of it. */
function elsewhere(files: Record<string, string>): string {
  return tempWorkspace(files);
}

/** Makes a FIFO and waits until it is there. */
async function makeFifo(path: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const made = spawn('mkfifo', [path], { stdio: 'ignore' });
    made.on('error', reject);
    made.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mkfifo exited ${code}`))));
  });
}

/**
 * A writer that opens the FIFO every few seconds: if the command under test ever waits on the
 * FIFO, this unblocks it (with nothing to read), so the test fails on its assertions instead of
 * hanging the whole run. While nothing reads the FIFO, the writer waits in its own open.
 */
const unblockers: ChildProcess[] = [];
function unblockLater(fifo: string): void {
  // Its own process group, so ending it ends the sleep it may be in as well.
  unblockers.push(spawn('sh', ['-c', 'while :; do sleep 3; : > "$0"; done', fifo], { stdio: 'ignore', detached: true }));
}

const servers: Server[] = [];

afterEach(() => {
  for (const child of unblockers.splice(0)) if (child.pid !== undefined) process.kill(-child.pid);
  for (const server of servers.splice(0)) server.close();
});

describe('kehoach build writes only where it may', () => {
  interface Case {
    name: string;
    /** Lays out the folder beyond the plan and its catalog; returns files that must not change. */
    arrange(root: string): string[];
    args: string[];
    vi: string;
    en: string;
  }
  const cases: Case[] = [
    {
      name: 'a default output that links to the plan',
      arrange: (root) => {
        mkdirSync(join(root, 'out'));
        symlinkSync('../ke-hoach.kh', join(root, 'out', 'ke-hoach.html'));
        return ['ke-hoach.kh'];
      },
      args: ['--format', 'html', 'ke-hoach.kh'],
      vi: 'Từ chối ghi out/ke-hoach.html: Đây là một liên kết tượng trưng (tới ../ke-hoach.kh); kehoach không ghi qua liên kết.',
      en: 'Refusing to write out/ke-hoach.html: This is a symbolic link (to ../ke-hoach.kh); kehoach does not write through links.',
    },
    {
      name: 'an -o that links out of the folder',
      arrange: (root) => {
        const outside = join(elsewhere({ 'v.json': '{"keep": true}\n' }), 'v.json');
        symlinkSync(outside, join(root, 'v.json'));
        return [outside];
      },
      args: ['--format', 'json', '-o', 'v.json', 'ke-hoach.kh'],
      vi: 'Từ chối ghi v.json: Đây là một liên kết tượng trưng (tới ',
      en: 'Refusing to write v.json: This is a symbolic link (to ',
    },
    {
      name: 'a link that loops on itself',
      arrange: (root) => {
        symlinkSync('loop.json', join(root, 'loop.json'));
        return [];
      },
      args: ['--format', 'json', '-o', 'loop.json', 'ke-hoach.kh'],
      vi: 'Từ chối ghi loop.json: Đây là một liên kết tượng trưng (tới loop.json)',
      en: 'Refusing to write loop.json: This is a symbolic link (to loop.json)',
    },
    {
      name: 'the workspace configuration',
      arrange: (root) => {
        writeFileSync(join(root, 'kehoach.config.json'), '{ "rules": {} }\n');
        return ['kehoach.config.json'];
      },
      args: ['-o', 'kehoach.config.json', '--format', 'json', 'ke-hoach.kh'],
      vi: 'Từ chối ghi kehoach.config.json: đó là tệp cấu hình mà kehoach đọc.',
      en: 'Refusing to write kehoach.config.json: it is a configuration file kehoach reads.',
    },
    {
      name: 'the configuration, reached through a linked folder',
      arrange: (root) => {
        writeFileSync(join(root, 'kehoach.config.json'), '{ "rules": {} }\n');
        symlinkSync('.', join(root, 'here'));
        return ['kehoach.config.json'];
      },
      args: ['-o', 'here/kehoach.config.json', '--format', 'json', 'ke-hoach.kh'],
      vi: 'đó là tệp cấu hình mà kehoach đọc.',
      en: 'it is a configuration file kehoach reads.',
    },
    {
      name: "the editor's settings",
      arrange: (root) => {
        mkdirSync(join(root, '.vscode'));
        writeFileSync(join(root, '.vscode', 'settings.json'), '{ "kehoach.language": "en" }\n');
        return ['.vscode/settings.json'];
      },
      args: ['-o', '.vscode/settings.json', '--format', 'json', 'ke-hoach.kh'],
      vi: 'Từ chối ghi .vscode/settings.json: đó là tệp cấu hình mà kehoach đọc.',
      en: 'Refusing to write .vscode/settings.json: it is a configuration file kehoach reads.',
    },
    {
      name: 'a .kh file reached through a linked folder',
      arrange: (root) => {
        symlinkSync('.', join(root, 'here'));
        return ['ke-hoach.kh', 'danh-muc.kh'];
      },
      args: ['-o', 'here/danh-muc.kh', '--force', 'ke-hoach.kh'],
      vi: 'đó là (hoặc sẽ là) một tệp nguồn .kh.',
      en: 'it is (or would be) a .kh source.',
    },
    {
      name: 'an annex file that is another plan\'s PDF in the same build',
      arrange: (root) => {
        writeFileSync(join(root, 'ke-hoach.phu-luc.kh'), seedPlan);
        return ['ke-hoach.kh', 'ke-hoach.phu-luc.kh'];
      },
      args: ['--format', 'pdf', '--annex-file', '.'],
      vi: 'ke-hoach.kh và ke-hoach.phu-luc.kh sẽ ghi cùng một tệp out/ke-hoach.phu-luc.pdf',
      en: 'ke-hoach.kh and ke-hoach.phu-luc.kh would write the same out/ke-hoach.phu-luc.pdf',
    },
    {
      name: 'the original document beside the plan under its name',
      arrange: (root) => {
        writeFileSync(join(root, 'ke-hoach.docx'), 'the Word document the plan was imported from\n');
        return ['ke-hoach.docx'];
      },
      args: ['--format', 'docx', '-o', 'ke-hoach.docx', '--force', 'ke-hoach.kh'],
      vi: 'Từ chối ghi ke-hoach.docx: đó có thể là văn bản gốc mà ke-hoach.kh được nhập từ.',
      en: 'Refusing to write ke-hoach.docx: it may be the original document ke-hoach.kh was imported from.',
    },
    {
      name: 'an original PDF beside the plan (one without the sidecar of a build)',
      arrange: (root) => {
        writeFileSync(join(root, 'ke-hoach.pdf'), '%PDF-1.7 the scanned original\n');
        return ['ke-hoach.pdf'];
      },
      args: ['--format', 'pdf', '-o', '.', 'ke-hoach.kh'],
      vi: 'Từ chối ghi ke-hoach.pdf: đó có thể là văn bản gốc',
      en: 'Refusing to write ke-hoach.pdf: it may be the original document',
    },
    {
      name: 'an output in a read-only folder',
      arrange: (root) => {
        mkdirSync(join(root, 'ky-so'));
        writeFileSync(join(root, 'ky-so', 'signed.html'), '<p>the signed copy</p>\n');
        chmodSync(join(root, 'ky-so'), 0o555);
        return ['ky-so/signed.html'];
      },
      args: ['--format', 'html', '-o', 'ky-so/signed.html', 'ke-hoach.kh'],
      vi: 'chỉ cho đọc; kehoach không ghi vào đó.',
      en: 'is read-only; kehoach does not write into it.',
    },
    {
      name: 'a read-only output',
      arrange: (root) => {
        writeFileSync(join(root, 'signed.html'), '<p>the signed copy</p>\n');
        chmodSync(join(root, 'signed.html'), 0o444);
        return ['signed.html'];
      },
      args: ['--format', 'html', '-o', 'signed.html', 'ke-hoach.kh'],
      vi: 'Từ chối ghi signed.html: Tệp chỉ cho đọc; kehoach không ghi đè tệp chỉ đọc.',
      en: 'Refusing to write signed.html: The file is read-only; kehoach does not replace read-only files.',
    },
  ];

  for (const { name, arrange, args, vi, en } of cases) {
    it(`refuses ${name}, in Vietnamese and in English, and writes nothing`, async () => {
      for (const [lang, expected] of [
        ['vi', vi],
        ['en', en],
      ] as const) {
        const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
        const kept = arrange(root).map((path) => (path.startsWith('/') ? path : join(root, path)));
        const before = kept.map((path) => readFileSync(path, 'utf8'));
        const links = [join(root, 'out', 'ke-hoach.html'), join(root, 'v.json'), join(root, 'loop.json')].filter(isLink);
        const run = await runCli(['build', '--lang', lang, ...args], root);
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toContain(expected);
        expect(run.stdout).toBe('');
        expect(kept.map((path) => readFileSync(path, 'utf8'))).toEqual(before);
        for (const link of links) expect(isLink(link), link).toBe(true);
      }
    });
  }

  it('follows a linked output folder and writes the document where it leads', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    const shared = elsewhere({});
    symlinkSync(shared, join(root, 'out'));
    const run = await runCli(['build', '--format', 'html', 'ke-hoach.kh'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(shared, 'ke-hoach.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(isLink(join(root, 'out'))).toBe(true);
  });

  it('says in its help what it never overwrites', async () => {
    const run = await runCli(['build', '--help'], tempWorkspace({}));
    expect(run.stdout).toContain('Không bao giờ ghi đè tệp .kh, kehoach.config.json, tệp chỉ đọc, hay ghi qua liên kết tượng trưng');
    expect(run.stdout).toContain('Never overwrites a .kh file, kehoach.config.json or a read-only file, nor writes through a symbolic link');
    expect(run.stdout).toContain('Never overwrites the original beside a plan under its name');
  });

  it('still replaces a document beside the plan of another kind or under another name', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog, 'ke-hoach.html': '<p>old</p>\n' });
    const run = await runCli(['build', '--format', 'html', '-o', 'ke-hoach.html', 'ke-hoach.kh'], root);
    expect(run.code, run.stderr).toBe(0);
    const docx = await runCli(['build', '-o', 'ban-sao.docx', 'ke-hoach.kh'], root);
    expect(docx.code, docx.stderr).toBe(0);
    expect((await runCli(['build', '-o', 'ban-sao.docx', 'ke-hoach.kh'], root)).code).toBe(0);
  });
});

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The two commands that rewrite plans, each with a plan it changes and what that plan becomes. */
const REWRITERS = [
  { name: 'format', args: ['format'], before: MESSY, after: FORMATTED },
  { name: 'check --fix', args: ['check', '--fix'], before: DEFECT, after: FIXED },
] as const;

describe.each(REWRITERS)('kehoach $name rewrites a plan and nothing else', ({ args, before, after }) => {
  it('keeps the permissions and the group of the plan', async () => {
    const root = tempWorkspace({ 'a.kh': before });
    const path = join(root, 'a.kh');
    const otherGroup = isRoot ? 1 : process.getgroups?.().find((gid) => gid !== process.getgid?.());
    for (const mode of [0o640, 0o604, 0o755]) {
      writeFileSync(path, before);
      chmodSync(path, mode);
      if (otherGroup !== undefined) chownSync(path, statSync(path).uid, otherGroup);
      const gid = statSync(path).gid;
      const run = await runCli([...args, 'a.kh'], root);
      expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(after);
      expect(statSync(path).mode & 0o7777).toBe(mode);
      expect(statSync(path).gid).toBe(gid);
    }
  });

  it.skipIf(!isRoot)('keeps the owner when the system allows it', async () => {
    const root = tempWorkspace({ 'a.kh': before });
    const path = join(root, 'a.kh');
    chownSync(path, 1, 1);
    await runCli([...args, 'a.kh'], root);
    expect(readFileSync(path, 'utf8')).toBe(after);
    expect([statSync(path).uid, statSync(path).gid]).toEqual([1, 1]);
  });

  it('refuses a read-only plan with a message and leaves it as it was', async () => {
    for (const [lang, expected] of [
      ['vi', 'Tệp chỉ cho đọc; kehoach không ghi đè tệp chỉ đọc.'],
      ['en', 'The file is read-only; kehoach does not replace read-only files.'],
    ] as const) {
      const root = tempWorkspace({ 'a.kh': before });
      chmodSync(join(root, 'a.kh'), 0o444);
      const run = await runCli([...args, '--lang', lang, 'a.kh'], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('a.kh: ');
      expect(run.stderr).toContain(expected);
      expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(before);
      expect(statSync(join(root, 'a.kh')).mode & 0o777).toBe(0o444);
    }
  });

  it('rewrites a plan named through a link where it is, and leaves the link a link', async () => {
    const outside = elsewhere({ 'far.kh': before });
    const root = tempWorkspace({});
    symlinkSync(join(outside, 'far.kh'), join(root, 'near.kh'));
    await runCli([...args, 'near.kh'], root);
    expect(readlinkSync(join(root, 'near.kh'))).toBe(join(outside, 'far.kh'));
    expect(readFileSync(join(outside, 'far.kh'), 'utf8')).toBe(after);
  });

  for (const [expansion, pattern] of [
    ['a folder', '.'],
    ['a glob', '**/*.kh'],
  ] as const) {
    it(`leaves linked files out of ${expansion} unless --follow-symlinks`, async () => {
      const outside = elsewhere({ 'far.kh': before, 'deep/deeper.kh': before });
      const root = tempWorkspace({ 'a.kh': before });
      symlinkSync(join(outside, 'far.kh'), join(root, 'linked.kh'));
      symlinkSync(join(outside, 'deep'), join(root, 'deep'));
      const run = await runCli([...args, pattern], root);
      expect(run.stderr).not.toContain('linked.kh');
      expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(after);
      expect(readFileSync(join(outside, 'far.kh'), 'utf8')).toBe(before);
      expect(readFileSync(join(outside, 'deep', 'deeper.kh'), 'utf8')).toBe(before);

      await runCli([...args, '--follow-symlinks', pattern], root);
      expect(readFileSync(join(outside, 'far.kh'), 'utf8')).toBe(after);
      expect(readFileSync(join(outside, 'deep', 'deeper.kh'), 'utf8')).toBe(after);
      expect(isLink(join(root, 'linked.kh'))).toBe(true);
    });
  }

  it('follows links through a loop of links once, and ends', async () => {
    const root = tempWorkspace({ 'sub/a.kh': before });
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('.', join(root, 'self'));
    const run = await runCli([...args, '--follow-symlinks', '**/*.kh'], root);
    expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
    expect(readFileSync(join(root, 'sub', 'a.kh'), 'utf8')).toBe(after);
  });
});

describe.skipIf(!hasFifos)('FIFOs, sockets and devices are refused without being opened', () => {
  const commands = [
    ['check', 'p.kh'],
    ['check', '--fix', 'p.kh'],
    ['format', 'p.kh'],
    ['format', '--check', 'p.kh'],
    ['build', 'p.kh'],
  ];

  for (const command of commands) {
    it(`kehoach ${command.join(' ')} on a FIFO says so and exits 2`, async () => {
      const root = tempWorkspace({});
      await makeFifo(join(root, 'p.kh'));
      unblockLater(join(root, 'p.kh'));
      for (const [lang, expected] of [
        ['vi', 'Đây là một ống dẫn có tên (FIFO), không phải tệp thường'],
        ['en', 'This is a named pipe (FIFO), not a regular file'],
      ] as const) {
        const run = await runCli([...command.slice(0, -1), '--lang', lang, command.at(-1)!], root);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('p.kh');
        expect(run.stderr).toContain(expected);
      }
    });
  }

  it('a FIFO among the plans of a folder is passed over', async () => {
    const root = tempWorkspace({ 'a.kh': MESSY });
    await makeFifo(join(root, 'b.kh'));
    unblockLater(join(root, 'b.kh'));
    const run = await runCli(['format', '.'], root);
    expect(run).toMatchObject({ code: 0, stdout: 'a.kh\n' });
    expect(readFileSync(join(root, 'a.kh'), 'utf8')).toBe(FORMATTED);
  });

  it('a FIFO in place of the configuration or the .gitignore is refused, not waited on', async () => {
    const configured = tempWorkspace({ 'a.kh': DEFECT });
    await makeFifo(join(configured, 'kehoach.config.json'));
    unblockLater(join(configured, 'kehoach.config.json'));
    const run = await runCli(['check', 'a.kh'], configured);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kehoach.config.json');
    expect(run.stderr).toContain('Đây là một ống dẫn có tên (FIFO)');

    const ignoring = tempWorkspace({ 'a.kh': DEFECT });
    await makeFifo(join(ignoring, '.gitignore'));
    unblockLater(join(ignoring, '.gitignore'));
    expect((await runCli(['check', '.'], ignoring)).stdout).toContain('a.kh');
  });

  it('a FIFO as the output of build is refused', async () => {
    const root = tempWorkspace({ 'ke-hoach.kh': seedPlan, 'danh-muc.kh': seedCatalog });
    await makeFifo(join(root, 'out.json'));
    unblockLater(join(root, 'out.json'));
    const run = await runCli(['build', '--format', 'json', '-o', 'out.json', 'ke-hoach.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Từ chối ghi out.json: Đây là một ống dẫn có tên (FIFO)');
    expect(lstatSync(join(root, 'out.json')).isFIFO()).toBe(true);
  });

  it('a socket named as a plan is refused', async () => {
    const root = tempWorkspace({});
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(join(root, 's.kh'), resolve));
    const run = await runCli(['check', 's.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('s.kh: Đây là một socket, không phải tệp thường');
  });

  it('a link to an endless device is refused, never read', async () => {
    const root = tempWorkspace({});
    symlinkSync('/dev/zero', join(root, 'zero.kh'));
    const run = await runCli(['check', 'zero.kh'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('zero.kh: Đây là một thiết bị, không phải tệp thường');
  });
});

describe('file system failures are said in words', () => {
  interface Case {
    errno: string;
    arrange(root: string): string;
  }
  const cases: Case[] = [
    { errno: 'ENOENT', arrange: () => 'missing.kh' },
    {
      errno: 'ELOOP',
      arrange: (root) => {
        symlinkSync('loop.kh', join(root, 'loop.kh'));
        return 'loop.kh';
      },
    },
    {
      errno: 'ENOTDIR',
      arrange: (root) => {
        writeFileSync(join(root, 'a.kh'), DEFECT);
        return 'a.kh/b.kh';
      },
    },
    { errno: 'ENAMETOOLONG', arrange: () => `${'dài'.repeat(120)}.kh` },
  ];

  for (const { errno, arrange } of cases) {
    it(`${errno} reads as words in Vietnamese and in English, without Node's text`, async () => {
      const root = tempWorkspace({});
      const path = arrange(root);
      const words = errnoMessage(errno);
      for (const [lang, expected] of [
        ['vi', words.vi],
        ['en', words.en],
      ] as const) {
        const run = await runCli(['check', '--lang', lang, path], root);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(`${path}: ${expected}\n`);
      }
    });
  }

  it('every errno the command line can meet has its own words', () => {
    const codes = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EROFS', 'ENOSPC', 'EEXIST', 'EMFILE', 'EBUSY', 'ETXTBSY', 'EIO', 'EXDEV'];
    const seen = new Set<string>();
    for (const code of codes) {
      const words = errnoMessage(code);
      // The fallback names the code; a code with words does not need to.
      expect(words.vi, code).not.toContain(code);
      expect(words.en, code).not.toContain(code);
      expect(words.vi).not.toBe(words.en);
      seen.add(words.vi);
    }
    // Two codes share words only where they mean the same to the user (none in this list).
    expect(seen.size).toBe(codes.length);
    expect(errnoMessage('EWHATEVER')).toEqual({ vi: 'Lỗi vào/ra (mã EWHATEVER).', en: 'Input/output error (code EWHATEVER).' });
  });
});

describe('writeFileAtomic', () => {
  it('abandons the write when the file changed since it was read', () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-safe-'));
    const path = join(root, 'a.kh');
    writeFileSync(path, 'as read\n');
    const read = readRegularFile(path);
    if (!('stamp' in read)) throw new Error('the file should be readable');
    writeFileSync(path, 'typed meanwhile, a little longer\n');
    expect(() => writeFileAtomic(path, 'formatted\n', { unchangedSince: read.stamp })).toThrow(WriteError);
    expect(readFileSync(path, 'utf8')).toBe('typed meanwhile, a little longer\n');
    const again = readRegularFile(path);
    if (!('stamp' in again)) throw new Error('the file should be readable');
    writeFileAtomic(path, 'formatted\n', { unchangedSince: again.stamp });
    expect(readFileSync(path, 'utf8')).toBe('formatted\n');
  });

  it('gives a new file the permissions any new file gets (0666 less the umask)', () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-safe-'));
    writeFileSync(join(root, 'usual.json'), '{}\n');
    writeFileAtomic(join(root, 'new.json'), '{}\n');
    expect(statSync(join(root, 'new.json')).mode & 0o777).toBe(statSync(join(root, 'usual.json')).mode & 0o777);
  });
});

describe.skipIf(process.platform === 'win32')('the compile cache of bin/kehoach.js', () => {
  /** bin/kehoach.js over a one-line CLI bundle, run with its own temporary folder; the cache folder it would use. */
  function launcher(): { run: () => void; cache: string; tmp: string } {
    const install = mkdtempSync(join(tmpdir(), 'kehoach-bin-'));
    mkdirSync(join(install, 'bin'));
    mkdirSync(join(install, 'dist'));
    copyFileSync(join(__dirname, '..', '..', 'bin', 'kehoach.js'), join(install, 'bin', 'kehoach.js'));
    writeFileSync(join(install, 'dist', 'cli.js'), 'exports.main = async () => 0;\n');
    const tmp = mkdtempSync(join(tmpdir(), 'kehoach-tmp-'));
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env['NODE_DISABLE_COMPILE_CACHE'];
    delete env['NODE_COMPILE_CACHE'];
    const run = () => void execFileSync(process.execPath, [join(install, 'bin', 'kehoach.js')], { env, stdio: 'pipe' });
    return { run, cache: join(tmp, `kehoach-compile-cache-${process.getuid!()}`), tmp };
  }
  const filesUnder = (folder: string): string[] => readdirSync(folder, { recursive: true }).map(String);

  it('is a folder of the user alone (0700), and is used', () => {
    const { run, cache } = launcher();
    run();
    expect(lstatSync(cache).mode & 0o777).toBe(0o700);
    expect(filesUnder(cache).length).toBeGreaterThan(0);
  });

  it('is not used when another user could write into it, is a link, or belongs to someone else', () => {
    const writable = launcher();
    mkdirSync(writable.cache);
    chmodSync(writable.cache, 0o777);
    writable.run();
    expect(filesUnder(writable.cache)).toEqual([]);

    const linked = launcher();
    const planted = mkdtempSync(join(tmpdir(), 'kehoach-planted-'));
    symlinkSync(planted, linked.cache);
    linked.run();
    expect(filesUnder(planted)).toEqual([]);

    if (isRoot) {
      const theirs = launcher();
      mkdirSync(theirs.cache, { mode: 0o700 });
      chownSync(theirs.cache, 12345, 12345);
      theirs.run();
      expect(filesUnder(theirs.cache)).toEqual([]);
    }
  });
});
