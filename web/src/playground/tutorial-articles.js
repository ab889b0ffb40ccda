// The tutorial examples of the three articles the playground teaches from:
// each article function is described for the tutorial runner (the core
// activation it maps onto, and where it hands back its int argument), and
// each card lists the print statements of the article's driver code. No
// maths and no number formatting here: the runner prints with the core's
// values, as Python and NumPy print them.
import { pythonList, pythonLiteral, runTutorial } from '../python/tutorial-runner.js';

// How each article function maps onto the core (and onto the plot, when a
// card is sent there). keepsInt is where it returns its argument itself,
// which keeps a Python int an int (and so prints `3`, not `3.0`); every
// other branch computes a float.
const ARTICLE_FUNCTIONS = {
  maxRelu: { name: 'relu', keepsInt: 'x > 0' },  // max(0.0, x): 0.0 wins ties
  reluDerivative: { name: 'relu', derivative: 'pytorch' },  // 1.0 if x > 0 else 0.0
  leakyGe: (alpha) => ({ name: 'leaky_relu', params: { negative_slope: alpha }, keepsInt: 'x >= 0' }),
  leakyGt: (alpha) => ({ name: 'leaky_relu', params: { negative_slope: alpha }, keepsInt: 'x > 0' }),
  leakyDerivativeGe: (alpha) => ({ name: 'leaky_relu', params: { negative_slope: alpha }, derivative: 'right' }),
};

// Print statements: print(fn(x)) for each input; print(fn_numpy(np.array(inputs))).
const EACH = { each: true };
const NUMPY = { numpy: true };
const eachFormatted = (format) => ({ each: true, format });

function loopDriver(call, numpyCall) {
  return (values) =>
    [`for x in ${pythonList(values)}:`, `    print(${call}(x))`, ...(numpyCall ? [`print(${numpyCall}(np.array(${pythonList(values)})))`] : [])].join('\n');
}

