/**
 * F9 (or the backquote key, under Escape) opens the writer's panel. main.ts loads this only in
 * the dev server or with `?test`, and the panel itself only on the first press, so a shipped
 * game never downloads either.
 */
export function installWriterKey(): void {
  addEventListener('keydown', (event) => {
    if (event.key !== 'F9' && event.code !== 'Backquote') return;
    // A backquote typed into a field is text, not a shortcut.
    const typing =
      event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key !== 'F9' && typing) return;
    event.preventDefault();
    void import('./writer-panel/writer-panel').then((m) => m.toggleWriterPanel());
  });
  document.documentElement.dataset.writerKey = 'F9'; // browser tests wait for this
}
