// <activation-example>: a live version of a tutorial's code listing. It
// runs an activation on the article's inputs and prints each result the
// way the article's Python prints it, with numbers from our core; the
// reader can change the inputs and run it again.
//
//   <activation-example fn="relu" inputs="1.0 -10.0 0.0 15.0 -20.0"
//                       format="Applying Relu on (%.1f) gives %.1f">
//     <pre><code>print('Applying Relu on (%.1f) gives %.1f' % (x, relu(x)))</code></pre>
//   </activation-example>
//
// Attributes:
//   fn          the activation, with parameters in parentheses if wanted:
//               leaky_relu(negative_slope=0.001)
//   PARAM       a parameter, named as in the registry with "-" for "_":
//               negative-slope="0.001"
//   inputs      the values to run, separated by spaces or commas, or a Python
//               list; 3 is a Python int, 3.0 a float, as in Python
//   format      a Python %-format applied to each input, as `format % args`:
//               with one conversion args is the result, with two it is
//               (x, result); %(x)s %(y)s %(f)s %(df)s name the input, the
//               result, f(x) and f′(x). Without it each line is print(result).
//   keeps-int   where the listing's function hands back its argument
//               unchanged, as a condition on x: "x > 0" for max(0.0, x).
//               There an int input stays an int (Python prints 5, not 5.0);
//               everywhere else, and without the attribute, results are floats
//   numpy       one line for all inputs, as print() shows a NumPy array
//   derivative  the result is f′(x) instead of f(x); kink: pytorch (default),
//               left or right, the derivative taken at a kink
//   theme       light or dark; the system's setting when absent
//
// The element's children (the article's code, say) are shown above the
// inputs, styled by the page. When the code holds the inputs as a Python
// list ([1.0, -10.0, 0.0]), that list is rewritten to the reader's inputs
// on every run. Printing is the tutorial runner's (python/tutorial-runner.js),
// the same as the playground's example cards.
import { KINK_CONVENTIONS } from './activations.js';
import { parseNumberList } from './python/parse-inputs.js';
import { FIELD_LIMIT } from './python/python-printf.js';
import { pythonErrorLine } from './python/python-errors.js';
import { describeFormat, parseCondition, runTutorial } from './python/tutorial-runner.js';
import { ListingInputs } from './elements/listing-inputs.js';
import { attributeText, configurationKey, readBoolean, readChoice, readCurves } from './elements/attributes.js';
import { ElementBase, ElementCore, defineElement, renderErrors, sharedSheet } from './elements/element-core.js';
import { RESET_CSS, THEME_CSS } from './elements/element-styles.js';

const OWN_ATTRIBUTES = ['fn', 'inputs', 'format', 'keeps-int', 'numpy', 'derivative', 'kink', 'theme'];

const CSS = `${THEME_CSS}${RESET_CSS}
.frame {
  display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; padding: 10px 12px;
  border: 1px solid var(--ap-border); border-radius: 8px; background: var(--ap-surface);
}
.code:not(.filled) { display: none; }
::slotted(*) { max-width: 100%; }
::slotted(pre) { margin: 0 !important; overflow-x: auto; }
form { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin: 0; }
label { font-weight: 600; font-size: 13px; }
input {
  flex: 1 1 14em; min-width: 0; padding: 4px 8px; border: 1px solid var(--ap-border); border-radius: 4px;
  background: var(--plot-background); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
}
input[aria-invalid="true"] { border-color: var(--ap-error); }
button {
  padding: 4px 16px; border: 1px solid var(--ap-accent); border-radius: 4px;
  background: var(--ap-accent); color: var(--plot-background); font-weight: 600; cursor: pointer;
}
button:hover { filter: brightness(1.1); }
.input-error { margin: 0; color: var(--ap-error); font-size: 13px; overflow-wrap: anywhere; }
.input-note { margin: 0; color: var(--ap-muted); font-size: 13px; overflow-wrap: anywhere; }
.input-error code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.output-label { display: block; margin-bottom: 2px; color: var(--ap-muted); font-size: 12px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
pre {
  margin: 0; padding: 8px 10px; border-radius: 4px; background: var(--plot-background); border: 1px solid var(--ap-border);
  font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre; overflow-x: auto;
}
pre.stale { opacity: 0.55; }
`;

