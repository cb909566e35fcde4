/** A compiled ink story, produced by tools/vite-plugin-ink. */
declare module '*.ink' {
  /** The compiled story JSON, as a string for inkjs. */
  const json: string;
  export default json;
  /** Content hash of the compiled story; saves use it to notice edits. */
  export const hash: string;
  /** Compiler warnings as `file:line: warning: message`. */
  export const warnings: string[];
  /** Chapters, choice points and options, for the story map. */
  // An ambient module cannot import by a relative path, so the type is named in place.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const mapOutline: import('./story/map-outline').MapOutline;
}
