// A table body that keeps only the rows in view in the DOM. A table of
// 100,000 inputs holds a window of rows around the scroll position of its
// scroll box, between two spacer rows that give the box its full height;
// scrolling moves the window, once per frame. A short table is drawn whole.
// The table says how many rows it has (aria-rowcount) and each row its
// place (aria-rowindex), so a screen reader still reads "row 5,012 of
// 100,001". Drawing rows reads no layout: the box's height comes from a
// ResizeObserver and its scroll position from scroll events.
//
//   const rows = new VirtualRows(table, scrollBox);
//   rows.show(count, (i) => makeRow(i));   // makeRow returns a <tr>
//   rows.show(count, makeRow, fillRow);    // fillRow(tr, i) rewrites row i's
//                                          // texts in place, false if it cannot
//
// With fillRow, showing the same rows again (new values, as on each step of
// a slider drag) rewrites their cells' texts instead of building new rows,
// so the browser lays out changed text, not a new table body.

// Up to this many rows, every row is in the DOM.
export const WHOLE_TABLE_ROWS = 200;
// Rows drawn beyond each edge of the view, so a quick scroll shows no gap.
const OVERSCAN = 20;
// Rows assumed in view before the scroll box has been measured.
const FIRST_WINDOW = 40;

export class VirtualRows {
  #table;
  #box;
  #count = 0;
  #rowAt = () => document.createElement('tr');
  #rowHeight = 0;
  #shown = { from: 0, to: 0 };
  #frame = 0;
  #fillRow;
  #rows = [];  // the rows in the DOM, from #shown.from on
  #scrollTop = 0;
  #boxHeight = 0;

  constructor(table, scrollBox) {
    this.#table = table;
    this.#box = scrollBox;
    scrollBox.addEventListener('scroll', () => {
      this.#scrollTop = scrollBox.scrollTop;
      if (this.#count > WHOLE_TABLE_ROWS) this.#frame ||= requestAnimationFrame(() => this.#paint(false));
    }, { passive: true });
    new ResizeObserver(([entry]) => {
      const height = entry.contentRect.height;
      if (height === this.#boxHeight) return;
      this.#boxHeight = height;
      if (this.#count > WHOLE_TABLE_ROWS) this.#frame ||= requestAnimationFrame(() => this.#paint(false));
    }).observe(scrollBox);
  }

  // Shows `count` rows; `rowAt(i)` makes row i (called for rows in view).
  show(count, rowAt, fillRow) {
    this.#count = count;
    this.#rowAt = rowAt;
    this.#fillRow = fillRow;
    if (count > WHOLE_TABLE_ROWS) this.#table.setAttribute('aria-rowcount', String(count + this.#headerRows()));
    else this.#table.removeAttribute('aria-rowcount');
    this.#paint(true);
  }

  #headerRows() {
    return this.#table.tHead?.rows.length ?? 0;
  }

  // The rows in view, with OVERSCAN on each side.
  #window() {
    if (this.#count <= WHOLE_TABLE_ROWS) return { from: 0, to: this.#count };
    if (!this.#rowHeight) return { from: 0, to: Math.min(this.#count, FIRST_WINDOW + OVERSCAN) };
    const first = Math.floor(this.#scrollTop / this.#rowHeight);
    const visible = Math.ceil((this.#boxHeight || FIRST_WINDOW * this.#rowHeight) / this.#rowHeight) + 1;
    return { from: Math.max(0, first - OVERSCAN), to: Math.min(this.#count, first + visible + OVERSCAN) };
  }

  #paint(always) {
    this.#frame = 0;
    const range = this.#window();
    const same = range.from === this.#shown.from && range.to === this.#shown.to;
    if (!always && same) return;
    if (same && this.#fillInPlace(range)) return;
    this.#shown = range;
    const body = this.#table.tBodies[0];
    const rows = [];
    for (let i = range.from; i < range.to; i++) {
      const row = this.#rowAt(i);
      if (this.#count > WHOLE_TABLE_ROWS) row.setAttribute('aria-rowindex', String(i + 1 + this.#headerRows()));
      rows.push(row);
    }
    this.#rows = rows;
    if (this.#count <= WHOLE_TABLE_ROWS) {
      body.replaceChildren(...rows);
      return;
    }
    if (!this.#rowHeight && rows.length) {
      // Measured once, from a real row, then kept: rows are one line high.
      body.replaceChildren(rows[0]);
      this.#rowHeight = rows[0].getBoundingClientRect().height || 0;
      if (this.#rowHeight) return this.#paint(true);
    }
    const above = range.from * this.#rowHeight;
    const below = (this.#count - range.to) * this.#rowHeight;
    body.replaceChildren(...(above > 0 ? [this.#spacer(above)] : []), ...rows, ...(below > 0 ? [this.#spacer(below)] : []));
  }

  // The rows already shown for `range`, rewritten in place; false when
  // there is no fillRow or a row's shape differs (then they are rebuilt).
  #fillInPlace(range) {
    if (!this.#fillRow || this.#rows.length !== range.to - range.from || (this.#rows.length && !this.#rows[0].isConnected)) return false;
    for (let i = range.from; i < range.to; i++) if (!this.#fillRow(this.#rows[i - range.from], i)) return false;
    return true;
  }

  // An empty row of the given height (CSS pixels), hidden from readers.
  #spacer(height) {
    const row = document.createElement('tr');
    row.className = 'spacer-row';
    row.setAttribute('aria-hidden', 'true');
    const cell = document.createElement('td');
    cell.colSpan = Math.max(1, this.#table.tHead?.rows[0]?.cells.length ?? 1);
    row.style.height = `${height}px`;
    row.append(cell);
    return row;
  }
}
