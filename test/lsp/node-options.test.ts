/**
 * The Node options VS Code starts the server with (SERVER_NODE_OPTIONS) take effect: a process
 * started with them keeps its young generation within two halves of 8 MB however much short-lived
 * garbage it makes, where one started without them lets it grow to two halves of 16 MB.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol';

/** Makes garbage that survives a scavenge or two, as a check's findings and trees do, and prints the young generation's largest size in MB. */
const CHURN = `
const v8 = require('node:v8');
let window = [];
let largest = 0;
for (let round = 0; round < 6000; round++) {
  window.push(Array.from({ length: 200 }, (_, i) => ({ round, i, text: 'x' + i })));
  if (window.length > 100) window.shift();
  if (round % 50 === 0) largest = Math.max(largest, v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);
}
process.stdout.write(String(largest / 1048576));
`;

function youngGenerationMb(options: readonly string[]): number {
  return Number(execFileSync(process.execPath, [...options, '-e', CHURN], { encoding: 'utf8' }));
}

describe('the options the server process starts with', () => {
  it('keep its young generation to two halves of 8 MB', () => {
    expect(SERVER_NODE_OPTIONS).toContain('--max-semi-space-size=8');
    expect(youngGenerationMb(SERVER_NODE_OPTIONS)).toBeLessThanOrEqual(16);
    // Without them the same garbage grows it further, so the bound above is the options' doing.
    expect(youngGenerationMb([])).toBeGreaterThan(16);
  });
});
