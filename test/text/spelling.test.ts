import { describe, expect, it } from 'vitest';
import { houseSpelling } from '../../src/text/spelling.js';

const words = (text: string) => text.split(/\s+/).map((w) => ({ text: w }));

describe('houseSpelling', () => {
  const spell = houseSpelling(
    words('We love TypeScript. TypeScript, TypeScript and GPUs. Typescript is fine. It runs on GPUs, said the gpus.'),
  );

  it('writes a name with capitals inside as the transcript writes it most', () => {
    expect(spell('Typescript and JavaScript')).toBe('TypeScript and JavaScript');
    expect(spell('Gpus: Cost')).toBe('GPUs: Cost');
  });

  it('leaves words alone whose capital is only their first letter', () => {
    expect(spell('It Runs and Is Fine')).toBe('It Runs and Is Fine');
    expect(spell('What Is Next?')).toBe('What Is Next?');
  });

  it('leaves a word alone that was written in capitals once, for emphasis, and in lower case the rest of the time', () => {
    const emphasis = houseSpelling(words('Tools at Google. AT different times, at work, at home, at night.'));
    expect(emphasis('Internal Tools at Google')).toBe('Internal Tools at Google');
    // A term keeps its capitals, however often the transcript writes it in lower case (".io").
    const domain = houseSpelling(words('The IO domain. Buy the .io and the .io and the .io.'));
    expect(domain('Io Domain')).toBe('IO Domain');
  });
});
