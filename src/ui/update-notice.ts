import { byId, el } from './dom';
import './styles/update-notice.css';

/**
 * Shows "A new version is ready — Reload" among the notices. Unlike other notices it stays
 * until the player acts: only the player decides when to leave the story for the new version.
 */
export function showUpdateNotice(reload: () => void): void {
  const root = byId('notices');
  if (root.querySelector('.update-notice')) return;
  const node = el('div', 'notice update-notice');
  const text = el('p', 'notice-text', 'A new version is ready. Your place is saved.');
  const action = el('button', 'notice-action', 'Reload');
  action.type = 'button';
  action.addEventListener('click', () => {
    action.disabled = true;
    reload();
  });
  const close = el('button', 'notice-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Later');
  close.addEventListener('click', () => node.remove());
  node.append(text, action, close);
  root.append(node);
}
