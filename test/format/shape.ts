/**
 * What a plan says, markers and whitespace aside: the outline of every inline's text and the
 * comments, with letters composed. The formatter must leave it unchanged.
 */
import { parsePlan } from '../../server/src/syntax/parse';
import { outline } from '../helpers/outline';

export function shapeOf(text: string): string[] {
  const file = parsePlan('file:///ke-hoach.kh', text);
  return [...outline(file, { markers: false }), ...file.comments.map((comment) => `// ${comment.text}`)].map((line) => line.normalize('NFC'));
}
