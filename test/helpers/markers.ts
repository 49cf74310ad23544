/**
 * Fixture markers: `<|>` marks a cursor, `<|text|>` marks a range. The markers are removed and
 * their offsets (in the cleaned text) returned in order, so a fixture says where something is
 * by showing it.
 */
export interface MarkedRange {
  start: number;
  end: number;
}

export function extractMarkers(marked: string): { text: string; ranges: MarkedRange[] } {
  const ranges: MarkedRange[] = [];
  const open: number[] = [];
  let text = '';
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith('<|>', i)) {
      ranges.push({ start: text.length, end: text.length });
      i += 3;
    } else if (marked.startsWith('<|', i)) {
      open.push(ranges.length);
      ranges.push({ start: text.length, end: -1 });
      i += 2;
    } else if (marked.startsWith('|>', i) && open.length > 0) {
      ranges[open.pop()!]!.end = text.length;
      i += 2;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open.length > 0) throw new Error('Unclosed <| marker in fixture');
  return { text, ranges };
}

/** Removes the common indentation of a template literal, so fixtures can be indented in tests. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((line) => line.trim().length > 0).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}
