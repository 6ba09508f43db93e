/** Text written with `backticks` (goal titles, hints) as runs of plain text and code, for the page to show. */
export interface TextRun {
  text: string;
  code: boolean;
}

export function inlineCodeRuns(text: string): TextRun[] {
  return text.split(/(`[^`]+`)/).flatMap((part): TextRun[] => {
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) return [{ text: part.slice(1, -1), code: true }];
    return part ? [{ text: part, code: false }] : [];
  });
}
