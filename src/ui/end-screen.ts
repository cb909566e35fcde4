import { endings } from '../assets/manifest';
import { returnToTitle } from '../state/actions';
import { sessionStore } from '../state/session';
import { byId, el } from './dom';

/** The closing screen: the ending's name, or "to be continued" where the story stops for now. */
export function mountEndScreen(): void {
  const root = byId('end');
  const heading = el('h2', 'end-title');
  heading.id = 'end-heading';
  const kicker = el('p', 'end-kicker');
  const back = el('button', 'menu-button', 'Back to the title');
  back.type = 'button';
  back.addEventListener('click', () => returnToTitle());
  root.append(el('div', 'end-inner'));
  root.firstElementChild?.append(kicker, heading, back);

  sessionStore.subscribe((session, previous) => {
    root.hidden = session.screen !== 'end';
    if (session.screen !== 'end' || previous.screen === 'end') return;
    const id = session.view?.ended?.ending ?? null;
    const title = id ? (endings as Record<string, string>)[id] : undefined;
    kicker.textContent = title ? 'Ending' : '';
    heading.textContent = title ?? 'To be continued';
    back.focus();
  });
}
