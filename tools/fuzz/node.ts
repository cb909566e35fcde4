/**
 * `npm run fuzz`: seeded random playthroughs of the real story through src/story (the same
 * Playthrough the game uses; every even seed plays the interludes' scripted lines as the game
 * does, every odd one reads their text versions). Fails on any runtime error, dead end (a
 * stop without `# ending:`) or endless loop, printing the seed that replays it.
 * Options: --walks N (10000), --seed S (1): walk i uses seed S + i.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileInk } from '../ink/compile.ts';
import { randomWalk } from '../story/walk.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    walks: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    story: { type: 'string', default: path.join(root, 'story/her.ink') },
  },
});
const walks = Number(args.walks);
const firstSeed = Number(args.seed);

const build = compileInk(args.story);
if (!build.json) {
  console.error('The story does not compile: run npm run story:check for the details.');
  process.exit(1);
}
const json = build.json;
const played = { interludes: { flows: build.flows } };

/** What went wrong on a walk, by kind, with the first few seeds of each. */
const failures = {
  error: new Map<string, number[]>(),
  deadEnd: new Map<string, number[]>(),
  loop: new Map<string, number[]>(),
};
const counts = { error: 0, deadEnd: 0, loop: 0 };
const endings = new Map<string, number>();
const note = (kind: keyof typeof failures, what: string, seed: number) => {
  counts[kind] += 1;
  const seeds = failures[kind].get(what) ?? [];
  if (seeds.length < 5) seeds.push(seed);
  failures[kind].set(what, seeds);
};

const started = performance.now();
let lines = 0;
for (let i = 0; i < walks; i++) {
  const seed = firstSeed + i;
  // The mode follows the seed, so `--seed S --walks 1` replays walk S exactly.
  const walk = randomWalk(json, seed, undefined, undefined, seed % 2 === 0 ? played : {});
  lines += walk.steps.length;
  const where = `after "${walk.lastLine ?? '(nothing)'}"`;
  if (walk.error && /no end after|endless loop/.test(walk.error))
    note('loop', `${walk.error} ${where}`, seed);
  else if (walk.error) note('error', `${walk.error} ${where}`, seed);
  else if (walk.ending === null) note('deadEnd', `stops ${where}`, seed);
  else endings.set(walk.ending, (endings.get(walk.ending) ?? 0) + 1);
  if ((i + 1) % 1000 === 0 && i + 1 < walks) {
    const s = Math.round((performance.now() - started) / 1000);
    console.log(
      `fuzz: ${i + 1} walks, ${s} s, ${counts.error + counts.deadEnd + counts.loop} failing so far`,
    );
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(
  `\nfuzz: ${walks} random playthroughs (seeds ${firstSeed}–${firstSeed + walks - 1}) in ${seconds.toFixed(1)} s, ${(walks / seconds).toFixed(1)}/s, ${Math.round(lines / walks)} steps each on average`,
);
console.log(`  runtime errors: ${counts.error}`);
console.log(`  dead ends:      ${counts.deadEnd}`);
console.log(`  endless loops:  ${counts.loop}`);
console.log(
  `  endings:        ${[...endings]
    .sort((a, b) => b[1] - a[1])
    .map(([e, n]) => `${e} ${n}`)
    .join(', ')}`,
);
for (const [kind, table] of Object.entries(failures)) {
  for (const [what, seeds] of table) {
    console.log(
      `\n${kind}: ${what}\n  seeds ${seeds.join(', ')}; replay: npm run fuzz -- --walks 1 --seed ${seeds[0]}`,
    );
  }
}
const failed = counts.error + counts.deadEnd + counts.loop;
console.log(failed === 0 ? '\nfuzz: clean' : `\nfuzz: ${failed} failing walk(s)`);
process.exit(failed === 0 ? 0 : 1);
