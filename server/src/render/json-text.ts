/**
 * `JSON.stringify(value, null, 2)` without recursion. The JSON export mirrors the plan's tree of
 * items, whose depth is the drafter's: a generated plan numbered "1.1.1.…" thousands of levels
 * deep made the built-in serialiser overflow the stack. This one keeps its own stack of open
 * containers, so its depth is bounded by memory only, and writes the very same text.
 */
type JsonLeaf = string | number | boolean | null;

interface OpenContainer {
  /** The entries still to write: [key, value] for an object, [undefined, value] for an array. */
  entries: [string | undefined, unknown][];
  next: number;
  isArray: boolean;
  indent: string;
  /** Whether an entry has been written yet, so the next one is preceded by a comma. */
  written: boolean;
}

const INDENT = '  ';

function leafText(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return undefined;
  }
}

/** Whether JSON.stringify leaves the value out of an object (and writes null for it in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function entriesOf(value: object): [string | undefined, unknown][] {
  if (Array.isArray(value)) return value.map((item): [undefined, unknown] => [undefined, item]);
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (!isSkipped(item)) entries.push([key, item]);
  }
  return entries;
}

export function stringifyIndented(root: JsonLeaf | object): string {
  const out: string[] = [];
  const stack: OpenContainer[] = [];

  /** Writes a leaf, or opens a container and leaves it on the stack to be filled. */
  const begin = (value: unknown, indent: string): void => {
    const leaf = leafText(isSkipped(value) ? null : value);
    if (leaf !== undefined) {
      out.push(leaf);
      return;
    }
    const isArray = Array.isArray(value);
    const entries = entriesOf(value as object);
    if (entries.length === 0) {
      out.push(isArray ? '[]' : '{}');
      return;
    }
    out.push(isArray ? '[' : '{');
    stack.push({ entries, next: 0, isArray, indent, written: false });
  };

  begin(root, '');
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.entries.length) {
      out.push(`\n${top.indent}${top.isArray ? ']' : '}'}`);
      stack.pop();
      continue;
    }
    const [key, value] = top.entries[top.next++]!;
    const inner = top.indent + INDENT;
    out.push(`${top.written ? ',' : ''}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`);
    top.written = true;
    begin(value, inner);
  }
  return out.join('');
}
