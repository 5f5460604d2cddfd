import { describe, expect, it } from 'vitest';
import { opensQuestion, runOnBreaks } from '../../src/text/run-on.js';

/** The run cut at its breaks, as the sentences a reader gets. */
function pieces(run: string): string[] {
  const words = run.split(' ');
  const starts = [0, ...runOnBreaks(words)];
  return starts.map((s, k) => words.slice(s, starts[k + 1] ?? words.length).join(' '));
}

describe('sentences in speech written without punctuation', () => {
  it('start at a marker before a clause, "I think" and a question word before its verb', () => {
    expect(
      pieces(
        'the model reads the whole website before it answers so we started measuring how often it checks a second source ' +
          'i think that is the real change in the last year how does the model decide when it has read enough',
      ),
    ).toEqual([
      'the model reads the whole website before it answers',
      'so we started measuring how often it checks a second source',
      'i think that is the real change in the last year',
      'how does the model decide when it has read enough',
    ]);
  });

  it('never break after a word that leaves the thought open, nor leave a piece under six words', () => {
    // "…the so we…" and "…of i think…" keep their words together; "so we" after four words is too early.
    expect(
      pieces('it is the so we call it a model of i think the idea that people had before the transformer'),
    ).toEqual(['it is the so we call it a model of i think the idea that people had before the transformer']);
    expect(pieces('we trained it so we could measure the gains we saw over the year before')).toEqual([
      'we trained it so we could measure the gains we saw over the year before',
    ]);
  });

  it('read "which", "is it" and "you" as the middle of a sentence', () => {
    const run =
      'machine learning is forgiving in contrast to old software engineering which would just yell at you ' +
      'when you made a mistake but the beautiful thing is it even stacks with reinforcement learning on top of pre-training';
    expect(pieces(run)).toEqual([
      'machine learning is forgiving in contrast to old software engineering which would just yell at you when you made a mistake',
      'but the beautiful thing is it even stacks with reinforcement learning on top of pre-training',
    ]);
  });

  it('read a subject after "all" or "everything" as a relative clause, not a new sentence', () => {
    for (const run of [
      'this episode is with a co-author of the transformer paper the one everybody knows by its title attention is all you need meaning he is one of the inventors of the architecture',
      'the labs all trained bigger and bigger models for the chat product over the whole of last year and the old lab did everything we could ever want from them',
    ])
      expect(pieces(run), run).toHaveLength(1);
  });

  it('keep "how bad this is" inside its sentence', () => {
    const run =
      'i do not know if you have ever looked at the training data for a real run because people do not realize how bad this is compared with the average website';
    expect(pieces(run)).toEqual([
      'i do not know if you have ever looked at the training data for a real run',
      'because people do not realize how bad this is compared with the average website',
    ]);
  });

  it('take a subject as a new sentence only once a run is long, and not inside an "if" clause', () => {
    const long =
      'the labs all trained bigger and bigger models for the chat product and the old lab across the street did the same ' +
      'we tried the same thing in the autumn with the smaller team';
    expect(pieces(long)).toHaveLength(2);
    const conditional =
      'if you look at the progress of the field over the last ten years of work across all the labs it has been a smooth exponential';
    expect(pieces(conditional)).toHaveLength(1);
  });

  it('end a sentence on an object before a strong cue, and at a closing "right"', () => {
    expect(
      pieces(
        'our models are not that large yet and you need to pay for it so i think that may be why people say it paused',
      ),
    ).toEqual([
      'our models are not that large yet and you need to pay for it',
      'so i think that may be why people say it paused',
    ]);
    expect(
      pieces('from the outside you see a smooth trend right so from the inside progress comes from new ideas'),
    ).toEqual(['from the outside you see a smooth trend right', 'so from the inside progress comes from new ideas']);
  });

  it('open a statement at "this … is" and "there is" once a sentence has run on', () => {
    expect(
      pieces(
        'he now works on the models behind the reasoning systems of the lab this episode is a deep exploration of the field',
      ),
    ).toEqual([
      'he now works on the models behind the reasoning systems of the lab',
      'this episode is a deep exploration of the field',
    ]);
    expect(
      pieces(
        'the translation industry has grown a lot since the paper there are more translations to be done than ever',
      ),
    ).toEqual([
      'the translation industry has grown a lot since the paper',
      'there are more translations to be done than ever',
    ]);
  });

  it('read cues past fillers and stutters, which open the new sentence', () => {
    expect(
      pieces('the old chat would make up an hour from its memory um so so we built it to check the website first'),
    ).toEqual([
      'the old chat would make up an hour from its memory',
      'um so so we built it to check the website first',
    ]);
  });

  it('let an "if" wait ten words for its main clause, no longer', () => {
    const run =
      'if you look at how the labs grew over the last ten years of work the curve is smooth and ' +
      'the labs kept hiring people from every field we totally see that in the scaling results';
    expect(pieces(run)).toEqual([
      'if you look at how the labs grew over the last ten years of work the curve is smooth and the labs kept hiring people from every field',
      'we totally see that in the scaling results',
    ]);
  });

  it('keep "right now" together, and open a clause at "what\'s" once a sentence has run on', () => {
    expect(pieces("i don't think people maybe care about that as much right now it's all about productivity")).toEqual([
      "i don't think people maybe care about that as much right now it's all about productivity",
    ]);
    expect(
      pieces(
        "we've all followed the astounding growth of the tools this year what's really interesting is most teams still experiment",
      ),
    ).toEqual([
      "we've all followed the astounding growth of the tools this year",
      "what's really interesting is most teams still experiment",
    ]);
  });

  it('keep a clause with the verb that takes it: "I really wish I had…"', () => {
    expect(
      pieces(
        'there is this phenomenon of body doubling that people in the research keep finding and i really wish i had our old co-host here with me',
      ),
    ).toEqual([
      'there is this phenomenon of body doubling that people in the research keep finding and i really wish i had our old co-host here with me',
    ]);
  });

  it('tell a question by how it opens', () => {
    expect(opensQuestion(['how', 'does', 'it'])).toBe(true);
    expect(opensQuestion(['do', 'you', 'think'])).toBe(true);
    expect(opensQuestion(['so', 'what', 'is'])).toBe(true);
    expect(opensQuestion(['that', 'is', 'it'])).toBe(false);
    expect(opensQuestion(['what', 'we', 'found'])).toBe(false);
  });
});
