import { dismissNotice, sessionStore, type Session } from '../state/session';
import { byId, el } from './dom';

const SHOW_FOR_MS = 9000;

/** Short messages in a corner (storage trouble, a changed story); each can be closed. */
export function mountNotices(): void {
  const root = byId('notices');
  const shown = new Map<number, HTMLElement>();
  const render = ({ notices }: Session) => {
    for (const [id, node] of shown) {
      if (notices.some((n) => n.id === id)) continue;
      node.remove();
      shown.delete(id);
    }
    for (const notice of notices) {
      if (shown.has(notice.id)) continue;
      const node = el('div', 'notice');
      const close = el('button', 'notice-close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', 'Dismiss');
      close.addEventListener('click', () => dismissNotice(notice.id));
      node.append(el('p', 'notice-text', notice.text), close);
      root.append(node);
      shown.set(notice.id, node);
      window.setTimeout(() => dismissNotice(notice.id), SHOW_FOR_MS);
    }
  };
  sessionStore.subscribe(render);
  render(sessionStore.getState()); // Notices raised while the page loaded show at once.
}
