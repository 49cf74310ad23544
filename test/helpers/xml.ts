/**
 * A strict XML 1.0 well-formedness check for the outputs the tests read back (DOCX parts, SARIF is
 * JSON, JUnit, HTML is not XML). saxes follows the XML 1.0 specification, including the characters
 * the specification forbids, which lighter validators let through.
 */
import { SaxesParser } from 'saxes';

/** The first well-formedness error of `xml` as "line:column: message", or undefined when it is well formed. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let first: string | undefined;
  parser.on('error', (error) => {
    first ??= error.message;
  });
  parser.write(xml).close();
  return first;
}
