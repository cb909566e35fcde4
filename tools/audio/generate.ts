/**
 * Entry point: renders every music, ambience and sfx file the manifest lists and writes
 * them under assets/. Keys come from the manifest itself (typed Records below), so a key
 * added there without a piece here is a type error, and file paths never drift.
 *
 *   npx tsx tools/audio/generate.ts            # everything
 *   npx tsx tools/audio/generate.ts theme ding # only entries whose key or path matches
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ambience,
  music,
  sfx,
  type AmbienceKey,
  type MusicKey,
  type SfxKey,
} from '../../src/assets/manifest.ts';
import { SR, fadeOutTail, fromDb, peak, rms, scale, toDb, toMono, type Stereo } from './buffer.ts';
import { encodeMp3 } from './encode.ts';
import { loudness } from './loudness.ts';
import { renderBeach } from './pieces/ambience-beach.ts';
import { renderCityDay } from './pieces/ambience-city-day.ts';
import { renderCityNight } from './pieces/ambience-city.ts';
import { renderFire } from './pieces/ambience-fire.ts';
import { renderOfficeAmbience } from './pieces/ambience-office.ts';
import { renderRestaurant } from './pieces/ambience-restaurant.ts';
import { renderRoomTone } from './pieces/ambience-room.ts';
import { renderSubway } from './pieces/ambience-subway.ts';
import { renderTrain } from './pieces/ambience-train.ts';
import { renderWindSnow } from './pieces/ambience-wind-snow.ts';
import { renderBright } from './pieces/bright.ts';
import { renderDeparture } from './pieces/departure.ts';
import { renderLetter } from './pieces/letter.ts';
import { renderMelancholy } from './pieces/melancholy.ts';
import { renderMoonSong } from './pieces/moon-song.ts';
import { renderOffice } from './pieces/office.ts';
import { renderPhotograph } from './pieces/photograph.ts';
import { renderTheme } from './pieces/theme.ts';
import { renderChime } from './pieces/sfx-chime.ts';
import { renderChoice } from './pieces/sfx-choice.ts';
import { renderClick } from './pieces/sfx-click.ts';
import { renderDing } from './pieces/sfx-ding.ts';
import { renderHangup } from './pieces/sfx-hangup.ts';
import { renderKnock } from './pieces/sfx-knock.ts';
import { renderNotFound } from './pieces/sfx-not-found.ts';
import { renderPage } from './pieces/sfx-page.ts';

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets');

/** Peak ceiling for every file: headroom for MP3 overshoot and for mixing layers in the game. */
const PEAK_DB = -3;

/** Whole audio payload ceiling: eight minute-long loops and ten beds must download quickly. */
const BUDGET_MB = 6;

/** How a rendered piece becomes a file. */
interface Output {
  channels: 1 | 2;
  kbps: number;
  /** Loops are already seamless; one-shots get their last moments faded so they never end on a step. */
  loop: boolean;
  /** Target RMS level in dBFS (beds); without it the file is peak-normalised to PEAK_DB. */
  rmsDb?: number;
  /**
   * Loudness ceiling in LUFS (see loudness.ts): over the whole loop, or over the loudest
   * 400 ms of a one-shot. Files that would be louder at PEAK_DB are turned down to it.
   */
  lufs?: number;
  /** Allowed duration range in seconds, checked after rendering. */
  seconds: [number, number];
}

/**
 * 64 kbps joint stereo keeps eight minute-long loops inside the payload budget below. Peak
 * normalising alone left the loops 5 LU apart (sustained pads and a saturated tape mix
 * against sparse piano), so they share one loudness; the sparsest land a little under it.
 */
const MUSIC_OUT: Output = { channels: 2, kbps: 64, loop: true, lufs: -19, seconds: [60, 75] };

/**
 * Cues peak at PEAK_DB unless that makes them louder than the chime and bell family: a
 * sustained tone (the not-found error) would otherwise jump out by several LU.
 */
const SFX_OUT: Output = { channels: 1, kbps: 64, loop: false, lufs: -16, seconds: [0.1, 3] };

/**
 * Ambience beds keep their relative loudness instead of all peaking at -3 dBFS: a quiet room
 * must stay quieter than a busy office when the game plays beds at one volume. RMS targets
 * sit well under the music (-19 LUFS, about -21 dBFS RMS) so beds read as background.
 */
const AMBIENCE_RMS: Record<AmbienceKey, number> = {
  office: -27,
  city_night: -26,
  city_day: -26,
  room_tone: -35,
  subway: -24,
  restaurant: -27,
  beach: -25,
  wind_snow: -31,
  fire: -29,
  train: -29,
};

