/** What each gamepad button does; main.ts passes the game's intents in. */
export interface GamepadActions {
  confirm(): void;
  back(): void;
  menu(): void;
  move(delta: number): void;
  backlog(): void;
  skipHold(down: boolean): void;
  auto(): void;
  rewind(): void;
}

// The "standard" gamepad mapping (Xbox names; PlayStation's Cross/Circle sit in the same places).
const A = 0,
  B = 1,
  X = 2,
  Y = 3,
  LB = 4,
  RB = 5,
  START = 9,
  UP = 12,
  DOWN = 13;
/** A held D-pad waits this long before repeating, then repeats this often (ms). */
const REPEAT_AFTER = 380;
const REPEAT_EVERY = 120;

const pads = () => [...navigator.getGamepads()].filter((pad): pad is Gamepad => pad !== null);

/**
 * Reads gamepads and turns button presses into the game's actions: one action per press (not
 * per frame), RB reported on press and release, and a held D-pad repeating like a key.
 * It polls once a frame, and only while a gamepad is connected.
 */
export function startGamepad(actions: GamepadActions): void {
  if (typeof navigator === 'undefined' || typeof navigator.getGamepads !== 'function') return;
  const onPress: Partial<Record<number, () => void>> = {
    [A]: actions.confirm,
    [B]: actions.back,
    [X]: actions.rewind,
    [Y]: actions.auto,
    [LB]: actions.backlog,
    [START]: actions.menu,
  };
  let was: boolean[] = [];
  let direction = 0;
  let repeatAt = 0;
  let frame = 0;

  const release = () => {
    if (was[RB]) actions.skipHold(false); // never leave skip stuck on a pad that vanished
    was = [];
    direction = 0;
  };

  const poll = (now: number) => {
    frame = 0;
    const connected = pads();
    if (connected.length === 0) return release();
    // Several pads act as one: a button counts as pressed if it is pressed on any of them.
    const down: boolean[] = [];
    for (const pad of connected) pad.buttons.forEach((b, i) => (down[i] = down[i] || b.pressed));
    for (const [button, action] of Object.entries(onPress)) {
      const i = Number(button);
      if (down[i] && !was[i]) action?.();
    }
    if (Boolean(down[RB]) !== Boolean(was[RB])) actions.skipHold(Boolean(down[RB]));
    const wanted = down[UP] ? -1 : down[DOWN] ? 1 : 0;
    if (wanted !== direction) {
      direction = wanted;
      repeatAt = now + REPEAT_AFTER;
      if (wanted) actions.move(wanted);
    } else if (wanted && now >= repeatAt) {
      repeatAt = now + REPEAT_EVERY;
      actions.move(wanted);
    }
    was = down;
    frame = requestAnimationFrame(poll);
  };

  const start = () => {
    if (!frame) frame = requestAnimationFrame(poll);
  };
  // The loop stops by itself when the last pad goes; a new one starts it again.
  addEventListener('gamepadconnected', start);
  addEventListener('gamepaddisconnected', () => pads().length === 0 && release());
  if (pads().length > 0) start();
}
