/**
 * What the endings gallery shows of each ending besides its title (src/assets/manifest.ts):
 * a gentle hint while it is undiscovered, its last image in words (for screen readers), the
 * key colour of that image, and a silhouette of it (SVG shapes in a 160×90 box) for the card
 * of an ending not yet reached. An ending missing here still gets a plain card.
 */
export interface EndingInfo {
  hint: string;
  lastImage: string;
  tint: string;
  silhouette: string;
}

/** Gallery details by ending id. */
export const endingInfo: Record<string, EndingInfo> = {
  friend_to_the_end: {
    hint: 'Send an honest letter, and don’t spend the night alone. Someone down the hall has been a good friend.',
    lastImage: 'The roof at first light, Amy’s head on his shoulder.',
    tint: '#e7a98f',
    silhouette:
      '<circle cx="118" cy="40" r="14"/><path d="M0 70h160v20H0z"/><circle cx="70" cy="44" r="7"/><circle cx="84" cy="47" r="6.5"/><path d="M60 70c0-14 4-20 10-20s9 5 10 10c2-6 5-8 9-8 6 0 9 7 9 18z"/>',
  },
  city_lights: {
    hint: 'Send an honest letter, then let the city keep you company for a while.',
    lastImage: 'Alone at the window, a faint smile.',
    tint: '#5b4a6e',
    silhouette:
      '<path d="M8 8h144v74H8z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M56 8v74M104 8v74" stroke="currentColor" stroke-width="3"/><path d="M10 80V52h10v-12h8v18h9V44h10v36zM110 80V48h9v-10h7v16h10V40h14v40z"/><circle cx="80" cy="46" r="7"/><path d="M70 82c0-16 4-26 10-26s10 10 10 26z"/>',
  },
  come_back: {
    hint: 'Hold on tightly enough, and the letter may ask for something back.',
    lastImage: 'The phone face-up on the table; no reply comes; snow.',
    tint: '#8fa3b8',
    silhouette:
      '<path d="M20 62h120v6H20zM30 68h6v20h-6zM124 68h6v20h-6z"/><rect x="68" y="50" width="26" height="10" rx="2"/><circle cx="30" cy="14" r="2"/><circle cx="62" cy="24" r="2"/><circle cx="96" cy="10" r="2"/><circle cx="128" cy="28" r="2"/><circle cx="146" cy="12" r="2"/><circle cx="14" cy="36" r="2"/>',
  },
  drafts: {
    hint: 'Some letters are only for the one who writes them.',
    lastImage: 'The cursor blinking on an empty page.',
    tint: '#c9b9a6',
    silhouette:
      '<path d="M48 6h64v78H48z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M58 20h4v16h-4z"/>',
  },
  letter_writer_612: {
    hint: 'Write it the way Writer 612 would, every word in its place, and send it.',
    lastImage: 'Monday at the office. Paul loves it; Theodore smiles too brightly.',
    tint: '#e9a27c',
    silhouette:
      '<path d="M14 66h132v5H14z"/><path d="M92 30h46v30H92z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M112 60h6v6h-6z"/><circle cx="56" cy="34" r="8"/><path d="M42 66c0-14 6-22 14-22s14 8 14 22z"/><circle cx="22" cy="38" r="6"/><path d="M12 66c0-12 4-18 10-18s10 6 10 18z"/>',
  },
};
