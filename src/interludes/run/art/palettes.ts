/** A person's colours, far-side shades included, and whether they wear his glasses. */
export interface Palette {
  shirt: string;
  shirtFar: string;
  trousers: string;
  trousersFar: string;
  skin: string;
  hair: string;
  shoe: string;
  glasses: boolean;
  /** Carries a phone in the near hand (he never lets go of it). */
  phone: boolean;
}

/** Theodore: the coral shirt the whole game dresses him in, warm trousers, dark hair. */
export const THEODORE: Palette = {
  shirt: '#d4553f',
  shirtFar: '#a8412f',
  trousers: '#7a5246',
  trousersFar: '#5b3c34',
  skin: '#e9b395',
  hair: '#3b2420',
  shoe: '#2f1e1b',
  glasses: true,
  phone: true,
};

/** The orange vendor: mustard shirt, a long green apron, grey hair. */
export const VENDOR: Palette = {
  shirt: '#d99a4e',
  shirtFar: '#b07a38',
  trousers: '#5d6b4f',
  trousersFar: '#46523c',
  skin: '#c98d6c',
  hair: '#8d8580',
  shoe: '#3a2b25',
  glasses: false,
  phone: false,
};
