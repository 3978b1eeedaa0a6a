import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways inside this box on a phone instead of widening the page.
 * A box that scrolls must be reachable by keyboard, and a focusable region needs a name.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
