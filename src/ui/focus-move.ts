// The dialog's × is left out: on a gamepad, B closes.
const FOCUSABLE =
  'button:not([disabled]):not([hidden]):not(.dialog-close), input:not([disabled]), [tabindex="0"]';

/**
 * Moves keyboard focus to the next (or previous) control in the open dialog, or in the
 * choices when no dialog is open: what the gamepad's D-pad does.
 */
export function moveFocus(delta: number, fallback: (delta: number) => void): void {
  const dialogs = document.querySelectorAll<HTMLDialogElement>('dialog[open]');
  const top = dialogs[dialogs.length - 1];
  if (!top) return fallback(delta);
  const controls = [...top.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (c) => c.offsetParent !== null,
  );
  if (controls.length === 0) return;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? 0 : (at + delta + controls.length) % controls.length;
  controls[next]?.focus();
}

/** Presses the focused control if it belongs to a dialog or the choices; otherwise `otherwise`. */
export function pressFocused(otherwise: () => void): void {
  const focused = document.activeElement;
  const pressable = focused instanceof HTMLButtonElement || focused instanceof HTMLInputElement;
  const visible = pressable && focused.offsetParent !== null;
  if (visible && focused.closest('dialog[open], .choices, #title')) focused.click();
  else otherwise();
}
