// The lab page (lab.html): loads the lab's WASM module and the registry,
// reads the setup from the URL (url-state.js), mounts one section per entry
// of sections/index.js (section-host.js: the section contract), and keeps
// the URL in step: each settings change is a history entry, back/forward
// restores it. Experiments run in one shared pool of Workers
// (lab-runner.js), created at the first Run.
import { loadActivations } from '../activations.js';
import { createLabRunner } from '../lab-runner.js';
import { loadLab } from '../lab.js';
import { THEMES, paletteCss } from '../plot/theme.js';
import { mountSectionHost } from './section-host.js';
import { SECTION_CSS } from './section-styles.js';
import { SECTIONS } from './sections/index.js';
import { parseLabState, serializeLabState } from './url-state.js';

const $ = (id) => document.getElementById(id);
const THEME_LABELS = { system: 'System', light: 'Light', dark: 'Dark' };

const sheet = new CSSStyleSheet();
sheet.replaceSync(`${paletteCss('page')}\n${SECTION_CSS}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function showNotices(notices) {
  const box = $('notices');
  box.replaceChildren(...notices.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  box.hidden = notices.length === 0;
}

let runner;
// The worker's URL from this module, right unbundled (src/lab-page/) and bundled (src/bundle/).
const WORKER = new URL('../lab-worker.js', import.meta.url);
const getRunner = async () => (runner ??= createLabRunner({ workerUrl: WORKER }));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function registryOf(act) {
  const list = act.list();
  return { list, byName: new Map(list.map((spec) => [spec.name, spec])), checkParams: act.checkParams };
}

async function start() {
  const [act, lab] = await Promise.all([loadActivations(), loadLab()]);
  const registry = registryOf(act);
  const read = () => parseLabState(location.search, SECTIONS, registry);
  const { state, notices } = read();
  showNotices(notices);
  const hosts = new Map();
  const writeUrl = () => {
    const query = serializeLabState(state, SECTIONS, registry);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
  };

  const theme = $('theme');
  theme.replaceChildren(...THEMES.map((name) => new Option(THEME_LABELS[name], name)));
  const applyTheme = () => {
    theme.value = state.theme;
    if (state.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
    for (const host of hosts.values()) host.refreshColours();
  };
  theme.addEventListener('change', () => {
    state.theme = theme.value;
    applyTheme();
    writeUrl();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', applyTheme);

  const container = $('lab-sections');
  for (const [index, section] of SECTIONS.entries()) {
    // One section per task, with a frame between them: building and laying
    // out all four at once would block the page for over 100 ms.
    if (index > 0) await nextFrame();
    const root = Object.assign(document.createElement('section'), { className: 'lab-section', id: section.id });
    container.append(root);
    hosts.set(section.id, mountSectionHost(root, section, {
      values: state.sections[section.id],
      registry,
      lab,
      getRunner,
      onValuesChange: (values) => {
        state.sections[section.id] = values;
        writeUrl();
      },
    }));
  }
  applyTheme();

  addEventListener('popstate', () => {
    const next = read();
    showNotices(next.notices);
    state.theme = next.state.theme;
    for (const section of SECTIONS) {
      state.sections[section.id] = next.state.sections[section.id];
      hosts.get(section.id).setValues(state.sections[section.id]);
    }
    applyTheme();
  });

  $('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      $('copied').textContent = 'Link copied.';
    } catch {
      $('copied').textContent = location.href;
    }
  });
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

start().then(
  () => {
    $('status').textContent = 'Ready: choose the settings of an experiment and press Run.';
    document.body.dataset.ready = 'true';
  },
  (error) => {
    $("status").textContent = `The lab could not start: ${error?.message ?? error}`;
    console.error(error);
    $('status').classList.add('error');
  },
);