let nextId = 0;

// How Python's stop is told to the reader: the traceback's last line, and
// for a MemoryError why this page ran out where a big machine might not.
function stopMessage(error) {
  const line = pythonErrorLine(error);
  const why = error.pythonType === 'MemoryError'
    ? ` (this page builds no field wider than ${FIELD_LIMIT.toLocaleString('en')} characters, and no line longer than a million)`
    : '';
  return `Python would stop here with ${line}${why}`;
}

export class ActivationExample extends ElementBase {
  #root;
  #parts;
  #config;
  #configKey;
  #lines = [];
  #listing;

  #core = new ElementCore(this, () => this.#update());

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sharedSheet(CSS)];
    const id = `activation-example-${nextId++}`;
    const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

    const frame = make('div', { className: 'frame' });
    frame.setAttribute('part', 'frame');
    const code = make('div', { className: 'code' });
    const slot = make('slot');
    code.append(slot);
    slot.addEventListener('slotchange', () => code.classList.toggle('filled', slot.assignedNodes().some((n) => n.nodeType === 1 || n.textContent.trim())));
    const form = make('form');
    const label = make('label', { htmlFor: `${id}-inputs`, textContent: 'Inputs' });
    const input = make('input', { id: `${id}-inputs`, type: 'text', spellcheck: false, autocomplete: 'off' });
    input.setAttribute('aria-describedby', `${id}-input-error`);
    const run = make('button', { type: 'submit', textContent: 'Run' });
    form.append(label, input, run);
    const inputError = make('p', { className: 'input-error', id: `${id}-input-error`, hidden: true });
    inputError.setAttribute('role', 'alert');
    const inputNote = make('p', { className: 'input-note', hidden: true });
    inputNote.setAttribute('aria-live', 'polite');
    const outputBox = make('div');
    const outputLabel = make('span', { className: 'output-label', id: `${id}-output-label`, textContent: 'Output' });
    const output = make('pre', { className: 'output' });
    output.setAttribute('part', 'output');
    output.setAttribute('aria-labelledby', outputLabel.id);
    output.setAttribute('aria-live', 'polite');
    output.tabIndex = 0;  // scrollable when lines are long
    outputBox.append(outputLabel, output);
    const error = make('div', { className: 'error', hidden: true });
    error.setAttribute('role', 'alert');
    error.setAttribute('part', 'error');
    frame.append(code, form, inputError, inputNote, outputBox, error);
    this.#root.append(frame);
    this.#parts = { frame, form, input, inputError, inputNote, outputBox, output, error };
    this.#listing = new ListingInputs(slot);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run(input.value, false);
    });
  }

  /** 'loading', 'ready' or 'error'. */
  get status() {
    return this.#core.status;
  }

  /** The messages shown when the attributes can't be run; empty otherwise. */
  get errors() {
    return [...this.#core.errors];
  }

  /** The printed lines of the last run. */
  get output() {
    return this.#lines.join('\n');
  }

  connectedCallback() {
    const mutations = new MutationObserver(() => this.#core.schedule());
    mutations.observe(this, { attributes: true });
    this.#core.connect([() => mutations.disconnect()]);
  }

  disconnectedCallback() {
    this.#core.disconnect();
  }

  #update() {
    if (this.#core.loadError) {
      this.#showErrors([this.#core.loadError.message]);
      return;
    }
    if (!this.#core.act) return;
    const key = configurationKey(this);
    if (key === this.#configKey) return;
    this.#configKey = key;
    const errors = [];
    const [fn] = readCurves(this, this.#core.act, { ownAttributes: OWN_ATTRIBUTES, maxFunctions: 1 }, errors);
    const numpy = readBoolean(this, 'numpy', errors);
    const derivative = readBoolean(this, 'derivative', errors);
    const kink = readChoice(this, 'kink', [...KINK_CONVENTIONS], errors) ?? 'pytorch';
    readChoice(this, 'theme', ['light', 'dark', 'system'], errors);
    const inputs = this.getAttribute('inputs');
    const parsedInputs = inputs === null ? undefined : parseNumberList(inputs);
    if (inputs === null) errors.push('missing inputs: give the values to run, like inputs="2.0 -3.0"');
    else if (!parsedInputs.ok) errors.push(`${attributeText('inputs', inputs)}: ${parsedInputs.error.message}`);
    const format = this.getAttribute('format') ?? undefined;
    const formatProblem = format === undefined ? undefined : describeFormat(format).error;
    if (formatProblem) errors.push(`${attributeText('format', format)}: ${formatProblem}`);
    const keepsInt = this.getAttribute('keeps-int') ?? undefined;
    try {
      if (keepsInt !== undefined) parseCondition(keepsInt);
    } catch (error) {
      errors.push(`${attributeText('keeps-int', keepsInt)}: ${error.message}`);
    }
    if (errors.length) {
      this.#config = undefined;
      this.#showErrors(errors);
      return;
    }
    this.#config = {
      fn: { name: fn.name, params: fn.params, derivative: derivative ? kink : undefined, keepsInt },
      statements: [numpy ? { numpy: true, format } : { each: true, format }],
    };
    this.#listing.start(parsedInputs.values);
    this.#parts.input.value = inputs;
    this.#run(inputs, true);
  }

  // Runs the example on `text`. From the attributes (`initial`), a problem
  // names the attribute; from the reader's typing, it is shown inline and
  // the last output stays.
  #run(text, initial) {
    const { input, inputError, inputNote, output } = this.#parts;
    const parsed = parseNumberList(text);
    inputNote.hidden = !parsed.ok || parsed.notes.length === 0;
    inputNote.textContent = parsed.ok ? parsed.notes.map((note) => note.message).join('; ') : '';
    if (!parsed.ok) {
      input.setAttribute('aria-invalid', 'true');
      const excerpt = document.createElement('code');
      const mark = document.createElement('mark');
      mark.textContent = text.slice(parsed.error.start, parsed.error.end) || ' ';
      excerpt.append(text.slice(0, parsed.error.start), mark, text.slice(parsed.error.end));
      inputError.replaceChildren(`${parsed.error.message} (at character ${parsed.error.start + 1}): `, excerpt);
      inputError.hidden = false;
      output.classList.add('stale');
      return;
    }
    const { fn, statements } = this.#config;
    const printed = runTutorial(this.#core.act, fn, statements, parsed.values);
    this.#listing.rewrite(parsed.values);
    if (printed.error) {
      const message = stopMessage(printed.error);
      if (initial) {
        this.#showErrors([`${attributeText('format', this.getAttribute('format') ?? '')}: ${message}`]);
      } else {
        // What Python printed before it stopped, then its traceback's last line.
        input.setAttribute('aria-invalid', 'true');
        inputError.replaceChildren(message);
        inputError.hidden = false;
        output.classList.remove('stale');
        this.#lines = printed.lines;
        output.textContent = [...printed.lines, 'Traceback (most recent call last):', '  …', pythonErrorLine(printed.error)].join('\n');
      }
      return;
    }
    input.removeAttribute('aria-invalid');
    inputError.hidden = true;
    output.classList.remove('stale');
    this.#lines = printed.lines;
    const more = printed.omitted ? `\n… ${printed.omitted.toLocaleString('en')} more lines not shown` : '';
    output.textContent = printed.lines.join('\n') + more;
    this.#parts.error.hidden = true;
    for (const element of [this.#parts.form, this.#parts.outputBox]) element.hidden = false;
    this.#core.setStatus('ready');
    this.dispatchEvent(new CustomEvent('render', { detail: { ok: true, output: this.output } }));
  }

  #showErrors(errors) {
    const { error, form, outputBox } = this.#parts;
    form.hidden = true;
    outputBox.hidden = true;
    renderErrors(error, 'This example could not be run', errors);
    this.#lines = [];
    this.#core.setStatus('error', errors);
    console.warn(`<activation-example>: ${errors.join('; ')}`);
    this.dispatchEvent(new CustomEvent('render', { detail: { ok: false, errors: [...errors] } }));
  }
}

defineElement('activation-example', ActivationExample);
