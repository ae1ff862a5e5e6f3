/**
 * "Customer can't accept?" under the paste-a-link field: the way into the guide's
 * troubleshooting, at the step a pasted text points to (`troubleshootPointer`) or at its start
 * while the field is empty. A new tab, so the pasted link and the e-mail stay where they are.
 * Automation: `data-troubleshoot-link`.
 */
export function TroubleshootOffer({ href, offer }: { href: string; offer: string }) {
  return (
    <p class="troubleshoot-link">
      <a href={href} target="_blank" rel="noopener noreferrer" data-troubleshoot-link>
        {offer}
      </a>
    </p>
  );
}
