// embed.html: the plot alone, for an iframe. It reads the playground's URL
// format (fn=leaky_relu&negative_slope=0.2, x=-5,5, derivative=0, theme=…)
// through the playground's own parser, draws it with <activation-plot>,
// lists what it had to ignore as plain text, and tells the embedding page
// its height (embed-height.js).
import { loadActivations } from '../activations.js';
import '../activation-plot.js';
import { describe } from '../api/describe.js';
import { reportHeights } from './embed-height.js';
import { elementAttributes } from './embed-snippets.js';
import { libraryResolver } from '../curves/library-name.js';
import { parseState } from './url-state.js';

const container = document.getElementById('plot');
const noticeList = document.getElementById('notices');
const postHeight = reportHeights();

function showNotices(notices) {
  noticeList.replaceChildren(
    ...notices.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
  noticeList.hidden = notices.length === 0;
}

try {
  const act = await loadActivations();
  const list = act.list();
  const { state, notices } = parseState(location.search, list, act.checkParams, libraryResolver(act));
  if (state.curves.every((curve) => curve.visible === false)) notices.push('Every curve was hidden (show=0): showing them all.');
  if (state.theme === 'light' || state.theme === 'dark') document.documentElement.dataset.theme = state.theme;
  document.getElementById('open').href = `index.html${location.search}`;

  // Inputs in the URL are marked on the curves.
  const inputs = new URLSearchParams(location.search).get('inputs');
  const attributes = elementAttributes(state, list, { markInputs: inputs !== null });
  if (inputs !== null && inputs.trim() !== '' && !attributes.some(([name]) => name === 'inputs') && !notices.some((n) => n.startsWith('Ignored inputs'))) {
    notices.push(`Ignored inputs=${describe(inputs)}: expected finite numbers separated by commas or spaces.`);
  }

  const plot = document.createElement('activation-plot');
  for (const [name, value] of attributes) plot.setAttribute(name, value);
  plot.addEventListener('render', postHeight);
  container.replaceChildren(plot);
  showNotices(notices);
  postHeight();
} catch (error) {
  const message = document.createElement('p');
  message.className = 'failed';
  message.textContent = `The plot could not be shown: ${error.message}`;
  container.replaceChildren(message);
  postHeight();
}
