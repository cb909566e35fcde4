import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { previousPathOf } from '../src/story/line-path';
import { compileFixture } from './helpers/compile';

describe('the path of the line just read', () => {
  const json = compileFixture('../story/her.ink');

  it("is ink's own previousPathString at every line of whole routes through the real story", () => {
    const story = new Story(json);
    story.allowExternalFunctionFallbacks = true;
    let compared = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      story.ResetState();
      let turn = seed;
      for (;;) {
        while (story.canContinue) {
          story.Continue();
          expect(previousPathOf(story)).toBe(story.state.previousPathString);
          compared++;
        }
        const n = story.currentChoices.length;
        if (n === 0) break;
        turn = (turn * 7 + 3) % 101; // a varied, repeatable route
        story.ChooseChoiceIndex(turn % n);
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });
});
