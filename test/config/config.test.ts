/**
 * Validation of kehoach.config.json values: a value in, the configuration read and the messages
 * about what is wrong out, each naming the key it is about.
 */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/src/config/config';

interface Case {
  name: string;
  value: unknown;
  rules: Record<string, string>;
  /** For each message, in order: the key it must name (in both languages) and a fragment of its English text. */
  errors: [key: string, english: string][];
}

const CASES: Case[] = [
  {
    name: 'rule codes and area prefixes, with or without the slash, are kept',
    value: { rules: { 'ref/unknown': 'warning', typography: 'off', 'header/': 'hint' } },
    rules: { 'ref/unknown': 'warning', typography: 'off', 'header/': 'hint' },
    errors: [],
  },
  {
    name: 'a key that matches no rule or area is reported by name',
    value: { rules: { 'ref/unknwon': 'off', typo: 'off', 'ref/unknown': 'off' } },
    rules: { 'ref/unknown': 'off' },
    errors: [
      ['ref/unknwon', 'matches no rule code or rule area'],
      ['typo', 'matches no rule code or rule area'],
    ],
  },
  {
    name: 'a prefix of a code that stops inside a word is not an area',
    value: { rules: { 'typo/': 'off', 'ref/unk': 'off' } },
    rules: {},
    errors: [
      ['typo/', 'matches no rule code or rule area'],
      ['ref/unk', 'matches no rule code or rule area'],
    ],
  },
  {
    name: 'syntax and internal rules cannot be changed',
    value: { rules: { 'syntax/invalid-id': 'off', syntax: 'warning', 'internal/': 'off' } },
    rules: {},
    errors: [
      ['syntax/invalid-id', 'the syntax/… and internal/… rules cannot be changed'],
      ['syntax', 'the syntax/… and internal/… rules cannot be changed'],
      ['internal/', 'the syntax/… and internal/… rules cannot be changed'],
    ],
  },
  {
    name: 'a known rule with an unknown level is reported with its code',
    value: { rules: { 'ref/unknown': 'loud' } },
    rules: {},
    errors: [['ref/unknown', 'must be one of error, warning, info, hint, off']],
  },
];

describe('readConfig rules', () => {
  it.each(CASES)('$name', ({ value, rules, errors }) => {
    const read = readConfig(value);
    expect(read.config.rules).toEqual(rules);
    expect(read.errors).toHaveLength(errors.length);
    read.errors.forEach((message, index) => {
      const [key, english] = errors[index]!;
      expect(message.en).toContain(`"${key}"`);
      expect(message.vi).toContain(`"${key}"`);
      expect(message.en).toContain(english);
    });
  });
});
