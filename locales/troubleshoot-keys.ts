import type {
  AcceptGuide,
  AcceptanceCause,
  TroubleshootQuestion,
} from '../core/acceptance-causes.ts';
import type { Key } from './translator.ts';

/**
 * Locale keys of the troubleshooting tree and the customer's accept page, built from its data
 * (as locales/keys.ts does for the rules; `locales/keys.test.ts` proves each resolves).
 */

const key = (k: string) => k as Key;

/** An answer of the troubleshooting tree (`troubleshoot:answer.<question>.<answer>`). */
export const troubleshootAnswerKey = (question: TroubleshootQuestion, answer: string) =>
  key(`troubleshoot:answer.${question}.${answer}`);

/** What the customer's page says about a cause the customer can fix. */
export const causeCustomerKey = (cause: AcceptanceCause['id']) =>
  key(`troubleshoot:cause.${cause}.customer`);

/** One step of a guide on the customer's page. */
export const acceptStepKey = (guide: AcceptGuide['id'], step: string) =>
  key(`troubleshoot:accept.guide.${guide}.step.${step}`);
