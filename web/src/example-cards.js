// Renders the tutorial examples (examples.js) as cards: code, editable
// inputs, a Run button, our printed output and the article's beside it.
import { ARTICLES, checkExampleInputs, exampleCode, matchesArticle } from './examples.js';
import { parseNumberList } from './python/parse-inputs.js';

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

function renderCard(example, act, onPlot) {
  const card = element('article', 'card');
  card.id = example.id;
  const code = element('pre', 'code');
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
  const error = element('p', 'error');
  error.hidden = true;
  error.setAttribute('role', 'alert');
  const ours = outputBlock('Output', 'output');
  const outputs = element('div', 'outputs');
  outputs.append(ours.figure);
  let theirs;
  if (example.articleOutput) {
    theirs = outputBlock('The article printed', 'article-output');
    theirs.pre.textContent = example.articleOutput.join('\n');
    outputs.append(theirs.figure);
  }
  const verdict = element('p', 'verdict');
  verdict.setAttribute('aria-live', 'polite');
  card.append(element('h4', '', example.title), code, controls, error, outputs, verdict);
  if (example.note) card.append(element('p', 'note', example.note));

  const parse = () => {
    const parsed = parseNumberList(input.value);
    if (!parsed.ok) return { message: `${parsed.error.message} (at character ${parsed.error.start + 1})` };
    const message = checkExampleInputs(parsed.values);
    return message ? { message } : { values: parsed.values };
  };

  // The listing follows the inputs as they are typed; Run prints.
  const showCode = () => {
    const { values } = parse();
    if (values) code.textContent = exampleCode(example, values);
  };

  const execute = () => {
    const { values, message } = parse();
    error.hidden = !message;
    error.textContent = message ?? '';
    input.toggleAttribute('aria-invalid', Boolean(message));
    if (message) return;
    const lines = example.run(act, values);
    ours.pre.textContent = lines.join('\n');
    if (!example.articleOutput) {
      verdict.textContent = 'The article prints nothing here: this is what Python would print.';
      verdict.className = 'verdict';
    } else if (input.value.trim() !== example.inputs) {
      verdict.textContent = 'Your inputs differ from the article\'s, so there is nothing to compare.';
      verdict.className = 'verdict';
    } else if (matchesArticle(lines, example.articleOutput)) {
      verdict.textContent = '✓ Matches the article\'s output';
      verdict.className = 'verdict match';
    } else {
      verdict.textContent = '✗ Differs from the article\'s output';
      verdict.className = 'verdict mismatch';
    }
  };

  input.addEventListener('input', showCode);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') execute();
  });
  run.addEventListener('click', execute);
  plot.addEventListener('click', () => {
    if (parse().values) onPlot(example, input.value);
    else execute();  // shows why the inputs can't be used
  });
  showCode();
  execute();
  return card;
}

// `onPlot(example, inputText)` sends a card's function and inputs to the plot.
export function renderExamples(container, act, onPlot) {
  container.replaceChildren(
    ...ARTICLES.map((article) => {
      const section = element('section', 'article-group');
      section.id = article.id;
      section.append(element('h3', '', `“${article.title}”`), element('p', 'summary', article.summary));
      const cards = element('div', 'cards');
      cards.append(...article.examples.map((example) => renderCard(example, act, onPlot)));
      section.append(cards);
      return section;
    }),
  );
}
