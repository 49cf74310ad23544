/**
 * `kehoach init`: writes a starting kehoach.config.json in the working folder, pointing editors at
 * the JSON schema so they complete and check it. An existing configuration is never overwritten.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE_NAME } from '../config/config';
import { WriteError } from '../node/atomic-write';
import { writeNewFile } from '../node/new-file';
import { ioMessage } from '../node/io-messages';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';

export const STARTER_CONFIG = {
  $schema: './node_modules/kehoach/schemas/kehoach.config.schema.json',
  rules: {},
  ignore: [],
  language: 'vi',
};

export function defineInitCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('init')
    .description(`Tạo ${CONFIG_FILE_NAME} / write a starting ${CONFIG_FILE_NAME}`)
    .action(() => {
      const path = join(io.cwd, CONFIG_FILE_NAME);
      // lstat: a link there, even to nothing, is a configuration the user set up and is kept.
      if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) {
        io.stderr(`kehoach: ${CONFIG_FILE_NAME} đã có, không ghi đè / already exists, not overwritten\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      try {
        // A new file only: a configuration created while this ran is not replaced either.
        writeNewFile(path, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`);
      } catch (error) {
        const words =
          error instanceof WriteError && error.code === 'EEXIST'
            ? { vi: 'tệp vừa được tạo, không ghi đè', en: 'it was created meanwhile, not overwritten' }
            : error instanceof WriteError
              ? error.words()
              : ioMessage(error);
        io.stderr(`kehoach: không ghi được ${CONFIG_FILE_NAME}: ${words.vi} / cannot write it: ${words.en}\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      io.stdout(`Đã tạo / wrote ${CONFIG_FILE_NAME}\n`);
      setExitCode(EXIT_OK);
    });
}
