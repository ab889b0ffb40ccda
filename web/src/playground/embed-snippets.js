// The playground's view as something another page can embed: the
// attributes of an <activation-plot> element, and the two snippets an
// author pastes (the element after its module script, with the plot's text
// alternative as fallback content; or an iframe of embed.html with the same
// URL state as the page, and the line of script that fits its height).
import { curveSettings, paramAttribute } from '../curves/curve.js';
import { formatCurve } from '../curves/grammar.js';
import { formatNumber } from '../curves/numbers.js';
import { HEIGHT_MESSAGE, MAX_HEIGHT } from './embed-height.js';
import { parsedInputs } from './inputs.js';
import { defaultState, serializeState } from './url-state.js';

// The most points <activation-plot> marks.
const MAX_MARKED = 100;

// Text for an HTML attribute value in double quotes, or element content.
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The curves an embed shows: the visible ones (all, if none is visible).
function shownCurves(state) {
  const visible = state.curves.filter((curve) => curve.visible !== false);
  return visible.length ? visible : state.curves;
}

// The <activation-plot> attributes that draw `state`, as [name, value]
// pairs in a readable order (value '' for a boolean attribute). One curve
// gets its parameters as attributes (negative-slope="0.2"); several get
// them in parentheses, per curve. The page's inputs become marked points
// when `markInputs` is true, or by default once the user has changed them
// (the starting example values would only clutter an embed).
export function elementAttributes(state, list, { markInputs } = {}) {
  const byName = new Map(list.map((activation) => [activation.name, activation]));
  const curves = shownCurves(state);
  const derivative = (curve) => state.derivatives !== false && curve.derivative !== false;
  const allDerivatives = curves.every(derivative);
  const allSecond = curves.every((curve) => curve.secondDerivative === true);
  const attributes = [];
  if (curves.length === 1) {
    const [curve] = curves;
    attributes.push(['fn', curve.name]);
    for (const [name, value] of curveSettings(curve, byName.get(curve.name), { flags: [] })) attributes.push([paramAttribute(name), value]);
  } else {
    // The curve grammar a link uses, with df=1 (ddf=1) where only some
    // curves draw f′ (f″): the element's `derivative` and
    // `second-derivative` attributes cover all or none.
    const fn = curves.map((curve) => {
      const settings = curveSettings(curve, byName.get(curve.name), { flags: [] });
      if (!allDerivatives && derivative(curve)) settings.push(['df', '1']);
      if (!allSecond && curve.secondDerivative === true) settings.push(['ddf', '1']);
      return formatCurve(curve.name, settings);
    });
    attributes.push(['fn', fn.join(' ')]);
  }
  if (allDerivatives) attributes.push(['derivative', '']);
  if (allSecond && curves.length) attributes.push(['second-derivative', '']);
  if (state.kink && state.kink !== 'pytorch') attributes.push(['kink', state.kink]);
  if (state.view && Number.isFinite(state.view.xMin) && Number.isFinite(state.view.xMax)) {
    attributes.push(['range', `${formatNumber(state.view.xMin)} ${formatNumber(state.view.xMax)}`]);
    if (Number.isFinite(state.view.yMin) && Number.isFinite(state.view.yMax)) {
      attributes.push(['y-range', `${formatNumber(state.view.yMin)} ${formatNumber(state.view.yMax)}`]);
    }
  }
  const mark = markInputs ?? state.inputs !== defaultState().inputs;
  if (mark && typeof state.inputs === 'string') {
    const parsed = parsedInputs(state.inputs);
    if (parsed.ok && parsed.values.length && parsed.values.length <= MAX_MARKED && parsed.values.every((v) => Number.isFinite(v.value))) {
      attributes.push(['inputs', parsed.values.map((v) => v.text).join(' ')]);
    }
  }
  if (state.theme === 'light' || state.theme === 'dark') attributes.push(['theme', state.theme]);
  return attributes;
}

// A short title for the iframe, naming what it plots.
function frameTitle(state, list) {
  const byName = new Map(list.map((activation) => [activation.name, activation]));
  const labels = [...new Set(shownCurves(state).map((curve) => byName.get(curve.name)?.label ?? curve.name))];
  return `Plot of ${labels.join(', ').replace(/, ([^,]*)$/, ' and $1')}`;
}

// The one-line script that sizes the iframes of `origin` to the heights
// their pages post (embed-height.js): only a number, only from the window
// of an iframe on the page, clamped.
export function resizeScript(origin) {
  const listener =
    `addEventListener("message",e=>{const d=e.data;if(e.origin===${JSON.stringify(origin)}&&d&&d.type===${JSON.stringify(HEIGHT_MESSAGE)}` +
    `&&typeof d.height==="number"&&d.height>0&&d.height<=${MAX_HEIGHT})for(const f of document.querySelectorAll("iframe"))` +
    'if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})';
  // The origin is a URL's origin: it holds no quote or "<" to escape.
  return `<script>${listener}</script>`;
}

// The snippets for the view in `state`, with addresses relative to the
// playground page at `pageUrl` (its embed.html and src/ sit beside it).
// `description`, the plot's text alternative, becomes the element's
// fallback content: what a reader sees where its script cannot run.
// Returns { element, iframe }: HTML text ready to paste.
export function embedSnippets(state, list, pageUrl, { description } = {}) {
  const base = new URL('./', pageUrl);
  const script = new URL('src/activation-plot.js', base).href;
  const attributes = elementAttributes(state, list)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const { query } = serializeState(state, list);
  const search = query ? `?${query}` : '';
  const page = new URL(`index.html${search}`, base).href;
  const text = description?.trim() || `${frameTitle(state, list)}.`;
  const fallback = `  <p>${escapeHtml(text)} <a href="${escapeHtml(page)}">Open it in Activation Playground</a>.</p>`;
  const element = `<script type="module" src="${escapeHtml(script)}"></script>\n<activation-plot${attributes}>\n${fallback}\n</activation-plot>`;

  const src = new URL(`embed.html${search}`, base).href;
  const iframe =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(state, list))}" width="640" height="400" loading="lazy"></iframe>\n` +
    resizeScript(base.origin);
  return { element, iframe };
}
