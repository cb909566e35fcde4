import Phaser from 'phaser';
import { backgrounds, speakers, voices, type VoiceKey } from '../assets/manifest';
import { sessionStore, type Session } from '../state/session';
import { settingsStore } from '../state/settings';
import { ArtTextures } from './art-textures';
import { BackgroundLayer } from './background-layer';
import { CastLayer } from './cast-layer';
import { EffectsLayer } from './effects-layer';
import { InterludeHost } from './interlude-host';
import { LifeLayer } from './life-layer';
import { StagePace } from './stage-pace';
import { VoiceWave } from './voice-wave';

/** What the stage shows behind the title screen: the city from Theodore's window. */
const TITLE_BACKDROP = 'apartment_night';
/** How long ambient motion takes to come to rest, or to get going again. */
const MOTION_EASE_MS = 3000;

const isVoice = (key: string): key is VoiceKey => key in voices;

/** Which voice should be drawn now, and whether it is the one speaking. */
function voiceOnStage(session: Session): {
  voice: VoiceKey | null;
  mood: string;
  speaking: boolean;
} {
  const view = session.view;
  const speaker = view?.beat?.speaker ?? null;
  const speakerVoice = speaker
    ? (speakers as Record<string, { voice?: string }>)[speaker]?.voice
    : undefined;
  const shown = view?.stage.cast.find((c) => isVoice(c.who));
  if (speakerVoice && isVoice(speakerVoice)) {
    const mood = shown?.who === speakerVoice ? shown.pose : 'default';
    return { voice: speakerVoice, mood, speaking: !session.revealed };
  }
  if (shown && isVoice(shown.who)) return { voice: shown.who, mood: shown.pose, speaking: false };
  return { voice: null, mood: 'default', speaking: false };
}

/**
 * The one scene behind the DOM: background, figures, voices and effects, all drawn from the
 * session's stage state. It never changes the story; it only renders what the store says.
 */
export class StageScene extends Phaser.Scene {
  private backgroundLayer!: BackgroundLayer;
  private castLayer!: CastLayer;
  private voice!: VoiceWave;
  private effects!: EffectsLayer;
  private life!: LifeLayer;
  private lastSerial = -1;
  private interludes!: InterludeHost;
  private pace!: StagePace;
  /** How much of its ambient motion the stage has (1; easing to 0 when left alone). */
  private motion = 1;
  private lastSeen: unknown[] = [];

  constructor() {
    super('StageScene');
  }

  create(): void {
    this.pace = new StagePace(this.game);
    const art = new ArtTextures(this.textures);
    this.effects = new EffectsLayer(this);
    this.life = new LifeLayer(this);
    this.backgroundLayer = new BackgroundLayer(this, art, () => this.effects.flash());
    this.castLayer = new CastLayer(this, art);
    this.voice = new VoiceWave(this);
    this.interludes = new InterludeHost(this);
    this.scale.on('resize', () => this.layout());
    const unsubscribe = sessionStore.subscribe((session) => this.render(session, false));
    const unwatch = settingsStore.subscribe(() => this.pace.wake());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      unwatch();
    });
    this.render(sessionStore.getState(), true);
    this.paintAheadWhenIdle();
  }

  override update(_time: number, delta: number): void {
    const still = settingsStore.getState().reduceMotion;
    // Left alone, the ambient motion slows to a stop over a few seconds; a touch restarts it.
    const step = delta / MOTION_EASE_MS;
    this.motion = this.pace.resting
      ? Math.max(0, this.motion - step)
      : Math.min(1, this.motion + step);
    this.voice.update(delta, this.motion);
    this.life.update(delta * this.motion, still || this.motion === 0);
    this.effects.update(delta, still);
    this.pace.update(delta, {
      busy:
        this.interludes.active ||
        this.tweens.getTweens().length > 0 ||
        this.effects.moving ||
        this.backgroundLayer.pending ||
        this.voice.settling,
      ambient: !still && this.motion > 0 && (this.life.active || this.voice.shown),
    });
  }

  private render(session: Session, first: boolean): void {
    this.wakeIfChanged(session);
    const interlude = session.screen === 'play' ? session.view?.interlude : null;
    this.interludes.sync(interlude);
    // The line waiting on an interlude is drawn (with its cues) once the interlude ends.
    if (interlude) return;
    const fresh = session.stepSerial !== this.lastSerial;
    this.lastSerial = session.stepSerial;
    const stage = session.screen === 'title' ? null : session.view?.stage;
    // New lines animate; a restore or the first frame snaps into place.
    const instant = first || !fresh;
    if (!stage) {
      this.backgroundLayer.show(TITLE_BACKDROP, 'fade', first);
      this.life.set(backgrounds[TITLE_BACKDROP].life);
      this.castLayer.show([], first);
      this.voice.set(null, 'default', false);
      this.effects.setLasting([], false);
      return;
    }
    const bg = stage.bg?.key ?? null;
    this.backgroundLayer.show(bg, stage.bg?.transition ?? 'fade', instant);
    this.life.set(
      bg && bg in backgrounds ? backgrounds[bg as keyof typeof backgrounds].life : 'none',
    );
    this.castLayer.show(stage.cast, instant);
    const { voice, mood, speaking } = voiceOnStage(session);
    this.voice.set(voice, mood, speaking);
    this.effects.setLasting(stage.effects, fresh && !first);
    if (!fresh) return;
    for (const cue of session.view?.cues ?? []) {
      if (cue.kind === 'fx' && cue.key === 'flash') this.effects.flash();
      if (cue.kind === 'fx' && cue.key === 'glitch') this.effects.glitch();
    }
  }

  /**
   * Full speed again when what the stage shows may change (a line, a screen, an interlude);
   * the session also changes for things the stage ignores, such as the play-time clock.
   */
  private wakeIfChanged(session: Session): void {
    const seen = [session.screen, session.stepSerial, session.view?.stage, session.view?.interlude];
    if (seen.every((value, i) => value === this.lastSeen[i])) return;
    this.lastSeen = seen;
    this.pace.wake();
  }

  private layout(): void {
    this.backgroundLayer.layout();
    this.castLayer.layout();
  }

  /** Paints the remaining backgrounds in idle moments so later transitions never stall. */
  private paintAheadWhenIdle(): void {
    const keys = Object.keys(backgrounds);
    const next = () => {
      const key = keys.shift();
      if (!key) return;
      // At the size of the moment: after a resize, the rest are painted at the new size.
      this.backgroundLayer.paint(key);
      idle(next);
    };
    idle(next);
  }
}

const idle = (fn: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(fn, { timeout: 2000 })
    : setTimeout(fn, 200);
