/**
 * The one list of asset keys the story may name. Pure data, so the story checker, the
 * tests and the browser all read the same thing. Audio paths are relative to `assets/`;
 * backgrounds and figures are painted in code (src/scenes/painters), keyed by these names.
 */

/** Backgrounds a `# bg:` tag may name, with the palette the loading screen fades through. */
export const backgrounds = {
  office: { label: 'The letter office', tint: '#e9a27c' },
  plaza_night: { label: 'The plaza at dusk', tint: '#5b4a6e' },
  elevator: { label: 'The elevator', tint: '#c98a6a' },
  apartment_night: { label: "Theodore's apartment at night", tint: '#1d2440' },
  memory: { label: 'A memory of Catherine', tint: '#f4d9b8' },
  chat_room: { label: 'The dark bedroom, a voice in the ear', tint: '#241a33' },
} as const;

/** Music a `# music:` tag may name (looped). */
export const music = {
  theme: { file: 'audio/music/theme.mp3', label: 'Main theme' },
  office: { file: 'audio/music/office.mp3', label: 'The letter office' },
  melancholy: { file: 'audio/music/melancholy.mp3', label: 'Melancholy song' },
  bright: { file: 'audio/music/bright.mp3', label: 'Bright song' },
} as const;

/** Ambience beds a `# ambience:` tag may name (looped, under the music). */
export const ambience = {
  office: { file: 'audio/ambience/office.mp3', label: 'Office murmur' },
  city_night: { file: 'audio/ambience/city_night.mp3', label: 'City at night' },
  room_tone: { file: 'audio/ambience/room_tone.mp3', label: 'Quiet room, distant traffic' },
} as const;

/** One-shot sounds a `# sfx:` tag may name. */
export const sfx = {
  chime: { file: 'audio/sfx/chime.mp3', label: 'Message chime' },
  ding: { file: 'audio/sfx/ding.mp3', label: 'Elevator bell' },
  hangup: { file: 'audio/sfx/hangup.mp3', label: 'Call ends' },
} as const;

/** Figures a `# show: who pose` tag may name, with their poses. */
export const cast = {
  paul: { label: 'Paul', poses: ['smile', 'laugh'] },
  catherine: { label: 'Catherine', poses: ['laughing', 'turned'] },
} as const;

/**
 * Voices without bodies, drawn as waveforms of light. `# show: samantha tender` keeps one on
 * stage in a mood; a voice that speaks without being shown appears only while it speaks.
 */
export const voices = {
  samantha: {
    color: '#ffb38a',
    glow: '#ff7a59',
    moods: ['default', 'playful', 'tender', 'distant'],
  },
  device: { color: '#eef3f7', glow: '#9fb4c8', moods: ['default'] },
  stranger: { color: '#d9b3ec', glow: '#8e5fb0', moods: ['default'] },
} as const;

/** Full-screen effects a `# fx:` tag may name; `clear` removes the lasting ones. */
export const effects = {
  snow: { lasting: true },
  dust_to_snow: { lasting: true },
  flash: { lasting: false },
  glitch: { lasting: false },
  clear: { lasting: false },
} as const;

/** Playable interludes a `# minigame:` tag may start. */
export const minigames = ['cave', 'walk', 'run'] as const;

/** Endings from the story bible: id to the title shown on the closing screen. */
export const endings = {
  friend_to_the_end: 'Friend to the End',
  city_lights: 'City Lights',
  come_back: 'Come Back',
  drafts: 'Drafts',
  letter_writer_612: 'Letter Writer 612',
} as const;

/**
 * Who may speak. `voice` speakers have no body: the stage shows them as a waveform of light
 * in their own colour; the others may have a figure (see `cast`).
 */
export const speakers = {
  Theodore: { color: '#ff8a6b' },
  Paul: { color: '#f2c14e', figure: 'paul' },
  Catherine: { color: '#8fb3d9', figure: 'catherine' },
  Samantha: { color: '#ffb38a', voice: 'samantha' },
  Device: { color: '#e8edf2', voice: 'device' },
  Installer: { color: '#e8edf2', voice: 'device' },
  Stranger: { color: '#c9a0dc', voice: 'stranger' },
  Amy: { color: '#e0b23a' },
  Charles: { color: '#b8bec6' },
} as const;

export type BackgroundKey = keyof typeof backgrounds;
export type MusicKey = keyof typeof music;
export type AmbienceKey = keyof typeof ambience;
export type SfxKey = keyof typeof sfx;
export type CastKey = keyof typeof cast;
export type VoiceKey = keyof typeof voices;
export type SpeakerName = keyof typeof speakers;
