// Renders the tutorial examples (tutorial-articles.js) as cards: code,
// editable inputs, a Run button, our printed output and the article's
// beside it. Each article is introduced once, by its title and author, and
// says there once when it prints nothing of its own.
import { ARTICLES, checkExampleInputs, exampleCode, matchesArticle, runExample } from './tutorial-articles.js';
import { parseNumberList } from '../python/parse-inputs.js';
import { pythonErrorLine } from '../python/python-errors.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function outputBlock(caption, className) {
  const figure = element('figure', 'output-block');
  const pre = element('pre', className);
  figure.append(element('figcaption', '', caption), pre);
  return { figure, pre };
}

// The printed text of a run: its lines, a count of those left out, and the
// last line of Python's traceback when it stopped.
function printedText({ lines, omitted, error }) {
  const text = [...lines];
  if (omitted) text.push(`… ${omitted.toLocaleString('en')} more lines not shown`);
  if (error) text.push('Traceback (most recent call last):', '  …', pythonErrorLine(error));
  return text.join('\n');
}

// The inputs field, labelled, with its Run and Plot buttons.
function inputControls(example) {
  const inputId = `${example.id}-inputs`;
  const label = element('label', 'field');
  label.htmlFor = inputId;
  label.append(element('span', '', 'Inputs'));
  const input = element('input');
  input.id = inputId;
  input.type = 'text';
  input.value = example.inputs;
  input.spellcheck = false;
  input.autocomplete = 'off';
  const run = element('button', 'run', 'Run');
  run.type = 'button';
  const plot = element('button', 'secondary send-to-plot', 'Plot');
  plot.type = 'button';
  plot.setAttribute('aria-label', `Plot ${example.title} with these inputs`);
  const controls = element('div', 'card-controls');
  controls.append(label, input, run, plot);
  return { controls, input, run, plot };
}

// Our output, and beside it what the article printed where it printed any.
function outputPanes(example) {
  const ours = outputBlock('Output', 'output');
  const outputs = element('div', 'outputs');
  outputs.append(ours.figure);
  if (example.articleOutput) {
    const theirs = outputBlock('The article printed', 'article-output');
    theirs.pre.textContent = example.articleOutput.join('\n');
    outputs.append(theirs.figure);
  }
  return { outputs, ours: ours.pre };
}

// The lines under the inputs: an alert for inputs that can't be used, a
// note on how an ambiguous input was read ("2,0"), and the verdict, which
// a screen reader announces when it changes.
function messageLines() {
  const error = element('p', 'error');
  error.hidden = true;
  error.setAttribute('role', 'alert');
  const note = element('p', 'input-note');
  note.hidden = true;
  const verdict = element('p', 'verdict');
  verdict.setAttribute('aria-live', 'polite');
  return { error, note, verdict };
}

// The inputs as an example takes them: { values, notes }, or { message }
// saying why they can't be used (with the character where parsing stopped).
function readInputs(text) {
  const parsed = parseNumberList(text);
  if (!parsed.ok) return { message: `${parsed.error.message} (at character ${parsed.error.start + 1})` };
  const message = checkExampleInputs(parsed.values);
  return message ? { message } : { values: parsed.values, notes: parsed.notes };
}

// Shows why the inputs can't be used (or clears it) and the notes on them.
function showInputStatus({ input, error, note }, message, notes) {
  error.hidden = !message;
  error.textContent = message ?? '';
  input.toggleAttribute('aria-invalid', Boolean(message));
  note.hidden = notes.length === 0;
  note.textContent = notes.map((n) => n.message).join('; ');
}

// The verdict on a run: whether it printed what the article did. Only the
// article's own inputs can be compared; an example whose article printed
// nothing has no verdict.
function verdictOf(example, inputText, printed) {
  if (!example.articleOutput) return { text: '', className: 'verdict' };
  if (inputText.trim() !== example.inputs) {
    return { text: 'Your inputs differ from the article\'s, so there is nothing to compare.', className: 'verdict' };
  }
  if (!printed.error && matchesArticle(printed.lines, example.articleOutput)) {
    return { text: '✓ Matches the article\'s output', className: 'verdict match' };
  }
  return { text: '✗ Differs from the article\'s output', className: 'verdict mismatch' };
}

// One example's card: its listing follows the inputs as they are typed; Run
// (or Enter) prints, and Plot sends the function and inputs to the plot.
function renderCard(example, act, onPlot) {
  const code = element('pre', 'code');
  const { controls, input, run, plot } = inputControls(example);
  const { error, note, verdict } = messageLines();
  const { outputs, ours } = outputPanes(example);
  const card = element('article', 'card');
  card.id = example.id;
  card.append(element('h4', '', example.title), code, controls, error, note, outputs, verdict);
  if (example.note) card.append(element('p', 'note', example.note));

  const showCode = () => {
    const { values } = readInputs(input.value);
    if (values) code.textContent = exampleCode(example, values);
  };

  // A run with unusable inputs keeps the last output, marked stale.
  const execute = () => {
    const { values, notes = [], message } = readInputs(input.value);
    showInputStatus({ input, error, note }, message, notes);
    ours.classList.toggle('stale', Boolean(message));
    if (message) return;
    const printed = runExample(act, example, values);
    ours.textContent = printedText(printed);
    const { text, className } = verdictOf(example, input.value, printed);
    verdict.textContent = text;
    verdict.className = className;
  };

  input.addEventListener('input', showCode);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') execute();
  });
  run.addEventListener('click', execute);
  plot.addEventListener('click', () => {
    if (readInputs(input.value).values) onPlot(example, input.value);
    else execute();  // shows why the inputs can't be used
  });
  showCode();
  execute();
  return card;
}

// The heading of an article's section: its title, and its author where the
// article names one.
function articleHeading(article) {
  const heading = element('h3', '');
  heading.append(element('cite', 'article-title', `“${article.title}”`));
  if (article.author) heading.append(' ', element('span', 'byline', `by ${article.author}`));
  return heading;
}

// `onPlot(example, inputText)` sends a card's function and inputs to the plot.
export function renderExamples(container, act, onPlot) {
  container.replaceChildren(
    ...ARTICLES.map((article) => {
      const section = element('section', 'article-group');
      section.id = article.id;
      section.append(articleHeading(article), element('p', 'summary', article.summary));
      if (article.printsNothing) {
        section.append(element('p', 'prints-nothing', 'This article prints no output of its own: each card shows what Python and NumPy print for your inputs.'));
      }
      const cards = element('div', 'cards');
      cards.append(...article.examples.map((example) => renderCard(example, act, onPlot)));
      section.append(cards);
      return section;
    }),
  );
}
