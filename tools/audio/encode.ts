/**
 * MP3 encoding with lamejs, plus the gapless header (see gapless.ts).
 *
 * lamejs's Mp3Encoder hard-codes its LAME settings, and LAME picks an output sample rate
 * from the bitrate: at 80 kbps stereo or 48 kbps mono it silently resamples to 32 kHz. We
 * need 44.1 kHz (and exact sample counts for seamless loops), so we load the package's own
 * bundle with two settings changed: output rate = input rate, and joint stereo (mid/side),
 * which spends the few bits better on our mostly-centred mixes. The patch is checked: if a
 * future lamejs no longer matches, this throws instead of quietly encoding something else.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mp3Encoder as Mp3EncoderClass } from '@breezystack/lamejs';
import { withGaplessHeader } from './gapless.ts';

type EncoderCtor = typeof Mp3EncoderClass;

// Inside Mp3Encoder: `R.mode = lr.STEREO, R.quality = 3, ...` (names are minified).
const SETTINGS = /(\w+)\.mode = (\w+)\.STEREO, \1\.quality = 3,/;

let cached: EncoderCtor | null = null;

/** Load lamejs with the sample-rate and stereo-mode settings above. */
async function loadEncoder(): Promise<EncoderCtor> {
  if (cached) return cached;
  // The package's ESM bundle, exactly as `import '@breezystack/lamejs'` would load it.
  const source = readFileSync(fileURLToPath(import.meta.resolve('@breezystack/lamejs')), 'utf8');
  if (!SETTINGS.test(source)) throw new Error('lamejs bundle changed: cannot set 44.1 kHz output');
  const patched = source.replace(
    SETTINGS,
    (_all, g: string, modes: string) =>
      `${g}.mode = ${modes}.JOINT_STEREO, ${g}.out_samplerate = ${g}.in_samplerate, ${g}.quality = 3,`,
  );
  const url = `data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`;
  const mod = (await import(url)) as { Mp3Encoder: EncoderCtor };
  cached = mod.Mp3Encoder;
  return cached;
}

/** Float samples in [-1, 1] to 16-bit PCM, rounding and clamping. */
function toPcm16(ch: Float32Array): Int16Array {
  const out = new Int16Array(ch.length);
  for (let i = 0; i < ch.length; i++) {
    const v = Math.round(ch[i]! * 32767);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
  return out;
}

/** Join byte chunks into one array. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Context added around a loop, in samples. MP3 codes overlapping blocks, so the first and
 * last frames of a file are rebuilt against silence and no longer meet each other at the
 * loop point (the bullet-train bed clicked there). Encoding the loop's own end before it and
 * its start after it gives the edge frames the right neighbours; the gapless header then
 * trims the extra away, and the seam error drops to the codec's noise level. The context's
 * outer edges are faded, so the encoder never sees a cut whose pre-echo could reach back
 * into the kept samples. Delay and padding are 12-bit fields: 576 + 2304 and at most about
 * 1730 + 1728 both fit under 4095.
 */
const LOOP_LEAD = 2304;
const LOOP_TAIL = 1728;
const LOOP_FADE = 576;

/** A loop with `lead` samples of its end before it and `tail` of its start after it. */
function wrapped(ch: Float32Array, lead: number, tail: number): Float32Array {
  const n = ch.length;
  const out = new Float32Array(lead + n + tail);
  for (let i = 0; i < lead; i++) out[i] = ch[(((n - lead + i) % n) + n) % n]!;
  out.set(ch, lead);
  for (let i = 0; i < tail; i++) out[lead + n + i] = ch[i % n]!;
  for (let i = 0; i < LOOP_FADE; i++) {
    const g = 0.5 - 0.5 * Math.cos((Math.PI * i) / LOOP_FADE);
    out[i] = out[i]! * g;
    out[out.length - 1 - i] = out[out.length - 1 - i]! * g;
  }
  return out;
}

/**
 * Encode one (mono) or two (stereo) channels at 44.1 kHz CBR `kbps` into a gapless MP3 file.
 * With `loop`, the edges are encoded with wrap-around context (see LOOP_LEAD).
 */
export async function encodeMp3(
  channels: readonly Float32Array[],
  kbps: number,
  loop = false,
): Promise<Uint8Array> {
  const [left, right] = channels;
  if (!left || channels.length > 2) throw new Error('encodeMp3 takes one or two channels');
  const Mp3Encoder = await loadEncoder();
  const lead = loop ? LOOP_LEAD : 0;
  const tail = loop ? LOOP_TAIL : 0;
  const l = toPcm16(loop ? wrapped(left, lead, tail) : left);
  const r = right ? toPcm16(loop ? wrapped(right, lead, tail) : right) : undefined;
  const enc = new Mp3Encoder(channels.length, 44100, kbps);
  const chunks: Uint8Array[] = [];
  // lamejs hands back signed bytes (typed as Uint8Array); copy each chunk as unsigned.
  const keep = (b: Uint8Array | Int8Array): void => {
    if (b.length > 0) chunks.push(new Uint8Array(b.buffer, b.byteOffset, b.length).slice());
  };
  const block = 1152;
  for (let i = 0; i < l.length; i += block) {
    const lb = l.subarray(i, i + block);
    keep(r ? enc.encodeBuffer(lb, r.subarray(i, i + block)) : enc.encodeBuffer(lb));
  }
  keep(enc.flush());
  return withGaplessHeader(concat(chunks), left.length, kbps, lead, tail);
}
