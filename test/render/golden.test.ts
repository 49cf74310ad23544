/**
 * Golden outlines of the samples and of the plans of forms.ts: one line per printed block (role,
 * style marks, text), so a change in how a plan is laid out shows up as a readable diff.
 * Regenerate with UPDATE_GOLDEN=1 after checking the change is wanted.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPlan } from '../../server/src/render/layout';
import { FORMS } from './forms';
import { layoutOutline, loadSample, loadText, sampleNames } from './helpers';

const GOLDEN_DIR = join(__dirname, 'golden');

function expectGolden(name: string, outline: unknown): void {
  const path = join(GOLDEN_DIR, `${name}.json`);
  const text = `${JSON.stringify(outline, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, text);
  }
  if (!existsSync(path)) throw new Error(`No golden outline ${path}: run UPDATE_GOLDEN=1 npx vitest run test/render, check it, commit it.`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('golden outlines of the samples', () => {
  it.each(sampleNames())('%s', (name) => {
    const { workspace, file } = loadSample(name);
    expectGolden(name, layoutOutline(layoutPlan(workspace, file)));
  });
});

describe('golden outlines of the forms drafters write', () => {
  it.each(Object.keys(FORMS))('%s', (name) => {
    const { workspace, file } = loadText(FORMS[name]!);
    expectGolden(`forms-${name}`, layoutOutline(layoutPlan(workspace, file)));
  });
});
