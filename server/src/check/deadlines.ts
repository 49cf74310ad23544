/**
 * The deadlines of a plan, checked on its working calendar (server/src/deadline/check.ts), for the
 * deadline rules to report.
 */
import { checkDeadlines } from '../deadline/check';
import type { Analysis } from './rule';

export const deadlineAnalysis: Analysis = ({ file, options }) => checkDeadlines(file, options);
