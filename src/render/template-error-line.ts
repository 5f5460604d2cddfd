import { lineColumn } from '../errors.js';

/**
 * The line of a template that a run-time Handlebars error is about.
 * Handlebars gives a position only for some errors (`lineNumber`); the
 * common ones, a partial or helper that does not exist, carry none but
 * name what is missing, so the first place the template uses that name is
 * where to look.
 */
export function templateErrorLine(source: string, error: unknown): number | undefined {
  const given = (error as { lineNumber?: unknown } | null)?.lineNumber;
  if (typeof given === 'number' && given > 0) return given;
  const message = error instanceof Error ? error.message : String(error);
  const partial = /^The partial (\S+) (?:could not|returned no)/.exec(message)?.[1];
  const helper = /^Missing helper: "([^"]+)"/.exec(message)?.[1];
  const name = partial ?? helper;
  if (name === undefined) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const use = partial
    ? new RegExp(`\\{\\{~?\\s*#?>\\s*${escaped}(?![\\w-])`)
    : new RegExp(`\\{\\{~?\\s*#?${escaped}(?![\\w-])`);
  const at = use.exec(source)?.index;
  return at === undefined ? undefined : lineColumn(source, at).line;
}
