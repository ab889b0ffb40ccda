// A typed consumer of the package, compiled with `tsc --noEmit`: the calls a
// user writes must type-check, and the mistakes below must not.
import { loadActivations, KINK_CONVENTIONS } from 'activation-playground';
import type { ActivationName, ActivationProperties, ActivationSpec, Activations, KinkConvention, Sample } from 'activation-playground';
import type {
  FixedPointResult, GainResult, MeanVariance, MomentsResult, OutputDensity, SecondDerivativeSample,
} from 'activation-playground';
import { ActivationPlot } from 'activation-playground/activation-plot';
import type { ElementStatus, RenderDetail } from 'activation-playground/activation-plot';
import type { ActivationExample } from 'activation-playground/activation-example';
import type { ActivationLab, LabExperiment } from 'activation-playground/activation-lab';

const act: Activations = await loadActivations();

const y: number = act.evaluate('leaky_relu', -3, { negative_slope: 0.001 });
const dy: number = act.derivative('relu', 0, {}, { kink: 'right' });
const f32: Float32Array = act.apply('relu', new Float32Array([-1, 2]));
const f64: Float64Array = act.gradient('leaky_relu', new Float64Array([-1, 2]), { negative_slope: 0.2 });
const plain: number[] = act.apply('relu', [-1, 0, 2]);
const out = new Float32Array(2);
const same: Float32Array = act.apply('relu', new Float32Array([-1, 2]), undefined, out);
const sample: Sample = act.sample('relu', { from: -5, to: 5, count: 512 });
const names: ActivationName[] = act.list().map((spec: ActivationSpec) => spec.name);
const kinks: readonly KinkConvention[] = KINK_CONVENTIONS;
const properties: ActivationProperties = act.list()[0].properties;
const flatBelow: boolean = properties.saturates.below && properties.zeroGradient.some((interval) => interval.low === -Infinity);
// @ts-expect-error: monotonic is one of three words
const monotonic: 'yes' = properties.monotonic;
const atSlope: ActivationProperties | null = act.properties('leaky_relu', { negative_slope: -0.5 });
// @ts-expect-error: null where only the defaults' are known
const surely: ActivationProperties = act.properties('softplus', { beta: 2 });
// @ts-expect-error: a misspelt parameter
act.properties('leaky_relu', { negative_slop: 0.1 });

// @ts-expect-error: not an activation name
act.evaluate('rleu', 1);
// @ts-expect-error: a misspelt parameter
act.evaluate('leaky_relu', 1, { negative_slop: 0.1 });
// @ts-expect-error: a parameter is a number
act.evaluate('leaky_relu', 1, { negative_slope: '0.1' });
// @ts-expect-error: not a kink convention
act.derivative('relu', 0, {}, { kink: 'middle' });
// @ts-expect-error: relu takes no parameters
act.evaluate('relu', 1, { negative_slope: 0.1 });
const geluTanh: number = act.evaluate('gelu', 1, { approximate: 'tanh' });
// @ts-expect-error: not one of gelu's choices
act.evaluate('gelu', 1, { approximate: 'fast' });

// The zero-copy path: buffers in WASM memory.
const buffer = act.allocate(4, 'float32');
const inPlace = act.apply('relu', buffer, {}, buffer);
const view: Float32Array = inPlace.array;
buffer.free();

// The elements: importing the modules registers them and types the tags.
const plot: ActivationPlot = document.createElement('activation-plot');
plot.setAttribute('fn', 'leaky_relu');
plot.setAttribute('negative-slope', '0.2');
const status: ElementStatus = plot.status;
const errors: string[] = plot.errors;
plot.addEventListener('render', (event) => {
  const detail = (event as CustomEvent<RenderDetail>).detail;
  if (!detail.ok) console.log(detail.errors?.join('\n'));
});
const example = document.querySelector('activation-example');
const printed: string | undefined = example?.output;
const typed: ActivationExample | null = example;
// @ts-expect-error: status is read-only
plot.status = 'ready';
const labElement: ActivationLab | null = document.querySelector('activation-lab');
const labProblems: string[] = labElement?.errors ?? [];
const experiment: LabExperiment = 'born-dead';
labElement?.setAttribute('experiment', experiment);
// @ts-expect-error: not an experiment
const noExperiment: LabExperiment = 'dead-by-magic';

