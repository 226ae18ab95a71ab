// Plain-text tables for terminals: columns padded to the widest cell, where a Chinese
// character takes two columns, as it does in a terminal.

/** Terminal columns a string takes: East Asian wide and full-width characters take two. */
export function displayWidth(text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** `text` padded with spaces to `width` columns, on the left when `right` is true. */
export function pad(text, width, right = false) {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * A table as lines of text: a header, a rule, the body rows and, when given, a rule and a
 * footer row. `align` has one letter per column, `l` or `r` (default: first column left, the
 * others right).
 *
 * @example
 * formatTable(['Line', 'Amount'], [['Reward', 'CN¥40,000.00']], { footer: ['Total', 'CN¥50,000.00'] })
 */
export function formatTable(header, rows, { footer, align, indent = '' } = {}) {
  const all = footer ? [header, ...rows, footer] : [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => displayWidth(row[col] ?? ''))));
  const right = (col) => (align ? align[col] === 'r' : col > 0);
  const line = (row) =>
    indent +
    widths
      .map((width, col) => pad(row[col] ?? '', width, right(col)))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((width) => '-'.repeat(width)).join('  ');
  const lines = [line(header), rule, ...rows.map(line)];
  if (footer) lines.push(rule, line(footer));
  return lines.join('\n');
}
