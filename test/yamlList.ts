/**
 * A line of a dump as an item of a YAML list, quoted as PyYAML quotes it (Ansible's YAML output of `stdout_lines`):
 * double quotes and `\t` for a line with a TAB, single quotes for a blank line or one with `: ` or a trailing `:`,
 * none for the rest (`802.3ad info`).
 */
export const yamlItem = (line: string, indent = '  '): string =>
  line.includes('\t') ? `${indent}- ${JSON.stringify(line)}` : line === '' || line.includes(': ') || line.endsWith(':') ? `${indent}- '${line}'` : `${indent}- ${line}`;
