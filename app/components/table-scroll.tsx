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

/**
 * A data table's header row. A column given as `{ hidden: text }` (an action column) is named for screen
 * readers only.
 */
export function ColumnHeads({ columns }: { columns: (string | { hidden: string })[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === "string" ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.hidden} scope="col">
              <span className="visually-hidden">{column.hidden}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
