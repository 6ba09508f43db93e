/**
 * A table or diagram wider than the screen scrolls sideways inside its frame: then, and only
 * then, it takes the keyboard focus, so it can be scrolled with the arrow keys (WCAG 2.1.1; axe's
 * scrollable-region-focusable). Checked again whenever the window's width changes.
 */
const SCROLLERS = '.sl-markdown-content table, .diagram-scroll';

export function focusScrollableRegions(): void {
  const update = () => {
    for (const region of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
      if (region.scrollWidth > region.clientWidth + 1) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    }
  };
  new ResizeObserver(update).observe(document.documentElement);
}
