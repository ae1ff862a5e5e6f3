/** The clipboard helper is shared with the site: see ui/invitation/copy.ts. */
export { copyText } from '../../ui/invitation/copy.ts';
