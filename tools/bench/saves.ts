/**
 * Save and load times through the game's own save code in Node: the state modules booted as
 * a page would boot them (as tests/helpers/boot.ts does), saves in IndexedDB (fake-indexeddb),
 * a playthrough taken deep into the story so the save carries a long route and backlog.
 */
import 'fake-indexeddb/auto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { median } from './stats.ts';

/** Median save and load times, and how big the save was. */
export interface SaveFigures {
  saveMs: number;
  /** Reading every save back from storage and validating it, then resuming the chosen one. */
  loadMs: number;
  /** Resuming from a save already read (what the Load screen does on a click). */
  resumeMs: number;
  saveBytes: number;
  backlog: number;
  chapter: string | null;
  runs: number;
}

/** A Map-backed stand-in for localStorage (the settings and progress stores use it). */
function memoryLocalStorage() {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** Plays (seeded) until `choicePoints` choices are behind, then times `runs` saves and loads. */
export async function measureSaves(
  json: string,
  hash: string,
  runs = 20,
  choicePoints = 40,
): Promise<SaveFigures> {
  const storage = await import('../../src/state/storage.ts');
  storage.setStorageBackend(memoryLocalStorage());
  const saveStore = await import('../../src/state/save-store.ts');
  saveStore.setSaveBackend(saveStore.indexedDbBackend());
  const actions = await import('../../src/state/actions.ts');
  const saveActions = await import('../../src/state/save-actions.ts');
  const saves = await import('../../src/state/saves.ts');
  const { sessionStore } = await import('../../src/state/session.ts');
  actions.loadStory(json, hash);
  await saves.loadSaves();
  actions.newGame();
  const rng = xoroshiro128plus(7);
  let made = 0;
  for (let i = 0; i < 20_000 && made < choicePoints; i++) {
    const view = sessionStore.getState().view;
    if (!view || view.ended) break;
    actions.lineRevealed();
    if (view.choices && made++ < choicePoints)
      actions.choose(uniformInt(rng, 0, view.choices.length - 1));
    else actions.advance();
  }
  await new Promise((r) => setTimeout(r, 50)); // the autosaves each choice fired settle first
  const save: number[] = [];
  const load: number[] = [];
  const resume: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    if (!(await saveActions.saveGame('slot-1'))) throw new Error('the save was refused');
    save.push(performance.now() - t);
    t = performance.now();
    await saves.loadSaves();
    if (!saveActions.loadGame('slot-1')) throw new Error('the save would not load');
    load.push(performance.now() - t);
    t = performance.now();
    saveActions.loadGame('slot-1');
    resume.push(performance.now() - t);
  }
  const record = saves.savesStore.getState().records['slot-1'];
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    saveMs: r(median(save)),
    loadMs: r(median(load)),
    resumeMs: r(median(resume)),
    saveBytes: JSON.stringify(record).length,
    backlog: record?.snapshot.view.backlog.length ?? 0,
    chapter: record?.chapterTitle ?? null,
    runs,
  };
}
