/**
 * The one place the portal-page UI imports its link explanation from (the entry point's
 * checker and the help beside a link in a panel). The explanation itself is shared with the
 * site; swap the implementation here, nowhere else.
 */
export { LinkSummary as LinkExplanation } from './LinkSummary.tsx';
