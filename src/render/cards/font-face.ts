/** One font face as satori takes it. */
export interface FontFace {
  name: string;
  data: Uint8Array;
  weight: 400 | 500 | 600 | 700 | 800 | 900 | 100 | 200 | 300;
  style: 'normal' | 'italic';
}
