import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { codeFrame, compileInk, formatDiagnostic, type InkBuild } from './ink/compile.ts';

/** When the dev server compiles the story again, unasked, to warm the compiler (see below). */
const WARM_UP_AFTER_MS = [800, 1600];

/**
 * Compiles `.ink` imports with the inkjs compiler, at build time and in the dev server.
 * A module `import story, { hash } from './her.ink'` gets the compiled JSON (as a string, which
 * the runtime parses fastest), a content hash and `mapOutline`, the chapters and choice points
 * the story map draws. Errors stop the build and fill Vite's error
 * overlay with file, line and a code frame; warnings are printed with file and line. Editing
 * the entry or any INCLUDEd file hot-reloads the importing module.
 */
export function inkPlugin(): Plugin {
  /** Which compiled entry files read which source files, for hot reload. */
  const includes = new Map<string, Set<string>>();
  let server: ViteDevServer | undefined;
  let warmedUp = false;

  /**
   * The compiler runs two to three times slower until the JIT has seen it a few times, so a
   * writer's first save took ~2 s to show, later ones ~0.7 s. Two quiet compiles soon after
   * the first (their results thrown away) bring the first save down to ~1.2–1.5 s.
   */
  const warmUp = (file: string) => {
    if (warmedUp || !server) return;
    warmedUp = true;
    for (const delay of WARM_UP_AFTER_MS) setTimeout(() => compileInk(file), delay).unref();
  };

  const remember = (entry: string, build: InkBuild) => {
    includes.set(entry, new Set(build.files.map((f) => path.normalize(f))));
  };

  return {
    name: 'her-ink',
    configureServer(devServer) {
      server = devServer;
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const started = performance.now();
      const build = compileInk(file, { mapOutline: true });
      const ms = Math.round(performance.now() - started);
      remember(path.normalize(file), build);
      for (const included of build.files) this.addWatchFile(included);
      const warnings = build.diagnostics.filter((d) => d.severity !== 'error');
      for (const d of warnings) this.warn(formatDiagnostic(d));
      const error = build.diagnostics.find((d) => d.severity === 'error');
      if (error || build.json === null) {
        const d = error ?? build.diagnostics[0];
        const all = build.diagnostics.filter((x) => x.severity === 'error').map(formatDiagnostic);
        this.error({
          message: `Ink did not compile:\n${all.join('\n')}`,
          id: d?.absolutePath ?? file,
          loc: { file: d?.absolutePath ?? file, line: d?.line ?? 1, column: 0 },
          frame: d ? codeFrame(d.absolutePath, d.line) : '',
        });
      }
      server?.config.logger.info(
        `ink: compiled ${path.basename(file)} in ${ms} ms (${build.files.length} files, hash ${build.hash})`,
        { timestamp: true },
      );
      warmUp(file);
      const code = [
        `export default ${JSON.stringify(build.json)};`,
        `export const hash = ${JSON.stringify(build.hash)};`,
        `export const warnings = ${JSON.stringify(warnings.map(formatDiagnostic))};`,
        `export const mapOutline = ${JSON.stringify(build.mapOutline)};`,
      ].join('\n');
      // Generated data maps back to no line of ink. Without an (empty) map of its own the dev
      // server maps the module onto itself, word by word: a 2 MB comment on a 0.4 MB module,
      // built and sent again at every save.
      return { code, map: { mappings: '' } };
    },
    handleHotUpdate({ file, server: devServer }) {
      if (!file.endsWith('.ink')) return;
      const changed = path.normalize(file);
      const modules = [...includes]
        .filter(([, files]) => files.has(changed))
        .flatMap(([entry]) => [...(devServer.moduleGraph.getModulesByFile(entry) ?? [])]);
      for (const mod of modules) devServer.moduleGraph.invalidateModule(mod);
      return modules;
    },
  };
}
