/**
 * Tuning of the Not Found run, in one place so play-testing changes numbers, not code.
 * Distances are metres along the way; times are seconds; speeds are metres a second.
 */

/** The places of the run, in the order he crosses them. */
export const SECTIONS = ['office', 'elevator', 'plaza', 'steps'] as const;

/** One place of the run. */
export type SectionKey = (typeof SECTIONS)[number];

/** The sections he runs through on foot (the elevator is ridden), with their lengths. */
export const LENGTH = { office: 46, plaza: 120, steps: 34 } as const;

/** A section he crosses on foot. */
export type RunningSection = keyof typeof LENGTH;

/** How the runner moves. */
export const RUN = {
  /** Flat out, with right held. */
  runSpeed: 6.5,
  /** Nobody holding anything: he goes anyway, slowly (he is out of his chair before he decides). */
  carrySpeed: 2,
  /** …and a little faster the longer the player leaves him to it, so idling never stalls. */
  carryMax: 3.4,
  carryRampAfter: 5,
  carryRampTime: 6,
  /** Left held: a walk, never a stop (nothing here can be failed, only slowed). */
  brakeSpeed: 1.1,
  /** Free walking while gathering oranges, either way. */
  gatherSpeed: 3.6,
  accel: 7,
  decel: 10,
  /** A jump over low things, or a sidestep around people: how long it protects him. */
  dodgeTime: 0.5,
  dodgeCooldown: 0.12,
  /** A bump: speed drops to this and stays capped for a moment. */
  stumbleSpeed: 0.7,
  stumbleCap: 1.6,
  stumbleTime: 0.75,
  /** Half his width, for touching obstacles. */
  halfWidth: 0.3,
  /** Seconds without input before the hint asks more clearly. */
  promptAfter: 4,
} as const;

/** The elevator: from his floor down to the lobby, stopping on the way. */
export const LIFT = {
  /** Where the elevator doors are at the end of the office. */
  doorAt: 45,
  topFloor: 26,
  stops: [20, 12, 5],
  floorsPerSecond: 4,
  /** Waiting for the car to come; jabbing the button shaves a little off. */
  callWait: 2.8,
  jabSaves: 0.5,
  doorTime: 0.9,
  lobbyDoorTime: 1.8,
  /** How long each stop holds the doors open, before urging. */
  dwell: 2.4,
  boardTime: 0.7,
} as const;

/** The vendor's cart on the plaza. */
export const CART = {
  /** He reaches this point and the cart swings out. */
  triggerAt: 64,
  /** …and he pulls up here, in front of it. */
  stopAt: 67.5,
  cartAt: 70,
  swingTime: 1,
  /** A choice nobody takes is taken for him: his legs decide, and he runs on. */
  choiceTimeout: 15,
  /** The vendor picks one up this often; the player can beat him to the rest. */
  vendorEvery: 2.2,
  gatherMax: 16,
  reach: 0.7,
} as const;

/** The end: how long he stands at the top of the steps before she answers, then after. */
export const ARRIVAL = { answerAfter: 1.4, doneAfter: 3.4 } as const;

/** Seconds between his calls into the phone, and of quiet after a scripted line. */
export const VOICE = { callEvery: 8, quietAfterLine: 4 } as const;

/** However it is played (or not), the run is over by then. */
export const HARD_CAP = 360;
