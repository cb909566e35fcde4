import path from 'node:path';
import { compileInk, formatDiagnostic } from '../../tools/ink/compile';

/** Compiles an ink file for a test, failing loudly with file:line if it does not compile. */
export function compileFixture(file: string): string {
  const build = compileInk(path.resolve(import.meta.dirname, '..', file));
  if (build.json === null) throw new Error(build.diagnostics.map(formatDiagnostic).join('\n'));
  return build.json;
}
