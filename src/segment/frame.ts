import type { Transcript } from '../model/transcript.js';
import { isOutroCue } from './cues.js';
import type { ChapterKind } from './types.js';

const INTRO = /\b(welcome (?:back )?to|my guests? (?:today|this week|is)|i'?m your host|joining (?:me|us))\b/i;
/** An introduction is found among the first sentences after any cold open. */
const INTRO_SENTENCES = 40;
/** The host's first real question follows the introduction within a few turns. */
const INTRO_TURNS = 6;
/** An outro is looked for in the last share of the words. */
const OUTRO_SHARE = 0.1;
const MIN_OUTRO_SECONDS = 15;

/**
 * The fixed frame of an episode: a cold open (teaser) first, then the host's
 * introduction, and an outro where the host wraps up. Returns the sentences
 * where these chapters must start, with their kinds, and where the body
 * (the part left to topic segmentation) begins and ends.
 */
export function episodeFrame(t: Transcript): { forced: Map<number, ChapterKind>; bodyStart: number; bodyEnd: number } {
  const forced = new Map<number, ChapterKind>([[0, 'topic']]);
  let bodyStart = 0;
  if (t.turns[0]?.coldOpen) {
    forced.set(0, 'cold-open');
    const firstBody = t.turns.find((turn) => !turn.coldOpen);
    if (firstBody) {
      bodyStart = firstBody.firstSentence;
      forced.set(bodyStart, 'topic');
    }
  }
  const roleOf = (id: string) => t.speakers.find((s) => s.id === id)?.role;
  const introTurn = t.turns.find(
    (turn) => turn.firstSentence >= bodyStart && turn.firstSentence - bodyStart < INTRO_SENTENCES,
  );
  if (introTurn && INTRO.test(t.text.slice(introTurn.start, Math.min(introTurn.end, introTurn.start + 600)))) {
    forced.set(introTurn.firstSentence, 'introduction');
    // The conversation proper starts with the host's first real question: the host who introduces the show, as a
    // co-host's "Josh, what are you wearing over there?" is still the banter of the welcome.
    const host = roleOf(introTurn.speaker) === 'host' ? introTurn.speaker : undefined;
    const firstQuestion = t.turns.find(
      (turn) =>
        turn.index > introTurn.index &&
        (host === undefined ? roleOf(turn.speaker) === 'host' : turn.speaker === host) &&
        t.sentences.slice(turn.firstSentence, turn.endSentence).some((s) => s.question) &&
        t.sentences[turn.firstSentence]!.startTime - introTurn.startTime >= 10,
    );
    if (firstQuestion && firstQuestion.index - introTurn.index <= INTRO_TURNS) {
      forced.set(firstQuestion.firstSentence, 'topic');
      bodyStart = firstQuestion.firstSentence;
    }
  }

  // The outro: the first wrap-up cue of a host in the last tenth of the episode. A cue that asks a last question
  // ("as a closing thought, what would you like to see…?") opens a last topic, not the outro.
  let bodyEnd = t.sentences.length;
  const tailFrom = t.words.length * (1 - OUTRO_SHARE);
  const outro = t.turns.find(
    (turn) =>
      turn.firstWord >= tailFrom &&
      turn.firstSentence > bodyStart &&
      roleOf(turn.speaker) === 'host' &&
      isOutroCue(t.text.slice(turn.start, Math.min(turn.end, turn.start + 300))) &&
      !t.sentences.slice(turn.firstSentence, turn.endSentence).some((s) => s.question),
  );
  if (outro && t.duration - outro.startTime >= MIN_OUTRO_SECONDS) {
    forced.set(outro.firstSentence, 'outro');
    bodyEnd = outro.firstSentence;
  }
  return { forced, bodyStart, bodyEnd };
}
