// "Code for this curve": the selected curve as PyTorch, Keras, JAX,
// TensorFlow.js or NumPy code that computes exactly its function with its
// parameters (curves/code-export.js), shown and copied.
import { CODE_TARGETS, exportCode } from '../../curves/code-export.js';

const $ = (id) => document.getElementById(id);

export function mountCodePanel(store, act, list) {
  let target;
  const show = () => {
    if (!target) return;
    const { state } = store;
    const curve = state.curves[state.selected];
    $('code-snippet').textContent = exportCode({ name: curve.name, params: curve.params }, target, list);
    $('code-snippet').hidden = false;
    $('copy-code').hidden = false;
    for (const button of $('code-targets').children) button.setAttribute('aria-pressed', String(button.dataset.target === target));
  };
  $('code-targets').replaceChildren(...CODE_TARGETS.map(({ key, label }) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: label });
    button.dataset.target = key;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      target = key;
      show();
    });
    return button;
  }));
  $('copy-code').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('code-snippet').textContent);
      $('code-copied').textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren($('code-snippet'));
      $('code-copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
  store.subscribe(['curves', 'selected'], show);
}
