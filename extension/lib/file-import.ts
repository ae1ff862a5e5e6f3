let importFile: ((path: string) => Promise<unknown>) | undefined;

/**
 * Lends the overlay the content script's import of the extension's own files
 * (lib/packaged-module.ts): the overlay's parts load their language packs, and the composer
 * another language's e-mail texts, through it. The extension's own pages and the tests, which
 * add every language's whole strings, lend none.
 */
export function provideFileImport(load: (path: string) => Promise<unknown>): void {
  importFile = load;
}

/** The content script's import of the extension's own files, where one was lent. */
export const fileImport = (): ((path: string) => Promise<unknown>) | undefined => importFile;
