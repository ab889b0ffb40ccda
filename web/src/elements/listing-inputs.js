// Keeps the input list of an element's slotted code listing in step with
// the inputs it runs: the first Python list in the listing that holds the
// inputs shown ([1.0, -10.0, 0.0]) is rewritten to the new ones, in place,
// so the page's own markup and styles stay. A list split across several
// text nodes (by a highlighter's spans) is left alone.
import { findInputList, pythonList } from '../python/tutorial-runner.js';

// The text nodes of the slotted content, in document order.
function textNodes(slot) {
  const nodes = [];
  for (const root of slot.assignedNodes({ flatten: true })) {
    if (root.nodeType === Node.TEXT_NODE) nodes.push(root);
    else if (root.nodeType === Node.ELEMENT_NODE) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode);
    }
  }
  return nodes;
}

export class ListingInputs {
  #slot;
  #shown;  // the inputs the listing shows
  #listed;  // where the last rewrite put them: { node, start, text }

  constructor(slot) {
    this.#slot = slot;
  }

  /** The inputs the author's listing shows, before any run. */
  start(inputs) {
    this.#shown ??= inputs;
  }

  /** Rewrites the listing's input list to `inputs` (parsed records). */
  rewrite(inputs) {
    const shown = this.#shown;
    this.#shown = inputs;
    if (!shown || shown.length === 0) return;
    const text = pythonList(inputs);
    // Where the last rewrite put the list, while the listing still holds
    // it; else a search of the listing (the author's, the first time).
    const last = this.#listed;
    if (last?.node.isConnected && last.node.data.startsWith(last.text, last.start)) {
      last.node.replaceData(last.start, last.text.length, text);
      this.#listed = { ...last, text };
      return;
    }
    for (const node of textNodes(this.#slot)) {
      const found = findInputList(node.data, shown);
      if (found) {
        node.replaceData(found.start, found.end - found.start, text);
        this.#listed = { node, start: found.start, text };
        return;
      }
    }
  }
}
