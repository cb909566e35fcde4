import { Howl, Howler } from 'howler';
import { ambience, music, sfx } from '../assets/manifest';
import { assetUrl } from '../assets/urls';
import { notify, sessionStore, type Session } from '../state/session';
import { settingsStore } from '../state/settings';
import { LoopChannel } from './loop-channel';

/** The music the title screen plays before any story has begun. */
const TITLE_MUSIC = 'theme';

const fileOf = (table: Record<string, { file: string }>) => (key: string) => {
  const entry = table[key];
  return entry ? assetUrl(entry.file) : null;
};

let warned = false;
function soundFailed(key: string): void {
  console.warn(`Sound "${key}" could not be loaded`);
  if (warned) return;
  warned = true;
  notify('Some sounds could not be loaded. The story plays on without them.');
}

/** How far music dips while a letter is being dictated, so the words come first. */
const LETTER_DUCK = 0.45;

/**
 * Plays what the stage says: music and ambience beds from the session's stage state, one-off
 * effects from each new line, the interface's own cues (a choice taken, a letter begun), at the
 * volumes in settings; music dips under a letter being written, and everything goes quiet while
 * the tab is hidden. The only module that uses howler.
 */
export function startSoundtrack(): void {
  const musicChannel = new LoopChannel(fileOf(music), soundFailed);
  const ambienceChannel = new LoopChannel(fileOf(ambience), soundFailed);
  const effects = new Map<string, Howl>();
  const resolveSfx = fileOf(sfx);
  let ducked = false;

  const playEffect = (key: string) => {
    let howl = effects.get(key);
    if (!howl) {
      const url = resolveSfx(key);
      if (!url) return soundFailed(key);
      howl = new Howl({ src: [url], onloaderror: () => soundFailed(key) });
      effects.set(key, howl);
    }
    const { masterVolume, effectsVolume } = settingsStore.getState();
    howl.volume(masterVolume * effectsVolume);
    howl.play();
  };

  const applyVolumes = () => {
    const { masterVolume, musicVolume, ambienceVolume } = settingsStore.getState();
    musicChannel.setLevel(masterVolume * musicVolume * (ducked ? LETTER_DUCK : 1));
    ambienceChannel.setLevel(masterVolume * ambienceVolume);
  };

  let lastSerial = sessionStore.getState().stepSerial;
  const render = (session: Session, previous?: Session) => {
    const stage = session.view?.stage;
    const onTitle = session.screen === 'title' || !stage;
    musicChannel.play(onTitle ? TITLE_MUSIC : stage.music);
    ambienceChannel.play(onTitle ? null : stage.ambience);
    const writing = !onTitle && stage.letter !== null && !stage.letter.done;
    if (writing !== ducked) {
      ducked = writing;
      applyVolumes();
    }
    // A line waiting on an interlude sounds its cues when it shows, after the interlude.
    if (session.stepSerial === lastSerial || session.view?.interlude) return;
    lastSerial = session.stepSerial;
    for (const command of session.view?.cues ?? []) {
      if (command.kind === 'sfx') playEffect(command.key);
      if (command.kind === 'letter' && command.action === 'begin') playEffect('page');
    }
    // The previous view offered choices and this one moved on: a choice was taken.
    if (previous?.view?.choices && session.view && !session.view.choices) playEffect('choice');
  };

  // A hidden tab makes no sound; coming back picks up where it was.
  document.addEventListener('visibilitychange', () =>
    Howler.mute(document.visibilityState === 'hidden'),
  );

  applyVolumes();
  settingsStore.subscribe(applyVolumes);
  sessionStore.subscribe(render);
  render(sessionStore.getState());
}
