/**
 * A rehype plugin for the chapters: in table cells, inline code such as
 * `mysite.example.com,www.mysite.example.com` or `DJANGO_CSRF_TRUSTED_ORIGINS` may break after
 * its punctuation (a <wbr>), so a table of settings fits the page instead of running off its
 * edge. Copied text is unchanged: <wbr> adds no character.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The pieces of a code text, split after each character a line may break after. */
export function breakablePieces(text: string): string[] {
  return text.split(/(?<=[^,./_:@=&?-][,./_:@=&?-]+)(?=[^,./_:@=&?-])/);
}

function breakCode(node: HastNode): void {
  node.children = node.children?.flatMap((child): HastNode[] => {
    if (child.type !== 'text') return [child];
    return breakablePieces(child.value ?? '').flatMap((piece, index): HastNode[] => [
      ...(index > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] }] : []),
      { type: 'text', value: piece },
    ]);
  });
}

function walk(node: HastNode, inCell: boolean): void {
  const cell = inCell || node.tagName === 'td' || node.tagName === 'th';
  if (cell && node.tagName === 'code') return breakCode(node);
  for (const child of node.children ?? []) walk(child, cell);
}

export function rehypeTableCodeBreaks(): (tree: HastNode) => void {
  return (tree) => walk(tree, false);
}
