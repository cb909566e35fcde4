/** The cave's depths on screen: far dark, middle distance, the near cave, and the near edge. */
import type Phaser from 'phaser';
import { parallaxFor, type CameraView, type Parallax } from './cave-camera';
import { worldWidth } from './cave-map';
import { NEAR_CHUNK, SECRET, type CaveArt, type DepthArt } from './cave-textures';

/** How far apart the pieces of the near edge are, in their layer's units. */
const FORE_STEP = 760;
/** Where the lumps in front begin: just below the floor's front edge. */
const FORE_FLOOR = 1050;

/**
 * Four layers, each a container moved by the camera at its own speed: the further, the
 * slower (parallax). The play layer (speed 1) holds the near cave, the props and the figures,
 * sorted by depth so whoever is nearer the viewer is drawn in front.
 */
export class CaveView {
  readonly play: Phaser.GameObjects.Container;
  private readonly far: Phaser.GameObjects.Container;
  private readonly mid: Phaser.GameObjects.Container;
  private readonly fore: Phaser.GameObjects.Container;
  private readonly chunks: (Phaser.GameObjects.Image | null)[] = [];
  private readonly nearKeys: string[];
  private readonly secretKey: string;
  private secret: Phaser.GameObjects.Image | null = null;
  private secretShown = false;
  private adopted = 0;
  private readonly res: number;
  private parallax: Parallax;
  private shaking = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    art: CaveArt,
    calm: boolean,
  ) {
    this.parallax = parallaxFor(calm);
    this.far = this.depth(art.far, 0);
    this.mid = this.depth(art.mid, 1);
    this.play = scene.add.container(0, 0).setDepth(2);
    this.nearKeys = art.near;
    this.res = art.res;
    this.secretKey = art.secret;
    this.fore = scene.add.container(0, 0).setDepth(3);
    const span = worldWidth() * 1.4 + 1600;
    for (let i = 0, x = 300; x < span; i++, x += FORE_STEP + ((i * 137) % 260)) {
      // Hanging rock high up, and now and then a dark lump low in front.
      const top = art.fore.top[i % art.fore.top.length] ?? '';
      this.fore.add(
        scene.add
          .image(x, 130, top)
          .setOrigin(0.5, 0)
          .setScale(1 / art.res)
          .setAlpha(0.8),
      );
      if (i % 2 === 0) {
        const bottom = art.fore.bottom[i % art.fore.bottom.length] ?? '';
        this.fore.add(
          scene.add
            .image(x + 340, FORE_FLOOR, bottom)
            .setOrigin(0.5, 0)
            .setScale(1 / art.res)
            .setAlpha(0.95),
        );
      }
    }
  }

  private depth(art: DepthArt, depth: number): Phaser.GameObjects.Container {
    const tiles = art.keys.map((key, i) =>
      this.scene.add
        .image(art.span.x0 + i * art.tileW, 0, key)
        .setOrigin(0, 0)
        .setScale(1 / art.span.res),
    );
    return this.scene.add.container(0, 0, tiles).setDepth(depth);
  }

  /** Lets players who asked for less motion have flatter depths. */
  setCalm(calm: boolean): void {
    this.parallax = parallaxFor(calm);
  }

  /** Fades the hidden tunnel's floor in (the child has shown it), with anything that goes with it. */
  showSecret(also: Phaser.GameObjects.Image[] = []): void {
    this.secretShown = true;
    const targets = this.secret ? [this.secret, ...also] : also;
    this.scene.tweens.add({ targets, alpha: 1, duration: 1400, ease: 'Sine.easeInOut' });
  }

  /** Adds the near cave's pieces as their paint arrives (some are painted after the start). */
  private adopt(): void {
    const { textures } = this.scene;
    this.nearKeys.forEach((key, i) => {
      if (this.chunks[i] || !textures.exists(key)) return;
      const chunk = this.scene.add.image(i * NEAR_CHUNK, 0, key).setOrigin(0, 0);
      this.chunks[i] = chunk.setScale(1 / this.res).setDepth(-1e6);
      this.play.add(chunk);
      this.adopted += 1;
    });
    if (!this.secret && textures.exists(this.secretKey)) {
      this.secret = this.scene.add.image(SECRET.x0, 0, this.secretKey).setOrigin(0, 0);
      this.secret
        .setScale(1 / this.res)
        .setDepth(-9e5)
        .setAlpha(this.secretShown ? 1 : 0);
      this.play.add(this.secret);
    }
  }

  /** Shakes the view for a moment (a tackle, rock moving). */
  shake(seconds: number): void {
    this.shaking = seconds;
  }

  /** Moves every layer for the camera, shaking if asked, hiding chunks off screen. */
  place(cam: CameraView, dt: number): void {
    const { width, height } = this.scene.scale;
    this.shaking = Math.max(0, this.shaking - dt);
    const amp = this.shaking > 0 ? 10 * Math.min(1, this.shaking / 0.3) : 0;
    const shakeX = (Math.random() - 0.5) * amp;
    const shakeY = (Math.random() - 0.5) * amp;
    const put = (layer: Phaser.GameObjects.Container, speed: number) => {
      layer.setScale(cam.zoom);
      // Whole pixels: a picture at a fractional offset is resampled, not copied.
      layer.setPosition(
        Math.round(width / 2 - cam.cx * speed * cam.zoom + shakeX),
        Math.round(height / 2 - cam.cy * cam.zoom + shakeY),
      );
    };
    put(this.far, this.parallax.far);
    put(this.mid, this.parallax.mid);
    put(this.play, 1);
    put(this.fore, this.parallax.fore);
    if (this.adopted < this.nearKeys.length || !this.secret) this.adopt();
    const half = width / cam.zoom / 2;
    for (const chunk of this.chunks) {
      chunk?.setVisible(chunk.x < cam.cx + half + 40 && chunk.x + NEAR_CHUNK > cam.cx - half - 40);
    }
  }
}
