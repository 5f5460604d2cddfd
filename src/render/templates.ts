import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { CastwrightError } from '../errors.js';
import { BUILTIN_TEMPLATE_DIR } from '../paths.js';
import { templateErrorLine } from './template-error-line.js';

/**
 * How a template's output is read, which decides how values are escaped:
 * `html` (Handlebars' HTML escaping), `markdown` (Markdown punctuation
 * backslash-escaped so transcript text can never become markup or a link),
 * `text` (values inserted as they are).
 */
export type TemplateKind = 'html' | 'markdown' | 'text';

export type RenderTemplate = (context: object) => string;

/** Compiled templates by kind and text: the same text compiles to the same template, whichever file it came from. */
const cache = new Map<string, RenderTemplate>();

/**
 * Where a template comes from: the user's folder (config `templates`) when it
 * holds a file of that name, otherwise the built-in one. Overrides are file by
 * file, so a user can replace one profile and keep the rest.
 */
export function templatePath(name: string, userDir?: string): string {
  if (userDir) {
    const own = path.resolve(userDir, name);
    if (existsSync(own)) return own;
  }
  return path.join(BUILTIN_TEMPLATE_DIR, name);
}

/**
 * Load and compile a template. Templates get no helpers beyond Handlebars'
 * built-in `each`/`if`/`unless`/`with`: logic stays in the context builders,
 * so templates remain easy to override. The file is read on every call and
 * compiled templates are kept by their text, so an edited template (the
 * preview rebuilding after a change) is compiled again, never served stale.
 * Compiled here, not on first use as `Handlebars.compile` would, so a
 * template that does not compile fails when it is loaded, naming its line.
 */
export function loadTemplate(name: string, kind: TemplateKind, userDir?: string): RenderTemplate {
  const file = templatePath(name, userDir);
  const source = readFileSync(file, 'utf8');
  const key = `${kind}\0${source}`;
  let render = cache.get(key);
  if (!render) {
    const compiled = compile(source, kind, file);
    const run = (context: object) => {
      try {
        return compiled(context);
      } catch (cause) {
        // A template can compile and still fail as it runs (a partial that does not exist).
        const line = templateErrorLine(source, cause);
        throw new CastwrightError(`template failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
          file: shownPath(file),
          ...(line === undefined ? {} : { line }),
          cause,
        });
      }
    };
    render = kind === 'markdown' ? (context) => run(escapeDeep(context, escapeMarkdown) as object) : run;
    cache.set(key, render);
  }
  return render;
}

function compile(source: string, kind: TemplateKind, file: string): HandlebarsTemplateDelegate {
  const options = { noEscape: kind !== 'html', strict: false, knownHelpersOnly: true };
  let code: string;
  try {
    code = String(Handlebars.precompile(source, options));
  } catch (cause) {
    // "Parse error on line 4:\n…^\nExpecting 'OPEN_ENDBLOCK', got 'EOF'": the line, and what was expected.
    const text = cause instanceof Error ? cause.message : String(cause);
    const line = /on line (\d+)/.exec(text)?.[1];
    const expected = text.split('\n').at(-1)?.trim() ?? text;
    throw new CastwrightError(`template does not compile: ${line === undefined ? text : expected}`, {
      file: shownPath(file),
      ...(line ? { line: Number(line) } : {}),
      cause,
    });
  }
  return runPrecompiled(code);
}

/** A template's path as messages show it: relative to the working folder when inside it. */
function shownPath(file: string): string {
  const shown = path.relative(process.cwd(), file);
  return shown.startsWith('..') ? file : shown;
}

/** A template from `Handlebars.precompile`'s output: that JavaScript, evaluated, is what `compile` builds on first use. */
function runPrecompiled(code: string): HandlebarsTemplateDelegate {
  return Handlebars.template(new Function(`return ${code}`)() as Parameters<typeof Handlebars.template>[0]);
}

/**
 * Backslash-escape the Markdown punctuation that could start markup in inline
 * text (`<script>` stays visible text, `[x](y)` never becomes a link).
 */
export function escapeMarkdown(value: string): string {
  return escapeLineStart(value.replace(/[\\`*_[\]<>&|~#]/g, '\\$&').replace(/\r?\n/g, ' '));
}

/**
 * A template may put a value at the start of a line (`{{summary}}` alone on
 * its line), where its first characters can open a block: `1. ` or `1) ` a
 * numbered list, `- ` or `+ ` a bullet, `---` or `===` a rule or a heading
 * underline, four spaces a code block. (`#`, `>` and `*` are escaped
 * wherever they are.) The escape is harmless mid-line: `\-` shows `-`.
 */
function escapeLineStart(value: string): string {
  return value
    .replace(/^[ \t]+/, '')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}

/** Percent-encode the characters that would end a Markdown link destination. */
export function escapeMarkdownUrl(value: string): string {
  return value.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A copy of the context with every string escaped; fields whose name ends in
 * `url`/`Url` are link destinations and get URL escaping instead.
 */
function escapeDeep(value: unknown, escape: (s: string) => string, key = ''): unknown {
  if (typeof value === 'string') return /url$/i.test(key) ? escapeMarkdownUrl(value) : escape(value);
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v, escape, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v, escape, k)]));
  }
  return value;
}
