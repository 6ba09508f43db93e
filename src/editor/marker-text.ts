/**
 * A marker's text broken into lines that fit the editor. Monaco's problem panel (F8) lays its
 * text out with `white-space: pre` and sizes itself by line count, so a long message runs off
 * the right edge, on a phone by most of its length; broken here, it fits and the panel grows to
 * hold it.
 */
export function wrapText(text: string, columns: number, lastLineRoom = 0): string {
  const width = Math.max(columns, 16);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      let rest = word;
      while (rest.length > width) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
        line = '';
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  // The panel writes the marker's source after the last line: on a line of its own if it would not fit.
  if (lines.at(-1)!.length + lastLineRoom > width) lines.push('');
  return lines.join('\n');
}
