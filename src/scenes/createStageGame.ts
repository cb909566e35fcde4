import Phaser from 'phaser';
import { detectGpuName, pickRenderer, type RendererChoice } from './renderer';
import { StageScene } from './StageScene';
import { provideStageThumbnails } from './stage-thumbnail';

/**
 * Creates the Phaser game that draws the stage behind the DOM overlay. The canvas fills its
 * parent and follows its size; the renderer is WebGL only where it is hardware-backed.
 */
export function createStageGame(parent: HTMLElement): {
  game: Phaser.Game;
  renderer: RendererChoice;
} {
  const override = new URLSearchParams(location.search).get('renderer');
  const renderer = pickRenderer(override, detectGpuName());
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    backgroundColor: '#2a1216',
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    // Kept so a save can photograph the stage between frames (WebGL clears it otherwise).
    render: { antialias: true, powerPreference: 'default', preserveDrawingBuffer: true },
    scene: [StageScene],
  });
  game.events.once('ready', () => provideStageThumbnails(game.canvas));
  return { game, renderer };
}
