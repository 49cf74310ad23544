/**
 * SARIF 2.1.0, for code-scanning services: the rule metadata comes from the rule catalogue (the
 * same source as docs/rules.md), each result points at its rule by index, and safe fixes are
 * included as SARIF fixes. Texts are exact; control characters in them are written as JSON
 * escapes, never as raw bytes.
 */
import { jsonShownSafely } from '../../base/characters';
import { messageIn, type Severity } from '../../base/diagnostic';
import type { RuleMeta } from '../../base/rule';
import { type Formatter, RULES_DOC_URL, ruleAnchor } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative URI for a path: every segment percent-encoded, so "#", "?" and ":" stay in the name. */
function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function createSarifFormatter(catalogue: readonly RuleMeta[]): Formatter {
  const byCode = new Map(catalogue.map((rule) => [rule.code, rule]));
  return (reports, options) => {
    const used = [...new Set(reports.flatMap((report) => report.diagnostics.map((diagnostic) => diagnostic.code)))].sort();
    const ruleIndex = new Map(used.map((code, index) => [code, index]));
    const rules = used.map((code) => {
      const meta = byCode.get(code);
      const descriptor: Record<string, unknown> = {
        id: code,
        helpUri: `${RULES_DOC_URL}#${ruleAnchor(code)}`,
      };
      if (meta) {
        descriptor['shortDescription'] = { text: messageIn(meta.summary, options.language) };
        descriptor['fullDescription'] = { text: messageIn(meta.rationale, options.language) };
        descriptor['help'] = { text: `${messageIn(meta.summary, options.language)}\n\n${meta.example}` };
        descriptor['defaultConfiguration'] = { level: LEVEL[meta.defaultSeverity] };
      }
      return descriptor;
    });
    const results = reports.flatMap((report) =>
      report.diagnostics.map((diagnostic) => {
        const { start, end } = diagnostic.location.range;
        const result: Record<string, unknown> = {
          ruleId: diagnostic.code,
          ruleIndex: ruleIndex.get(diagnostic.code),
          level: LEVEL[diagnostic.severity],
          message: { text: messageIn(diagnostic.message, options.language) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(report.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
              },
            },
          ],
        };
        const place = report.places?.get(diagnostic);
        if (place) result['properties'] = { paragraph: place.paragraph, ...(place.page !== undefined ? { page: place.page } : {}) };
        const safe = (diagnostic.fixes ?? []).filter((fix) => fix.safe);
        if (safe.length > 0) {
          result['fixes'] = safe.map((fix) => ({
            description: { text: messageIn(fix.title, options.language) },
            artifactChanges: [
              {
                artifactLocation: { uri: artifactUri(report.path), uriBaseId: '%SRCROOT%' },
                replacements: fix.edits.map((edit) => ({
                  deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                  insertedContent: { text: edit.newText },
                })),
              },
            ],
          }));
        }
        return result;
      }),
    );
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'kehoach', version: options.version, informationUri: RULES_DOC_URL, rules } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
    return `${jsonShownSafely(JSON.stringify(log, null, 2))}\n`;
  };
}
