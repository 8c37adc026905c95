/**
 * Hovers and completion documentation are Markdown, and what they say comes partly from the file or the paste: a
 * port name, a value, a line no kernel prints. Written into Markdown as it is, `[x](https://…)` becomes a link,
 * `![](…)` an image fetched on hover, `<bond>` an HTML tag the editor drops, and `*` emphasis.
 */

/**
 * A text of the knowledge base, with what it quotes from a file, as Markdown that shows it as written. Those texts
 * use Markdown for `code` spans and `- ` list items only: those are kept, and every other character Markdown reads
 * is escaped (`_` only where it could open or close emphasis, `#` only where it could open a heading).
 */
export function markdown(text: string): string {
  return text.replace(/(`[^`\n]*`)|^([ \t]*- )|^[ \t]*#|[\\`*[\]<>&~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gmu, (m, code?: string, item?: string) => code ?? item ?? `${m.slice(0, -1)}\\${m.slice(-1)}`);
}

/**
 * Text as Markdown that shows every character as written, backticks included: a pasted line no kernel prints, or a
 * message in the findings list `annotate --markdown` writes for a ticket.
 */
export function literal(text: string): string {
  return text.replace(/[\\`*_[\]<>&~#|]/g, (c) => `\\${c}`);
}

/** `s` (a value from a file) as a code span that shows it as written, whatever backticks it holds. */
export function codeSpan(s: string): string {
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // Markdown takes one blank off each end when both have one, and reads a backtick there as part of the fence.
  const pad = longest > 0 || /^ .* $/.test(s) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
