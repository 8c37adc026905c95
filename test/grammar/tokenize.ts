// Loads the contributed TextMate grammars the way VS Code does (package.json paths, injections)
// and tokenizes text, so tests can assert the scopes a theme will see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// Tests run from the repository root (see scripts/test.mjs).
export const repoPath = (...parts: string[]): string => join(process.cwd(), ...parts);

export interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

export function grammarContributions(): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
  return manifest.contributes.grammars as GrammarContribution[];
}

// VS Code ships its markdown grammar inside the editor, not on npm; this stand-in has the same
// block structure and scope names, which is all the injection relies on.
const MARKDOWN_STAND_IN = 'test/grammar/markdown-standin.tmLanguage.json';

function grammarPaths(): Map<string, string> {
  const paths = new Map<string, string>([['text.html.markdown', MARKDOWN_STAND_IN]]);
  for (const g of grammarContributions()) paths.set(g.scopeName, g.path);
  return paths;
}

function injectionsByTarget(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const g of grammarContributions()) {
    for (const target of g.injectTo ?? []) result.set(target, [...(result.get(target) ?? []), g.scopeName]);
  }
  return result;
}

let registry: Promise<vsctm.Registry> | undefined;

function getRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM({ data: wasm });
    const paths = grammarPaths();
    const injections = injectionsByTarget();
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
        createOnigString: (s: string) => oniguruma.createOnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const path = paths.get(scopeName);
        if (!path) return null;
        return vsctm.parseRawGrammar(readFileSync(repoPath(path), 'utf8'), repoPath(path));
      },
      getInjections: (scopeName: string) => injections.get(scopeName),
    });
  })();
  return registry;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

export interface TokenizedText {
  lines: string[];
  tokens: Token[][];
}

/** Tokenizes lines exactly as given (a trailing `\r` stays part of the line). */
export async function tokenizeLines(scopeName: string, lines: string[]): Promise<TokenizedText> {
  const grammar = await (await getRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  let state = vsctm.INITIAL;
  const tokens = lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
      start: t.startIndex,
      end: t.endIndex,
      scopes: t.scopes,
    }));
  });
  return { lines, tokens };
}

/** Splits like the editor does (CRLF and LF), then tokenizes. */
export function tokenizeText(scopeName: string, text: string): Promise<TokenizedText> {
  return tokenizeLines(scopeName, text.split(/\r?\n/));
}

export async function tokenizeFile(scopeName: string, path: string): Promise<TokenizedText> {
  return tokenizeText(scopeName, readFileSync(repoPath(path), 'utf8'));
}

/** Index of the first line at or after `from` that contains `needle`. */
export function lineOf(doc: TokenizedText, needle: string, from = 0): number {
  const index = doc.lines.findIndex((line, i) => i >= from && line.includes(needle));
  if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
  return index;
}

/**
 * The token that holds `text` (its first occurrence on the line, or the one after `after`).
 * Throws when the text is split over several tokens, so a test also pins token boundaries.
 */
export function tokenAt(doc: TokenizedText, lineNo: number, text: string, after = ''): Token {
  const line = doc.lines[lineNo];
  if (line === undefined) throw new Error(`line ${lineNo} does not exist`);
  const from = after ? line.indexOf(after) + after.length : 0;
  const start = line.indexOf(text, from);
  if (start < 0) throw new Error(`${JSON.stringify(text)} is not on line ${lineNo}: ${JSON.stringify(line)}`);
  const token = doc.tokens[lineNo].find((t) => t.start <= start && start < t.end);
  if (!token || token.end < start + text.length) {
    const listing = doc.tokens[lineNo].map((t) => JSON.stringify(t.text)).join(' ');
    throw new Error(`${JSON.stringify(text)} spans several tokens on line ${lineNo}: ${listing}`);
  }
  return token;
}

export function scopesAt(doc: TokenizedText, lineNo: number, text: string, after = ''): string[] {
  return tokenAt(doc, lineNo, text, after).scopes;
}
