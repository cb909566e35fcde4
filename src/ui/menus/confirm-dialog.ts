import { answerConfirm, uiStore } from '../../state/ui';
import { Dialog, menuButton } from '../dialog';
import { el } from '../dom';

/** The yes-or-no question before anything that cannot be undone (overwrite, delete, leave). */
export function mountConfirmDialog(): void {
  const dialog = new Dialog('Are you sure?', () => answerConfirm(false), 'confirm-dialog');
  const message = el('p', 'confirm-message');
  const actions = el('div', 'confirm-actions');
  const cancel = menuButton('Cancel', () => answerConfirm(false), 'menu-item');
  const confirm = menuButton('Confirm', () => answerConfirm(true), 'menu-item is-primary');
  actions.append(cancel, confirm);
  dialog.body.append(message, actions);
  uiStore.subscribe(({ confirm: question }) => {
    if (!question) return dialog.close();
    message.textContent = question.message;
    confirm.textContent = question.confirmLabel;
    // Cancel has the focus: a stray Enter never destroys anything.
    dialog.open(cancel);
  });
}