export { y, dy, f32, f64, plain, same, sample, names, kinks, status, errors, printed, typed, labProblems, noExperiment };

// A parameter check: the resolved parameters, and errors that name the parameter.
const resolved: { negative_slope?: number } = act.checkParams('leaky_relu', { negative_slope: 0.2 });
const slope: number = act.checkParams('leaky_relu').negative_slope;
const anyName: Record<string, number | string> = act.checkParams(String('hardtanh'), { min_val: 0 });
try {
  act.checkParams('hardtanh', { min_val: 2, max_val: 1 });
} catch (error) {
  const param: string | undefined = (error as import('activation-playground').ArgumentError).param;
}

// The lab's entry.
import { loadLab, INITIALISERS } from 'activation-playground/lab';
import type { BornDeadResult, Initialiser, Lab, LayerParameters } from 'activation-playground/lab';

const lab: Lab = await loadLab();
const born: BornDeadResult = await lab.bornDead({ widths: [2, 3], depths: 50, trials: 2000, init: 'he-normal', bias: 'zero', activation: 'relu', params: {}, seed: 1 });
const bornProbability: number = born.probability[0][1];
const initialisers: readonly Initialiser[] = INITIALISERS;
const labNet = lab.createNetwork({ layers: [2, 8, 8, 1], activation: 'relu', output: 'tanh', init: 'playground', seed: 1 });
const labParameters: LayerParameters[] = labNet.parameters();
const labLoss: number = labNet.step([1, 2], [1], { loss: 'half-mse', optimizer: { name: 'sgd', lr: 0.03 } });
const labDead: boolean[][] = labNet.deadUnits([1, 2]);
// @ts-expect-error: initialisers are spelled with hyphens
lab.createNetwork({ layers: [2, 1], init: 'he_normal' });
// @ts-expect-error: no such optimiser
labNet.step([1, 2], [1], { optimizer: { name: 'rmsprop', lr: 0.1 } });

// The lab's experiments spread over Workers.
import { createLabRunner } from 'activation-playground/lab-runner';
import type { LabRunner } from 'activation-playground/lab-runner';
const runner: LabRunner = createLabRunner({ workers: 2 });
const collapsed: number = (await runner.run('collapse', { width: 2, trials: 100 }, { onProgress: ({ fraction }) => fraction })).collapsed;
// @ts-expect-error: a run's own range is the runner's to split
runner.run('bornDead', { range: { first: 0, count: 10 } });
runner.terminate();

// What an activation does to a Gaussian input, and f″.
const moments: MomentsResult = act.moments('relu', { mean: 0, sd: 1 });
const gains: GainResult = act.gain('leaky_relu', { negative_slope: 0.2 });
const pytorchGain: number | null = gains.pytorch;
const fixed: FixedPointResult = act.fixedPoint('tanh', { weightVariance: 1.5, biasVariance: 0.05 });
const cobweb: Float64Array = act.varianceIterates('tanh', { weightVariance: 1.5, start: 4, count: 10 });
const selfNormalising: MeanVariance[] = act.meanVarianceIterates('selu', { start: { mean: 1, variance: 2 } });
const density: OutputDensity = act.density('relu', { mean: 0, sd: 1 }, {}, { count: 128 });
const curvature: number = act.secondDerivative('gelu', 1, { approximate: 'tanh' });
const curvatures: SecondDerivativeSample = act.sampleSecondDerivative('elu', { from: -3, to: 3 }, { alpha: 2 });
const secondText: string = act.list()[0].secondDerivative.formula;
// @ts-expect-error: a misspelt parameter
act.moments('leaky_relu', { mean: 0, sd: 1 }, { negative_slop: 0.1 });

// The analysis module loaded later: its calls are typed the same once it is ready.
const later: Activations = await loadActivations({ build: 'scalar', analysis: 'later' });
const loadedLater: boolean = later.analysisLoaded();
const ready: Activations = await later.analysisReady();
// @ts-expect-error analysis is 'now' or 'later'
loadActivations({ analysis: 'soon' });

export { collapsed, moments, pytorchGain, fixed, cobweb, selfNormalising, density, curvature, curvatures, secondText, loadedLater, ready };
