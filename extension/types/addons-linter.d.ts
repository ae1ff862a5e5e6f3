// addons-linter ships no types; this is the part of its API the lint test uses.
declare module 'addons-linter' {
  interface LinterConfig {
    _: string[];
    logLevel?: string;
    stack?: boolean;
    pretty?: boolean;
    warningsAsErrors?: boolean;
    metadata?: boolean;
    output?: 'none' | 'json' | 'text';
    boring?: boolean;
    selfHosted?: boolean;
  }
  interface Linter {
    run(): Promise<unknown>;
  }
  const linter: { createInstance(options: { config: LinterConfig; runAsBinary: boolean }): Linter };
  export default linter;
}
