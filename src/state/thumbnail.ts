/** Something that can take a small picture of the stage, as a JPEG data URL. */
export type ThumbnailSource = () => string | null;

let source: ThumbnailSource = () => null;

/** The stage registers how to photograph itself; saves call `takeThumbnail()`. */
export function setThumbnailSource(next: ThumbnailSource): void {
  source = next;
}

/** A small picture of the stage now, or null when there is no stage (Node, or Phaser not up). */
export function takeThumbnail(): string | null {
  try {
    return source();
  } catch {
    return null; // A picture is a nicety: a save without one is still a save.
  }
}
