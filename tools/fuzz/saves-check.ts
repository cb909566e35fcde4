/**
 * After a fuzz session: every save the page left behind, read out of IndexedDB and
 * localStorage and checked with the game's own validation (src/state/save-format.ts).
 */
import type { Page } from 'playwright-core';
import { readSaveRecord, SaveId } from '../../src/state/save-format.ts';
import * as v from 'valibot';

/** Everything under the game's keys: the IndexedDB saves and localStorage's her.* entries. */
async function storedSaves(page: Page) {
  return page.evaluate(async () => {
    const saves = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const open = indexedDB.open('her-letters-from-your-life');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('saves')) return resolve({});
        const store = db.transaction('saves').objectStore('saves');
        const out: Record<string, unknown> = {};
        const cursor = store.openCursor();
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return void (db.close(), resolve(out));
          out[String(c.key)] = c.value;
          c.continue();
        };
      };
    });
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('her.')) local[key] = localStorage.getItem(key) ?? '';
    }
    return { saves, local };
  });
}

/** Problems with what the page stored (empty when every save is valid). */
export async function checkSaves(page: Page): Promise<{ problems: string[]; saves: number }> {
  const { saves, local } = await storedSaves(page);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(saves)) {
    if (!v.is(SaveId, key)) problems.push(`IndexedDB holds "${key}", which is no save place`);
    const read = readSaveRecord(value, v.is(SaveId, key) ? key : 'auto-1');
    if ('problem' in read) problems.push(`save "${key}" does not validate: ${read.problem}`);
  }
  for (const [key, text] of Object.entries(local)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problems.push(`localStorage ${key} is not JSON`);
      continue;
    }
    if (key === 'her.resume' || key.startsWith('her.save.')) {
      const read = readSaveRecord(value);
      if ('problem' in read) problems.push(`${key} does not validate: ${read.problem}`);
    }
  }
  return { problems, saves: Object.keys(saves).length };
}
