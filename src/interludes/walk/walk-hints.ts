/**
 * The controls hint under the walk, worded for what the player is holding: a gamepad, a touch
 * screen, or a keyboard. UI text, so it lives here and not in ink.
 */

/** What the player can do now: walk (and peek), hold out the hand, or nothing (the ending). */
export type HintMoment = 'walk' | 'hand' | 'ending';

function device(): 'pad' | 'touch' | 'keys' {
  if (typeof navigator !== 'undefined' && navigator.getGamepads?.().some((p) => p?.connected))
    return 'pad';
  if (typeof matchMedia !== 'undefined' && matchMedia('(pointer: coarse)').matches) return 'touch';
  return 'keys';
}

const HINTS: Record<ReturnType<typeof device>, Record<HintMoment, string>> = {
  keys: {
    walk: 'Arrows or WASD: walk · hold Shift: peek (costs trust)',
    hand: 'Space: hold out your hand · Shift: peek',
    ending: 'Space: read on',
  },
  touch: {
    walk: 'Drag to walk · hold Peek to look (costs trust)',
    hand: 'Tap to hold out your hand',
    ending: 'Tap to read on',
  },
  pad: {
    walk: 'Stick: walk · hold LB or Y: peek (costs trust)',
    hand: 'A: hold out your hand · LB: peek',
    ending: 'A: read on',
  },
};

let known: { device: ReturnType<typeof device>; at: number } | null = null;

/** The hint for `moment` on the device in use (looked up again once a second, not per frame). */
export function walkHint(moment: HintMoment, now = Date.now()): string {
  if (!known || now - known.at > 1000) known = { device: device(), at: now };
  return HINTS[known.device][moment];
}
