/**
 * A LAME/Info header for gapless playback. An MP3 decoder outputs 576 samples of encoder
 * delay (plus 529 of decoder delay) before our audio and pads the end to a whole frame; on a
 * loop that is an audible gap. The Info frame records the delay and padding so decoders that
 * read it (ffmpeg, and Chromium's decodeAudioData, both checked) trim back to the exact samples.
 */

/** MPEG-1 Layer III bitrates (kbps) by header index. */
const BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

/** The encoder delay lame(js) inserts before the first input sample. */
const ENCODER_DELAY = 576;

/** Samples per MPEG-1 Layer III frame. */
const FRAME_SAMPLES = 1152;

/** Byte length of the MPEG-1 Layer III frame starting at `o`, or 0 if no frame header is there. */
function frameLength(b: Uint8Array, o: number): number {
  if (o + 4 > b.length || b[o] !== 0xff || (b[o + 1]! & 0xfe) !== 0xfa) return 0;
  const rate = BITRATES[b[o + 2]! >> 4] ?? 0;
  const sr = [44100, 48000, 32000][(b[o + 2]! >> 2) & 3] ?? 0;
  if (!rate || !sr) return 0;
  const padding = (b[o + 2]! >> 1) & 1;
  return Math.floor((144000 * rate) / sr) + padding;
}

/** Count frames in a bare MP3 stream, checking they tile the bytes exactly. */
export function countFrames(b: Uint8Array): number {
  let o = 0;
  let n = 0;
  while (o < b.length) {
    const len = frameLength(b, o);
    if (len === 0) throw new Error(`no MP3 frame at byte ${o}`);
    o += len;
    n++;
  }
  if (o !== b.length) throw new Error('MP3 stream ends mid-frame');
  return n;
}

/** CRC-16 (polynomial 0x8005, reflected, as LAME uses for its tag). */
function crc16(b: Uint8Array, from: number, to: number, init = 0): number {
  let crc = init;
  for (let i = from; i < to; i++) {
    crc ^= b[i]!;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc & 0xffff;
}

/**
 * Prepend an Info frame to a bare CBR stream of `samples` input samples per channel encoded
 * at `kbps`. `lead` and `tail` are extra input samples before and after those to keep (loop
 * context, see encode.ts): they are added to the recorded delay and padding, so decoders trim
 * them too. The frame is silent audio to decoders that ignore it.
 */
export function withGaplessHeader(
  frames: Uint8Array,
  samples: number,
  kbps: number,
  lead = 0,
  tail = 0,
): Uint8Array {
  const count = countFrames(frames);
  const mono = frames[3]! >> 6 === 3;
  const sideInfo = mono ? 17 : 32;
  const tagStart = 4 + sideInfo;
  const need = tagStart + 156;
  // Use the stream's bitrate if the tag fits in such a frame, else the next one up.
  let index = BITRATES.indexOf(kbps);
  while (Math.floor((144000 * (BITRATES[index] ?? 320)) / 44100) < need) index++;
  const size = Math.floor((144000 * BITRATES[index]!) / 44100);
  const delay = ENCODER_DELAY + lead;
  const padding = count * FRAME_SAMPLES - delay - samples;
  // Both fields are 12 bits in the LAME tag.
  if (delay > 4095) throw new Error(`MP3 delay ${delay} does not fit the tag`);
  if (padding < tail || padding > 4095) throw new Error(`unexpected MP3 padding ${padding}`);

  const info = new Uint8Array(size);
  info[0] = 0xff;
  info[1] = frames[1]!;
  info[2] = (index << 4) | (frames[2]! & 0x0c); // same sample rate, no padding bit
  info[3] = frames[3]!;
  const total = size + frames.length;
  const put32 = (o: number, v: number): void => {
    info[o] = (v >>> 24) & 0xff;
    info[o + 1] = (v >>> 16) & 0xff;
    info[o + 2] = (v >>> 8) & 0xff;
    info[o + 3] = v & 0xff;
  };
  let o = tagStart;
  info.set([0x49, 0x6e, 0x66, 0x6f], o); // "Info": the CBR spelling of "Xing"
  put32(o + 4, 0x0f); // frames, bytes, TOC and quality fields present
  put32(o + 8, count);
  put32(o + 12, total);
  for (let i = 0; i < 100; i++) info[o + 16 + i] = Math.floor((i * 256) / 100); // CBR: linear seek table
  put32(o + 116, 0);
  o += 120;
  info.set(
    Array.from('LAME3.100', (c) => c.charCodeAt(0)),
    o,
  );
  info[o + 9] = 0x01; // tag revision 0, method 1 = constant bitrate
  info[o + 20] = Math.min(255, kbps);
  info[o + 21] = delay >> 4;
  info[o + 22] = ((delay & 0x0f) << 4) | (padding >> 8);
  info[o + 23] = padding & 0xff;
  put32(o + 28, total);
  const musicCrc = crc16(frames, 0, frames.length);
  info[o + 32] = musicCrc >> 8;
  info[o + 33] = musicCrc & 0xff;
  const tagCrc = crc16(info, 0, o + 34);
  info[o + 34] = tagCrc >> 8;
  info[o + 35] = tagCrc & 0xff;

  const out = new Uint8Array(total);
  out.set(info, 0);
  out.set(frames, size);
  return out;
}
