import { progressStore } from '../../state/progress';
import { openMenu } from '../../state/ui';
import { byId, el } from '../dom';

/**
 * Endings, Story map and Letters on the title screen, under the main menu, once there is
 * anything to look back on (a chapter reached). They open the replay dialog's tabs.
 */
export function mountTitleExtras(): void {
  const menu = byId('title').querySelector('.title-menu');
  if (!menu) return;
  const row = el('div', 'title-secondary title-replay');
  const link = (label: string, overlay: 'endings' | 'map' | 'letters') => {
    const b = el('button', 'link-button', label);
    b.type = 'button';
    b.addEventListener('click', () => openMenu(overlay));
    return b;
  };
  row.append(link('Endings', 'endings'), link('Story map', 'map'), link('Letters', 'letters'));
  menu.append(row);
  const render = () => {
    row.hidden = progressStore.getState().chapters.length === 0;
  };
  progressStore.subscribe(render);
  render();
}
