// Mounts one lab section (sections/*.js) into a root element, on the page
// or in <activation-lab>'s shadow root, and gives it its context: the
// section contract of README.md. The host keeps the section's settings
// (its URL slice), builds the form from the settings table, and lends the
// section a run bar (progress, Cancel), export buttons and charts.
import { ChartView } from '../plot/chart-view.js';
import { createExportButtons } from './export.js';
import { buildForm } from './form.js';
import { createRunBar } from './run-bar.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// `section`: a module of sections/ ({ id, title, settings, mountSection }).
// `options`: { values, registry, lab, getRunner, onValuesChange(values),
// idPrefix, headingLevel, embedded }.
export function mountSectionHost(root, section, options) {
  const { registry, lab, getRunner, idPrefix = section.id, embedded = false } = options;
  let values = { ...options.values };
  const listeners = [];
  const themeListeners = [];
  const charts = [];
  let form;
  let layout;

  const change = (patch, { fromOutside = false } = {}) => {
    values = { ...values, ...patch };
    if (fromOutside) form?.show(values);
    else options.onValuesChange?.(values);
    layout?.markStale();
    for (const listener of listeners) listener(values);
  };

  // The standard layout: intro text, the generated form, the run bar, the
  // results (charts, tables), the export buttons, the notes tying the
  // result to the articles' claims.
  function buildLayout({ intro = [], notes = [] } = {}) {
    const introBox = make('div', { className: 'lab-intro' });
    introBox.append(...intro);
    const body = make('div', { className: 'lab-body' });
    const controls = make('div', { className: 'lab-controls' });
    const formBox = make('div', { className: 'lab-form' });
    form = buildForm(formBox, section.settings, {
      idPrefix: `${idPrefix}-setting`,
      values,
      registry,
      onChange: (key, value) => change({ [key]: value }),
    });
    controls.append(formBox);
    const runBar = createRunBar(controls, { getRunner, idPrefix });
    const output = make('div', { className: 'lab-output' });
    const stale = make('p', { className: 'lab-stale', hidden: true, textContent: 'The settings have changed since this run: Run again to see their results.' });
    stale.setAttribute('role', 'status');
    const results = make('div', { className: 'lab-results' });
    const exportsBox = make('div');
    const notesBox = make('div', { className: 'lab-notes' });
    notesBox.append(...notes);
    output.append(stale, results, exportsBox, notesBox);
    body.append(controls, output);
    root.append(introBox, body);
    const exports = createExportButtons(exportsBox);
    let hasResults = false;
    layout = {
      intro: introBox,
      controls,
      results,
      notes: notesBox,
      runBar,
      exports,
      // The section drew results for the current settings.
      fresh() {
        hasResults = true;
        stale.hidden = true;
        results.classList.remove('stale');
      },
      markStale() {
        if (!hasResults) return;
        stale.hidden = false;
        results.classList.add('stale');
      },
    };
    return layout;
  }

  const heading = make(`h${options.headingLevel ?? 2}`, { id: `${idPrefix}-title`, textContent: section.title });
  root.append(heading);
  root.setAttribute('aria-labelledby', heading.id);

  const context = {
    id: section.id,
    title: section.title,
    embedded,
    lab,
    registry,
    getRunner,
    values: () => values,
    // A section's own controls: the form shows the values and the URL follows.
    set: (patch) => {
      change(patch);
      form?.show(values);
    },
    onChange: (listener) => listeners.push(listener),
    layout: buildLayout,
    chart(container, chartOptions) {
      const chart = new ChartView(container, chartOptions);
      charts.push(chart);
      return chart;
    },
    onThemeChange: (listener) => themeListeners.push(listener),
  };
  section.mountSection(root, context);

  return {
    setValues: (next) => change(next, { fromOutside: true }),
    refreshColours() {
      for (const chart of charts) chart.invalidateColours();
      for (const listener of themeListeners) listener();
    },
    cancel: () => layout?.runBar.cancel(),
  };
}