const MUSIC_PIECES: Record<MusicKey, () => Stereo> = {
  theme: renderTheme,
  office: renderOffice,
  melancholy: renderMelancholy,
  bright: renderBright,
  photograph: renderPhotograph,
  moon_song: renderMoonSong,
  letter: renderLetter,
  departure: renderDeparture,
};

const AMBIENCE_PIECES: Record<AmbienceKey, () => Stereo> = {
  office: renderOfficeAmbience,
  city_night: renderCityNight,
  city_day: renderCityDay,
  room_tone: renderRoomTone,
  subway: renderSubway,
  restaurant: renderRestaurant,
  beach: renderBeach,
  wind_snow: renderWindSnow,
  fire: renderFire,
  train: renderTrain,
};

const SFX_PIECES: Record<SfxKey, () => Stereo> = {
  chime: renderChime,
  ding: renderDing,
  hangup: renderHangup,
  click: renderClick,
  not_found: renderNotFound,
  knock: renderKnock,
  choice: renderChoice,
  page: renderPage,
};

/** One file to produce. */
interface Job {
  key: string;
  file: string;
  render: () => Stereo;
  out: Output;
}

/** Every job, built from the manifest's own entries. */
function jobs(): Job[] {
  const list: Job[] = [];
  for (const [key, entry] of Object.entries(music) as [MusicKey, { file: string }][]) {
    list.push({ key: `music/${key}`, file: entry.file, render: MUSIC_PIECES[key], out: MUSIC_OUT });
  }
  for (const [key, entry] of Object.entries(ambience) as [AmbienceKey, { file: string }][]) {
    const out: Output = {
      channels: 1,
      kbps: 48,
      loop: true,
      rmsDb: AMBIENCE_RMS[key],
      seconds: [20, 40],
    };
    list.push({ key: `ambience/${key}`, file: entry.file, render: AMBIENCE_PIECES[key], out });
  }
  for (const [key, entry] of Object.entries(sfx) as [SfxKey, { file: string }][]) {
    list.push({ key: `sfx/${key}`, file: entry.file, render: SFX_PIECES[key], out: SFX_OUT });
  }
  return list;
}

/** Bring a render to its channel count and level. */
function master(s: Stereo, out: Output): Float32Array[] {
  const chans = out.channels === 2 ? [s.l, s.r] : [toMono(s)];
  if (!out.loop) fadeOutTail(0.08, ...chans);
  const p = peak(...chans);
  if (p === 0) throw new Error('silent render');
  let gain = fromDb(PEAK_DB) / p;
  if (out.rmsDb !== undefined) gain = Math.min(gain, fromDb(out.rmsDb) / rms(...chans));
  if (out.lufs !== undefined) {
    gain = Math.min(gain, fromDb(out.lufs - loudness(chans, out.loop ? undefined : 0.4)));
  }
  scale(gain, ...chans);
  return chans;
}

/** Render, encode and write everything (or the jobs matching the CLI filters), then print a table. */
async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const todo = jobs().filter(
    (j) => filters.length === 0 || filters.some((f) => j.key.includes(f) || j.file.includes(f)),
  );
  const rows: string[][] = [];
  const problems: string[] = [];
  let total = 0;
  for (const job of todo) {
    const t0 = performance.now();
    const chans = master(job.render(), job.out);
    const bytes = await encodeMp3(chans, job.out.kbps, job.out.loop);
    const path = join(ASSETS, job.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    const seconds = chans[0]!.length / SR;
    total += bytes.length;
    const [lo, hi] = job.out.seconds;
    if (seconds < lo || seconds > hi)
      problems.push(`${job.file}: ${seconds.toFixed(2)} s is outside ${lo}-${hi} s`);
    rows.push([
      job.file,
      `${seconds.toFixed(2)} s`,
      `${(bytes.length / 1024).toFixed(1)} KB`,
      `${job.out.channels === 2 ? 'stereo' : 'mono'} ${job.out.kbps}k`,
      `${toDb(peak(...chans)).toFixed(1)} dB`,
      `${toDb(rms(...chans)).toFixed(1)} dB`,
      `${loudness(chans, job.out.loop ? undefined : 0.4).toFixed(1)} LUFS`,
      `${((performance.now() - t0) / 1000).toFixed(1)} s`,
    ]);
  }
  const head = ['file', 'duration', 'size', 'format', 'peak', 'rms', 'loudness', 'render'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MB in ${rows.length} files`);
  if (filters.length === 0 && total > BUDGET_MB * 1024 * 1024)
    problems.push(`total size is over the ${BUDGET_MB} MB budget`);
  for (const p of problems) console.error(`warning: ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
