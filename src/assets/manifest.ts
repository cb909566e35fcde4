/**
 * The one list of asset keys the story may name. Pure data, so the story checker, the
 * tests and the browser all read the same thing. Audio paths are relative to `assets/`;
 * backgrounds and figures are painted in code (src/scenes/painters), keyed by these names.
 */

/** The kind of motion a place has over its painting (drawn by the stage's life layer). */
export type Life =
  'none' | 'dust' | 'bokeh' | 'snow' | 'waves' | 'train' | 'leaves' | 'spores' | 'embers';

/**
 * Backgrounds a `# bg:` tag may name. `tint` is the place's key colour (the loading wash and
 * the gallery use it); `life` is the motion the stage adds over the still painting.
 */
export const backgrounds = {
  office: { label: 'The letter office', tint: '#e9a27c', life: 'dust' },
  plaza_day: { label: 'The plaza by day', tint: '#e8c6b0', life: 'dust' },
  plaza_night: { label: 'The plaza at dusk', tint: '#5b4a6e', life: 'bokeh' },
  elevator: { label: 'The elevator', tint: '#c98a6a', life: 'none' },
  subway: { label: 'A subway car', tint: '#b98b78', life: 'train' },
  subway_steps: { label: 'The subway steps, commuters streaming', tint: '#8a6f73', life: 'bokeh' },
  apartment_night: { label: "Theodore's apartment at night", tint: '#1d2440', life: 'bokeh' },
  apartment_day: { label: "Theodore's apartment by day", tint: '#f0d2b8', life: 'dust' },
  memory: { label: 'A memory of Catherine', tint: '#f4d9b8', life: 'dust' },
  chat_room: { label: 'The dark bedroom, a voice in the ear', tint: '#241a33', life: 'bokeh' },
  cave: { label: 'The hologram cave in the living room', tint: '#3b2452', life: 'spores' },
  amy_apartment: {
    label: "Amy's apartment, edit screens and a sofa",
    tint: '#d9a95a',
    life: 'dust',
  },
  amy_office: { label: "Amy's game studio", tint: '#c9b48a', life: 'dust' },
  party: { label: "Jocelyn's birthday party", tint: '#f3b9a4', life: 'leaves' },
  night_crowd: { label: 'A night crowd, a pizza stand', tint: '#3a2640', life: 'bokeh' },
  restaurant: { label: 'The fusion restaurant', tint: '#6b2f2c', life: 'embers' },
  beach: { label: 'The beach by day', tint: '#f2d6b3', life: 'waves' },
  beach_sunset: { label: 'The beach at sunset', tint: '#e0785a', life: 'waves' },
  patio: { label: 'A patio lunch at midday', tint: '#e9d8b8', life: 'leaves' },
  rooftop_park: { label: 'The rooftop park', tint: '#a9b98a', life: 'leaves' },
  picnic_hill: { label: 'The picnic hill', tint: '#c7c98f', life: 'leaves' },
  train: { label: 'The bullet train, mountains, gold light', tint: '#e0b070', life: 'train' },
  snow_forest: { label: 'Snowy forest and hamlet', tint: '#c9d3dc', life: 'snow' },
  cabin: { label: 'The cabin by firelight', tint: '#8a4a2c', life: 'embers' },
  roof_dawn: { label: 'The building roof at first light', tint: '#e7a98f', life: 'dust' },
  black: { label: 'Darkness (a cut to black)', tint: '#0b0708', life: 'none' },
} as const;

/** Music a `# music:` tag may name (looped; each at least a minute). */
export const music = {
  theme: { file: 'audio/music/theme.mp3', label: 'Main theme' },
  office: { file: 'audio/music/office.mp3', label: 'The letter office' },
  melancholy: { file: 'audio/music/melancholy.mp3', label: 'Melancholy song' },
  bright: { file: 'audio/music/bright.mp3', label: 'Bright song' },
  photograph: { file: 'audio/music/photograph.mp3', label: "Samantha's piece: a photograph of us" },
  moon_song: { file: 'audio/music/moon_song.mp3', label: 'The cabin song about the moon' },
  letter: { file: 'audio/music/letter.mp3', label: 'The letter theme' },
  departure: { file: 'audio/music/departure.mp3', label: 'The departure' },
} as const;

/** Ambience beds a `# ambience:` tag may name (looped, under the music). */
export const ambience = {
  office: { file: 'audio/ambience/office.mp3', label: 'Office murmur' },
  city_night: { file: 'audio/ambience/city_night.mp3', label: 'City at night' },
  city_day: {
    file: 'audio/ambience/city_day.mp3',
    label: 'The plaza by day: footsteps, voices, distant traffic',
  },
  room_tone: { file: 'audio/ambience/room_tone.mp3', label: 'Quiet room, distant traffic' },
  subway: { file: 'audio/ambience/subway.mp3', label: 'Subway car rattle' },
  restaurant: { file: 'audio/ambience/restaurant.mp3', label: 'Restaurant murmur and cutlery' },
  beach: { file: 'audio/ambience/beach.mp3', label: 'Waves on a beach' },
  wind_snow: { file: 'audio/ambience/wind_snow.mp3', label: 'Wind over snow' },
  fire: { file: 'audio/ambience/fire.mp3', label: 'A crackling fire' },
  train: { file: 'audio/ambience/train.mp3', label: 'Bullet train hum' },
} as const;