export const ARTICLES = [
  {
    id: 'seed-000',
    title: 'ReLu Function in Python',
    author: 'Drake Nguyen',
    summary: 'Pure Python and NumPy versions of ReLU, its derivative and leaky ReLU.',
    printsNothing: true,
    examples: [
      {
        id: 'seed-000-relu',
        title: 'relu and relu_numpy',
        definition: `# Pure Python implementation
def relu(x):
    return max(0.0, x)

# Vectorized NumPy implementation
import numpy as np
def relu_numpy(x_array):
    return np.maximum(0.0, x_array)`,
        driver: loopDriver('relu', 'relu_numpy'),
        inputs: '-2.0, 0.0, 3.5, 7',
        articleOutput: null,
        fn: ARTICLE_FUNCTIONS.maxRelu,
        prints: [EACH, NUMPY],
      },
      {
        id: 'seed-000-relu-derivative',
        title: 'relu_derivative and its vectorised form',
        definition: `def relu_derivative(x):
    if x > 0:
        return 1.0
    else:
        return 0.0

# Vectorized derivative for arrays
def relu_derivative_numpy(x_array):
    return (x_array > 0).astype(float)`,
        driver: loopDriver('relu_derivative', 'relu_derivative_numpy'),
        inputs: '-1.5, 0.0, 2.0',
        articleOutput: null,
        note: 'At x = 0 this gives 0, the convention PyTorch uses too.',
        fn: ARTICLE_FUNCTIONS.reluDerivative,
        prints: [EACH, NUMPY],
      },
      {
        id: 'seed-000-leaky',
        title: 'leaky_relu and leaky_relu_numpy (alpha = 0.01)',
        definition: `def leaky_relu(x, alpha=0.01):
    return x if x >= 0 else alpha * x

def leaky_relu_numpy(x_array, alpha=0.01):
    import numpy as np
    return np.where(x_array >= 0, x_array, alpha * x_array)`,
        driver: loopDriver('leaky_relu', 'leaky_relu_numpy'),
        inputs: '-10.0, -1.0, 0.0, 2.5',
        articleOutput: null,
        fn: ARTICLE_FUNCTIONS.leakyGe(0.01),
        prints: [EACH, NUMPY],
      },
      {
        id: 'seed-000-leaky-derivative',
        title: 'leaky_relu_derivative',
        definition: `def leaky_relu_derivative(x, alpha=0.01):
    return 1.0 if x >= 0 else alpha`,
        driver: loopDriver('leaky_relu_derivative'),
        inputs: '-3.0, 0.0, 3.0',
        articleOutput: null,
        note: 'At x = 0 this returns 1.0: the right-sided derivative. PyTorch returns negative_slope (0.01) there.',
        fn: ARTICLE_FUNCTIONS.leakyDerivativeGe(0.01),
        prints: [EACH],
      },
    ],
  },
  {
    id: 'seed-001',
    title: 'ReLu Function with Examples in Python',
    summary: 'ReLU with max(0.0, x) on two numbers, then a leaky ReLU, Relu_fun(), applied to -3; its variables are named gvn_num.',
    examples: [
      {
        id: 'seed-001-relu',
        title: 'ReLu(): the maximum of 0 and the number',
        definition: `def ReLu(gvn_num1):
    return max(0.0, gvn_num1)`,
        driver: (values) =>
          values.map((v, i) => `gvn_num${i + 1} = ${pythonLiteral(v)}\nprint(ReLu(gvn_num${i + 1}))`).join('\n'),
        inputs: '2.0, -3.0',
        articleOutput: ['2.0', '0.0'],
        note: 'The article says ReLU returns 1 for non-negative input. That is its derivative; ReLU returns the input itself, as the code does.',
        fn: ARTICLE_FUNCTIONS.maxRelu,
        prints: [EACH],
      },
      {
        id: 'seed-001-leaky',
        title: 'Relu_fun(): leaky ReLU',
        definition: `def Relu_fun(gvn_num):
    if gvn_num > 0:
        return gvn_num
    else:
        return 0.001 * gvn_num`,
        driver: (values) => values.map((v) => `gvn_num = ${pythonLiteral(v)}\nprint(Relu_fun(gvn_num))`).join('\n'),
        inputs: '-3',
        articleOutput: ['-0.003'],
        note: 'The article\'s formula says f(x) = 0.01·x for x < 0, but its code multiplies by 0.001: the output follows the code.',
        fn: ARTICLE_FUNCTIONS.leakyGt(0.001),
        prints: [EACH],
      },
    ],
  },
  {
    id: 'seed-002',
    title: 'ReLu Function in Python With Examples',
    author: 'admin',
    summary: 'ReLU and leaky ReLU applied to five inputs, printed with %.1f. The article\'s code is rebuilt here from its description and printed output.',
    examples: [
      {
        id: 'seed-002-relu',
        title: 'relu() on five inputs',
        definition: `def relu(x):
    return max(0.0, x)`,
        driver: (values) =>
          values.map((v) => `x = ${pythonLiteral(v)}\nprint('Applying Relu on (%.1f) gives %.1f' % (x, relu(x)))`).join('\n'),
        inputs: '1.0, -10.0, 0.0, 15.0, -20.0',
        articleOutput: [
          'Applying Relu on (1.0) gives 1.0',
          'Applying Relu on (-10.0) gives 0.0',
          'Applying Relu on (0.0) gives 0.0',
          'Applying Relu on (15.0) gives 15.0',
          'Applying Relu on (-20.0) gives 0.0',
        ],
        fn: ARTICLE_FUNCTIONS.maxRelu,
        prints: [eachFormatted('Applying Relu on (%.1f) gives %.1f')],
      },
      {
        id: 'seed-002-leaky',
        title: 'leaky_relu() on the same inputs',
        definition: `def leaky_relu(x):
    if x > 0:
        return x
    else:
        return 0.01 * x`,
        driver: (values) =>
          values.map((v) => `x = ${pythonLiteral(v)}\nprint('Applying Leaky Relu on (%.1f) gives %.1f' % (x, leaky_relu(x)))`).join('\n'),
        inputs: '1.0, -10.0, 0.0, 15.0, -20.0',
        articleOutput: [
          'Applying Leaky Relu on (1.0) gives 1.0',
          'Applying Leaky Relu on (-10.0) gives -0.1',
          'Applying Leaky Relu on (0.0) gives 0.0',
          'Applying Leaky Relu on (15.0) gives 15.0',
          'Applying Leaky Relu on (-20.0) gives -0.2',
        ],
        note: 'The article\'s leaky ReLU formula came out garbled ("f(x)=1 (x<0), (αx)+1 (x>=0)(x)"). The function is f(x) = x for x > 0 and α·x otherwise, with α = 0.01 here.',
        fn: ARTICLE_FUNCTIONS.leakyGt(0.01),
        prints: [eachFormatted('Applying Leaky Relu on (%.1f) gives %.1f')],
      },
    ],
  },
];

// The full listing: the article's definitions, then the driver for `values`.
export const exampleCode = (example, values) => `${example.definition}\n\n${example.driver(values)}`;

// The most inputs a card runs: its listing writes a line of code per input.
export const MAX_CARD_INPUTS = 1000;

// Checks the parsed inputs of a card: the article code is meant for finite
// numbers (with NaN, Python's max(0.0, x) returns 0.0 where the maths gives
// NaN), at least one is needed, and at most MAX_CARD_INPUTS. Returns an
// error message or undefined.
export function checkExampleInputs(values) {
  if (values.length === 0) return 'enter at least one number';
  if (values.length > MAX_CARD_INPUTS) {
    return `${values.length} numbers is more than these examples run (at most ${MAX_CARD_INPUTS}); plot them in the playground above instead`;
  }
  const bad = values.find((v) => !Number.isFinite(v.value));
  if (bad) return `"${bad.text.slice(0, 40)}" is not a finite number; these examples take finite numbers like 2.0 or -3`;
  return undefined;
}

// What the card prints for these inputs: { lines, omitted, error }, as
// runTutorial gives it.
export const runExample = (act, example, values) => runTutorial(act, example.fn, example.prints, values);

// Whether our printed lines are the article's printed lines.
export const matchesArticle = (lines, articleOutput) =>
  lines.length === articleOutput.length && lines.every((line, i) => line === articleOutput[i]);
