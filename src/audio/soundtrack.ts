import { Howl } from 'howler';
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

/**
 * Plays what the stage says: music and ambience beds from the session's stage state, one-off
 * effects from each new line, at the volumes in settings. The only module that uses howler.
 */
export function startSoundtrack(): void {
  const musicChannel = new LoopChannel(fileOf(music), soundFailed);
  const ambienceChannel = new LoopChannel(fileOf(ambience), soundFailed);
  const effects = new Map<string, Howl>();
  const resolveSfx = fileOf(sfx);

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
    musicChannel.setLevel(masterVolume * musicVolume);
    ambienceChannel.setLevel(masterVolume * ambienceVolume);
  };

  let lastSerial = sessionStore.getState().stepSerial;
  const render = (session: Session) => {
    const stage = session.view?.stage;
    const onTitle = session.screen === 'title' || !stage;
    musicChannel.play(onTitle ? TITLE_MUSIC : stage.music);
    ambienceChannel.play(onTitle ? null : stage.ambience);
    if (session.stepSerial !== lastSerial) {
      lastSerial = session.stepSerial;
      for (const command of session.view?.cues ?? []) {
        if (command.kind === 'sfx') playEffect(command.key);
      }
    }
  };

  applyVolumes();
  settingsStore.subscribe(applyVolumes);
  sessionStore.subscribe(render);
  render(sessionStore.getState());
}
