import { CART } from './config';

/** What he did about the oranges. */
export type CartChoice = 'ran' | 'helped';

/** One orange on the ground, and who picked it up. */
export interface Orange {
  x: number;
  by: 'nobody' | 'him' | 'vendor';
}

/**
 * The vendor's cart: swinging out across his way, waiting for him to decide (or deciding
 * for him, after a while), and, if he stops to help, the oranges he and the vendor gather.
 */
export interface Cart {
  stage: 'swinging' | 'choosing' | 'gathering' | 'done';
  timer: number;
  choice: CartChoice | null;
  oranges: Orange[];
  /** Time until the vendor picks up his next orange. */
  vendorNext: number;
}

/** Something the run (and through it the view and the sound) should know about. */
export type CartEvent =
  | { kind: 'ask' }
  | { kind: 'timeout' }
  | { kind: 'orange'; index: number; by: 'him' | 'vendor' }
  | { kind: 'gathered' };

/** Where the oranges come to rest around the cart when it tips. */
const SPILL = [-5.5, -3.6, -1.7, 1.4, 3.2, 5.6];

/** The cart, just swinging out in front of him. */
export function newCart(): Cart {
  return {
    stage: 'swinging',
    timer: CART.swingTime,
    choice: null,
    oranges: SPILL.map((dx) => ({ x: CART.cartAt + dx, by: 'nobody' })),
    vendorNext: CART.vendorEvery,
  };
}

/** He decides: run on (the oranges roll into his way), or stop and gather them. */
export function chooseCart(c: Cart, choice: CartChoice): void {
  if (c.stage !== 'choosing') return;
  c.choice = choice;
  if (choice === 'ran') Object.assign(c, { stage: 'done', timer: 0 });
  else Object.assign(c, { stage: 'gathering', timer: CART.gatherMax });
}

/** One frame of the cart, with him standing at `s`. */
export function stepCart(c: Cart, s: number, dt: number): CartEvent[] {
  const events: CartEvent[] = [];
  c.timer -= dt;
  if (c.stage === 'swinging' && c.timer <= 0) {
    Object.assign(c, { stage: 'choosing', timer: CART.choiceTimeout });
    events.push({ kind: 'ask' });
  } else if (c.stage === 'choosing' && c.timer <= 0) {
    events.push({ kind: 'timeout' });
    chooseCart(c, 'ran');
  } else if (c.stage === 'gathering') {
    c.oranges.forEach((o, index) => {
      if (o.by !== 'nobody' || Math.abs(o.x - s) > CART.reach) return;
      o.by = 'him';
      events.push({ kind: 'orange', index, by: 'him' });
    });
    c.vendorNext -= dt;
    if (c.vendorNext <= 0) {
      c.vendorNext = CART.vendorEvery;
      // The vendor works outward from his cart, so the player's share is the far ones.
      const left = c.oranges
        .map((o, index) => ({ o, index }))
        .filter(({ o }) => o.by === 'nobody')
        .sort((a, b) => Math.abs(a.o.x - CART.cartAt) - Math.abs(b.o.x - CART.cartAt));
      const nearest = left[0];
      if (nearest) {
        nearest.o.by = 'vendor';
        events.push({ kind: 'orange', index: nearest.index, by: 'vendor' });
      }
    }
    const all = c.oranges.every((o) => o.by !== 'nobody');
    if (all || c.timer <= 0) {
      c.stage = 'done';
      events.push({ kind: 'gathered' });
    }
  }
  return events;
}
