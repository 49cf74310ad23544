/// <reference types="mocha" />
/**
 * The entry the extension host loads, exactly as @vscode/test-electron would: it runs every bundled
 * `*.e2e.js` next to it with Mocha's TDD interface and settles when they are done. Each suite folder
 * (suite/, installed/) is bundled with its own copy of this entry.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.e2e.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end tests failed`)) : resolve()));
  });
}
