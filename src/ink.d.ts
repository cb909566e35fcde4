/** A compiled ink story, produced by tools/vite-plugin-ink. */
declare module '*.ink' {
  /** The compiled story JSON, as a string for inkjs. */
  const json: string;
  export default json;
  /** Content hash of the compiled story; saves use it to notice edits. */
  export const hash: string;
  /** Compiler warnings as `file:line: warning: message`. */
  export const warnings: string[];
}
