/**
 * A `# bondlint` comment (see service/diagnostics/directives.ts): the prefix up to the codes, its kind, the codes as
 * written. Blanks and a quoting prefix (`> `) may come before the `#`. The dump parser knows it too: among the lines of
 * a dump written as comments it is the script's comment, not a line of the dump.
 */
export const DIRECTIVE = /^([ \t>]*#[ \t]*bondlint[ \t]+(disable|disable-file)=)([^ \t]*)/;
