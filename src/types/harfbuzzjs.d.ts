// The part of harfbuzzjs (no bundled typings) that measuring quote words uses.
declare module 'harfbuzzjs' {
  interface HbBlob {
    destroy(): void;
  }
  interface HbFace {
    upem: number;
    destroy(): void;
  }
  interface HbFont {
    destroy(): void;
  }
  interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfos(): { codepoint: number; cluster: number }[];
    getGlyphPositions(): { x_advance: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const ready: Promise<HarfBuzz>;
  export default ready;
}
