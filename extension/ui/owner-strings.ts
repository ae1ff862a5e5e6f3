import { ownerStrings, type OwnerStrings } from '../../ui/invitation/strings.ts';
import type { Translate } from '../lib/i18n.ts';

/**
 * Whose link it is, in the extension's words: where the owner cannot be told, the sentence
 * names what the partner's settings lack (no IDs, the tenant ID, the Partner ID).
 */
export function extensionOwnerStrings(t: Translate): OwnerStrings {
  return ownerStrings(t, t('extension:owner.unknown'), {
    'tenant-id': t('extension:owner.needsTenantId'),
    'partner-id': t('extension:owner.needsPartnerId'),
  });
}
