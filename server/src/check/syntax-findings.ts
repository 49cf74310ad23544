/**
 * The parser's problems, found while the file was read, for the syntax rules to report.
 */
import type { Analysis } from './rule';

export const syntaxAnalysis: Analysis = ({ file }) => file.syntaxFindings;
