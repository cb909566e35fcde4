/**
 * The bench's baseline page: the same compiled story on the bare inkjs runtime, showing its
 * first line of text and nothing else. Everything the game does beyond this is its own cost.
 */
import { Story } from 'inkjs';
import storyJson from '../../../story/her.ink';

const story = new Story(storyJson);
// The game binds these too; without them ink would warn that the fallbacks are in use.
story.allowExternalFunctionFallbacks = true;
let text = '';
while (story.canContinue && text === '') text = story.Continue()?.trim() ?? '';
const line = document.getElementById('line');
if (line) line.textContent = text;
// The same flag the game's automation API raises, so both pages are timed the same way.
(window as unknown as { __her: { ready: boolean } }).__her = { ready: true };
