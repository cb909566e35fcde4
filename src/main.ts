import '@fontsource-variable/figtree';
// Display type at the two weights the game sets it in (one static face is half the variable font).
import '@fontsource/fraunces/300.css';
import '@fontsource/fraunces/400.css';
import '@fontsource-variable/caveat';
import './ui/styles/base.css';
import './ui/styles/title.css';
import './ui/styles/play.css';
import './ui/styles/letter.css';
import './ui/styles/end.css';
import './ui/styles/menus.css';
import './ui/styles/interlude.css';
import './ui/styles/replay.css';
import './ui/styles/map.css';
import './ui/styles/book.css';
import storyJson, { hash, mapOutline, warnings } from '../story/her.ink';
import { installAutomation } from './dev/automation';
import { interludeLoaders } from './interludes/catalog';
import { registerInterlude } from './state/interludes';
import { loadStory, prepareStory, reloadStory, rewind } from './state/actions';
import { runPlayClock } from './state/play-clock';
import { holdSkip, toggleAuto } from './state/reading';
import { saveBeforeLeaving } from './state/save-actions';
import { watchProgressInOtherTabs } from './state/progress-merge';
import { setMapOutline } from './state/story-outline';
import { loadSaves } from './state/saves';
import { notify, sessionStore } from './state/session';
import { closeMenu, openMenu, uiStore } from './state/ui';
import { onStorageProblem } from './state/storage';
import { mountAnnouncer } from './ui/announcer';
import { byId } from './ui/dom';
import { mountEndScreen } from './ui/end-screen';
import { mountKeyboard } from './ui/keyboard';
import { mountNotices } from './ui/notices';
import { PlayScreen } from './ui/play-screen';
import { mountTitleScreen } from './ui/title-screen';
import { mountBacklogScreen } from './ui/menus/backlog-screen';
import { mountConfirmDialog } from './ui/menus/confirm-dialog';
import { mountContentNote } from './ui/menus/content-note';
import { mountHelpScreen } from './ui/menus/help-screen';
import { mountSettingsScreen } from './ui/menus/settings-screen';
import { applySettingsToPage } from './ui/apply-settings';
import { moveFocus, pressFocused } from './ui/focus-move';
import { startGamepad } from './ui/gamepad';
import { proceed } from './ui/proceed';
import { startReadAloud } from './ui/read-aloud';
import { mountGameMenu } from './ui/menus/game-menu';
import { startOffline } from './pwa/register';
import { mountSaveScreen } from './ui/menus/save-screen';
import { mountReplayScreen } from './ui/replay/replay-screen';
import { mountTitleExtras } from './ui/replay/title-extras';

const automation = new URLSearchParams(location.search).has('test') ? installAutomation() : null;

for (const name of Object.keys(interludeLoaders)) registerInterlude(name);
applySettingsToPage(); // before anything is drawn: the player's text size and theme from the start
onStorageProblem((problem) => notify(problem.message));
loadStory(storyJson, hash);
setMapOutline(mapOutline);
watchProgressInOtherTabs();
mountNotices();
mountTitleScreen();
const play = new PlayScreen();
mountKeyboard(play.choices, play.hud);
mountEndScreen();
mountAnnouncer();
mountGameMenu();
mountSaveScreen();
mountBacklogScreen();
mountSettingsScreen();
mountHelpScreen();
mountReplayScreen();
mountTitleExtras();
mountConfirmDialog();
mountContentNote(); // first launch only; after the title so focus returns to New game
startReadAloud();
startGamepad({
  confirm: () => pressFocused(proceed),
  back: () => uiStore.getState().overlay && closeMenu(),
  menu: () => (uiStore.getState().overlay ? closeMenu() : openMenu('menu')),
  move: (delta) => moveFocus(delta, (d) => play.choices.moveFocus(d)),
  backlog: () => openMenu('backlog'),
  skipHold: holdSkip,
  auto: toggleAuto,
  rewind: () => void rewind(),
});

void loadSaves();

// Never lose the player's place: save whenever the page may be going away.
addEventListener('pagehide', saveBeforeLeaving);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveBeforeLeaving();
});
// The play clock runs only while the story is on screen and the tab is visible.
const runClockIfPlaying = () =>
  runPlayClock(sessionStore.getState().screen === 'play' && document.visibilityState === 'visible');
sessionStore.subscribe(runClockIfPlaying);
document.addEventListener('visibilitychange', runClockIfPlaying);

if (import.meta.env.DEV) {
  for (const warning of warnings) console.warn(`ink: ${warning}`);
  sessionStore.subscribe(({ view }, previous) => {
    if (view?.beat && view.beat !== previous.view?.beat) {
      for (const warning of view.beat.warnings) console.warn(`ink tag: ${warning}`);
    }
  });
}

// Editing any .ink file rebuilds the story and replays the route to the same line.
if (import.meta.hot) {
  import.meta.hot.accept('../story/her.ink', (module) => {
    if (!module) return;
    setMapOutline(module.mapOutline as typeof mapOutline);
    reloadStory(module.default as string, module.hash as string);
  });
}

if (automation) automation.ready = true;

// The writer's panel (F9): only in the dev server or with ?test, and loaded on first use
// (after the title is ready: starting the import costs the first frame ~10 ms).
if (import.meta.env.DEV || automation)
  void import('./dev/writer-key').then((m) => m.installWriterKey());

/** Phaser and howler load after the title is on screen, so nothing delays the first tap. */
async function startStage(): Promise<void> {
  const parent = byId('stage');
  try {
    const [{ createStageGame }, { startSoundtrack }, { prefetchChapterAhead }] = await Promise.all([
      import('./scenes/createStageGame'),
      import('./audio/soundtrack'),
      import('./audio/prefetch-ahead'),
    ]);
    startSoundtrack();
    prefetchChapterAhead();
    const { game, renderer } = createStageGame(parent);
    game.events.once('ready', () => {
      parent.classList.add('is-ready');
      document.body.classList.add('stage-ready');
      if (automation) {
        automation.renderer = renderer;
        automation.stageReady = true;
      }
    });
  } catch (error) {
    console.error(error);
    notify('The pictures could not be loaded; the story still reads fine.');
  }
}

requestAnimationFrame(() => setTimeout(startStage, 0));
// Ink reads the story while the player looks at the title (a first click then starts at once).
if ('requestIdleCallback' in window) requestIdleCallback(prepareStory, { timeout: 3000 });
else setTimeout(prepareStory, 500);
startOffline(); // the service worker registers after the page has loaded
