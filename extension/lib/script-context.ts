import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/** The fields of WXT's context that name this copy (typed private, public at run time). */
interface ContextIdentity {
  contentScriptName: string;
  id: string;
}

/**
 * WXT's content script context, which the content script's entry (WXT's own wrapper) creates
 * through this module (extension/wxt.config.ts points the wrapper's import here): everything
 * as WXT has it (the `abort` signal, `isValid`, `onInvalidated`, timers, the location watcher,
 * the "newer script started" event a newer copy sends to the document and older copies
 * listen for), less one thing: WXT also posts that news to the page's window
 * (`window.postMessage`), for copies built with WXT before 0.20, which listened there. No copy
 * of this extension does; the message would wake every `message` listener of the portal page,
 * and posting it from the start of the script makes Chromium capture the script's whole stack
 * while DevTools are attached (the bench's trace measured 5 ms of thread time for it).
 */
export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {
    const self = this as unknown as ContextIdentity;
    document.dispatchEvent(
      new CustomEvent(
        (WxtContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
          .SCRIPT_STARTED_MESSAGE_TYPE,
        { detail: { contentScriptName: self.contentScriptName, messageId: self.id } },
      ),
    );
  }
}