/** One-shot sounds a `# sfx:` tag may name (and the UI's own cues). */
export const sfx = {
  chime: { file: 'audio/sfx/chime.mp3', label: 'Message chime' },
  ding: { file: 'audio/sfx/ding.mp3', label: 'Elevator bell' },
  hangup: { file: 'audio/sfx/hangup.mp3', label: 'Call ends' },
  click: { file: 'audio/sfx/click.mp3', label: 'Earpiece click' },
  not_found: { file: 'audio/sfx/not_found.mp3', label: 'Operating system not found' },
  knock: { file: 'audio/sfx/knock.mp3', label: 'A knock at the door' },
  choice: { file: 'audio/sfx/choice.mp3', label: 'A choice taken (interface)' },
  page: { file: 'audio/sfx/page.mp3', label: 'A page turns (interface)' },
} as const;

/**
 * Figures a `# show: who pose` tag may name, with their poses. A figure whose painting has not
 * arrived yet is simply not drawn; the story still reads.
 */
export const cast = {
  paul: { label: 'Paul', poses: ['smile', 'laugh'] },
  catherine: { label: 'Catherine', poses: ['laughing', 'turned', 'sharp', 'hurt'] },
  amy: { label: 'Amy', poses: ['smile', 'sad', 'laugh', 'thinking'] },
  charles: { label: 'Charles', poses: ['talk', 'smug'] },
  tatiana: { label: 'Tatiana', poses: ['smile', 'laugh'] },
  date: { label: 'The Date', poses: ['smile', 'flirt', 'hurt'] },
  isabella: { label: 'Isabella', poses: ['shy', 'tears'] },
  jocelyn: { label: 'Jocelyn', poses: ['happy', 'toast'] },
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
  installer: { color: '#ffffff', glow: '#b9c6d4', moods: ['default'] },
  alan: { color: '#a9d6e5', glow: '#4f8fb0', moods: ['default'] },
} as const;

/** Full-screen effects a `# fx:` tag may name; `clear` removes the lasting ones. */
export const effects = {
  snow: { lasting: true },
  dust_to_snow: { lasting: true },
  flash: { lasting: false },
  glitch: { lasting: false },
  clear: { lasting: false },
} as const;

/**
 * Playable interludes a `# minigame:` tag may start: the text version of each part (the knot
 * or stitch the story reads instead when the player skips it from the pause menu), the ink
 * knot its lines come from, and the variables it decides with their possible values (the
 * story's contract with the scene; `story:check` plays every one).
 */
export const minigames = {
  cave: {
    label: 'The alien-child cave',
    parts: { main: 'the_cave.text_cave', resume: 'the_cave.resume' },
    lines: 'cave_lines',
    results: { cave_outcome: ['befriended', 'fought', 'quit'] },
  },
  walk: {
    label: 'The eyes-closed walk',
    parts: { main: 'the_date.text_walk' },
    lines: 'walk_lines',
    results: { walk_trust: [0, 1, 2, 3] },
  },
  run: {
    label: 'The Not Found run',
    parts: { main: 'not_found.text_run' },
    lines: 'run_lines',
    results: { oranges: ['ran', 'helped'] },
  },
} as const;

/** The name of a playable interlude. */
export type MinigameKey = keyof typeof minigames;

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
  Samantha: { color: '#ffb38a', voice: 'samantha' },
  Device: { color: '#e8edf2', voice: 'device' },
  Installer: { color: '#f4f7fa', voice: 'installer' },
  'Alan Watts': { color: '#a9d6e5', voice: 'alan' },
  Stranger: { color: '#c9a0dc', voice: 'stranger' },
  Paul: { color: '#f2c14e', figure: 'paul' },
  Catherine: { color: '#8fb3d9', figure: 'catherine' },
  Amy: { color: '#e0b23a', figure: 'amy' },
  Charles: { color: '#b8bec6', figure: 'charles' },
  Tatiana: { color: '#7fbf8e', figure: 'tatiana' },
  Date: { color: '#d9534f', figure: 'date' },
  Isabella: { color: '#f4f1ec', figure: 'isabella' },
  Jocelyn: { color: '#f7a8c4', figure: 'jocelyn' },
  Child: { color: '#9be37a' },
  Lewman: { color: '#d6b38a' },
  Waiter: { color: '#c8b8a8' },
} as const;

export type BackgroundKey = keyof typeof backgrounds;
export type MusicKey = keyof typeof music;
export type AmbienceKey = keyof typeof ambience;
export type SfxKey = keyof typeof sfx;
export type CastKey = keyof typeof cast;
export type VoiceKey = keyof typeof voices;
export type SpeakerName = keyof typeof speakers;
