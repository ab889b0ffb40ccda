// Sharing the view: Copy link (the URL the store keeps, saying what could
// not go into it), and Copy embed code (an <activation-plot> element with
// the plot's text alternative as its fallback, or an iframe of embed.html
// for the same view) in a dialog that says what another site must allow.
import { serializeState } from '../url-state.js';

const $ = (id) => document.getElementById(id);

export function mountSharePanel(store, list, plotPanel) {
  let clearTimer;
  const announce = (text) => {
    $('copied').textContent = text;
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => ($('copied').textContent = ''), 6000);
  };

  $('copy-link').addEventListener('click', async () => {
    store.flush();
    const { omitted } = serializeState(store.state, list);
    const note = omitted.includes('inputs') ? ' The inputs are too long for a link: they stay on this page but are not in the link.' : '';
    try {
      await navigator.clipboard.writeText(location.href);
      announce(`Link copied.${note}`);
    } catch {
      announce(`Copy this link: ${location.href}${note}`);
    }
  });

  // The snippets' writer loads on the first click: most visits never ask.
  $('copy-embed').addEventListener('click', async () => {
    const { embedSnippets } = await import('../embed-snippets.js');
    plotPanel.flush();
    const description = plotPanel.describe();
    const { element, iframe } = embedSnippets(store.state, list, location.href, { description });
    for (const span of document.querySelectorAll('.embed-origin')) span.textContent = location.origin;
    $('embed-element').value = element;
    $('embed-iframe').value = iframe;
    $('embed-copied').textContent = '';
    $('embed-dialog').showModal();
  });
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = $(button.dataset.copy);
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
        $('embed-copied').textContent = 'Copied.';
      } catch {
        $('embed-copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
      }
    });
  }
  for (const id of ['copy-link', 'copy-embed']) $(id).disabled = false;
}
