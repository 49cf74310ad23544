/**
 * `kehoach.config.json`: per-rule severities, files to ignore, calendar overrides, the as-of date
 * and the message language. Reading the file is the caller's business; this module validates a
 * parsed JSON value and says precisely what is wrong with it.
 */
import { type CivilDate, parseIsoDate } from '../base/civil-date';
import type { Language, Message } from '../base/diagnostic';
import type { RuleSetting } from '../check/context';
import { ALL_RULES } from '../check/rules-catalogue';
import { readYearOverrides, type YearOverride } from '../deadline/overrides';

export const CONFIG_FILE_NAME = 'kehoach.config.json';

export interface KehoachConfig {
  rules: Record<string, RuleSetting>;
  ignore: string[];
  calendar: YearOverride[];
  asOf?: CivilDate;
  dueSoonDays?: number;
  language?: Language;
  /** Exports of legal databases (CSV or JSON Lines) to look cited documents up in, relative to the configuration. */
  catalogs: string[];
  /** Where the tone mark of an open "oa", "oe", "uy" goes ("hoà" or "hòa"); unset, each document keeps to its own. */
  toneStyle?: 'old' | 'new';
}

export const EMPTY_CONFIG: KehoachConfig = { rules: {}, ignore: [], calendar: [], catalogs: [] };

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const KNOWN_KEYS = new Set(['$schema', 'rules', 'ignore', 'calendar', 'asOf', 'dueSoonDays', 'language', 'catalogs', 'toneStyle']);

export function readConfig(value: unknown): { config: KehoachConfig; errors: Message[] } {
  const errors: Message[] = [];
  const config: KehoachConfig = { rules: {}, ignore: [], calendar: [], catalogs: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ vi: 'Tệp cấu hình phải là một đối tượng JSON.', en: 'The configuration must be a JSON object.' });
    return { config, errors };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) {
      errors.push({
        vi: `Khóa cấu hình không biết: "${key}" (các khóa: ${[...KNOWN_KEYS].join(', ')}).`,
        en: `Unknown configuration key "${key}" (keys: ${[...KNOWN_KEYS].join(', ')}).`,
      });
    }
  }
  const rules = record['rules'];
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      errors.push({ vi: '"rules" phải là một đối tượng { "mã luật": "error" }.', en: '"rules" must be an object { "rule/code": "error" }.' });
    } else {
      for (const [code, setting] of Object.entries(rules as Record<string, unknown>)) {
        const keyError = ruleKeyError(code);
        if (keyError) errors.push(keyError);
        else if (typeof setting === 'string' && (SETTINGS as string[]).includes(setting)) config.rules[code] = setting as RuleSetting;
        else {
          errors.push({
            vi: `Mức của luật "${code}" phải là một trong ${SETTINGS.join(', ')}.`,
            en: `The level of rule "${code}" must be one of ${SETTINGS.join(', ')}.`,
          });
        }
      }
    }
  }
  const ignore = record['ignore'];
  if (ignore !== undefined) {
    if (Array.isArray(ignore) && ignore.every((pattern) => typeof pattern === 'string')) config.ignore = ignore as string[];
    else errors.push({ vi: '"ignore" phải là danh sách mẫu đường dẫn.', en: '"ignore" must be a list of path patterns.' });
  }
  if (record['calendar'] !== undefined) {
    const read = readYearOverrides(record['calendar']);
    config.calendar = read.overrides;
    errors.push(...read.errors);
  }
  const asOf = record['asOf'];
  if (asOf !== undefined) {
    const date = typeof asOf === 'string' ? parseIsoDate(asOf) : undefined;
    if (date) config.asOf = date;
    else errors.push({ vi: '"asOf" phải là một ngày YYYY-MM-DD.', en: '"asOf" must be a YYYY-MM-DD date.' });
  }
  const dueSoonDays = record['dueSoonDays'];
  if (dueSoonDays !== undefined) {
    if (typeof dueSoonDays === 'number' && Number.isInteger(dueSoonDays) && dueSoonDays >= 0) config.dueSoonDays = dueSoonDays;
    else errors.push({ vi: '"dueSoonDays" phải là số nguyên không âm.', en: '"dueSoonDays" must be a non-negative integer.' });
  }
  const catalogs = record['catalogs'];
  if (catalogs !== undefined) {
    if (Array.isArray(catalogs) && catalogs.every((path) => typeof path === 'string' && path.trim() !== '')) config.catalogs = catalogs as string[];
    else errors.push({ vi: '"catalogs" phải là danh sách đường dẫn tới tệp danh mục (.csv, .jsonl).', en: '"catalogs" must be a list of paths to catalog files (.csv, .jsonl).' });
  }
  const toneStyle = record['toneStyle'];
  if (toneStyle !== undefined) {
    if (toneStyle === 'old' || toneStyle === 'new') config.toneStyle = toneStyle;
    else errors.push({ vi: '"toneStyle" là "old" ("hoà", "thuỷ") hoặc "new" ("hòa", "thủy").', en: '"toneStyle" is "old" ("hoà", "thuỷ") or "new" ("hòa", "thủy").' });
  }
  const language = record['language'];
  if (language !== undefined) {
    if (language === 'vi' || language === 'en') config.language = language;
    else errors.push({ vi: '"language" là "vi" hoặc "en".', en: '"language" is "vi" or "en".' });
  }
  return { config, errors };
}

/** Areas whose diagnostics no setting changes: the file would not mean what it says (see check/index.ts). */
const FIXED_AREAS = ['syntax', 'internal'];

/**
 * What is wrong with a key of "rules", if anything. A key is a rule code or an area prefix
 * ("typography" or "typography/"); a misspelt key would otherwise change nothing, silently.
 */
function ruleKeyError(key: string): Message | undefined {
  const area = key.split('/')[0]!;
  if (FIXED_AREAS.includes(area)) {
    return {
      vi: `Khóa "${key}" trong "rules": các luật ${FIXED_AREAS.map((name) => `${name}/…`).join(' và ')} không đổi mức hay tắt được, vì khi đó tệp không còn được đọc đúng như đã viết.`,
      en: `Key "${key}" in "rules": the ${FIXED_AREAS.map((name) => `${name}/…`).join(' and ')} rules cannot be changed or turned off, since the file would then not be read as written.`,
    };
  }
  const prefix = key.endsWith('/') ? key : `${key}/`;
  if (ALL_RULES.some((rule) => rule.code === key || rule.code.startsWith(prefix))) return undefined;
  return {
    vi: `Khóa "${key}" trong "rules" không ứng với mã luật hay nhóm luật nào (xem docs/rules.md).`,
    en: `Key "${key}" in "rules" matches no rule code or rule area (see docs/rules.md).`,
  };
}
