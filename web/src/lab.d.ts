// Types of the lab's API (package entry "activation-playground/lab").
import type { ActivationName } from './activations.js';

export type Initialiser = 'he-normal' | 'he-uniform' | 'xavier-normal' | 'xavier-uniform' | 'lecun-normal' | 'pytorch' | 'playground';
/** 'initialiser': the initialiser's own biases (0.1 for playground, U(±1/√fan_in) for pytorch, 0 otherwise); 'drawn': as the layer's weights; a number: that constant. */
export type Bias = 'initialiser' | 'default' | 'zero' | 'drawn' | number;
export type OutputActivation = 'linear' | 'tanh' | 'sigmoid';
/** half-mse: ½Σ(o − t)² per point; mse: PyTorch's mse_loss; bce-logits: binary cross-entropy on a linear output as logit. All averaged over points. */
export type Loss = 'half-mse' | 'mse' | 'bce-logits';
export type KinkConvention = 'pytorch' | 'left' | 'right';

export interface Optimizer {
  name: 'sgd' | 'adam';
  lr: number;
  /** Adam's, PyTorch's defaults: 0.9, 0.999, 1e-8. */
  beta1?: number;
  beta2?: number;
  eps?: number;
}

export interface Progress {
  done: number;
  total: number;
  fraction: number;
}

export interface RunOptions {
  /** Called after each chunk of trials. */
  onProgress?: (progress: Progress) => void;
  /** Cancels the run: its promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Computes only trials first … first + count − 1 (a worker's share). */
  range?: { first?: number; count?: number };
}

export interface ActivationOptions {
  /** Any registry activation (default 'relu'); its parameters are checked by the registry. */
  activation?: ActivationName;
  params?: Record<string, number | string>;
  kink?: KinkConvention;
}

export interface BornDeadOptions extends ActivationOptions, RunOptions {
  widths?: number[];
  /** The largest depth L: results for L = 1 … depths (default 50). */
  depths?: number;
  trials?: number;
  init?: Initialiser;
  bias?: Bias;
  seed?: number;
}

export interface BornDeadResult {
  widths: number[];
  depths: number[];
  trials: number;
  /** probability[w][L − 1]: the share of trials born dead. */
  probability: number[][];
  /** 95 % Wilson intervals, [low, high]. */
  interval: [number, number][][];
  /** 1 − (1 − 2^−N)^L. */
  bound: number[][];
  /** Per width, trials × depths flags (1 = constant on [−1, 1]). */
  dead: Uint8Array[];
}

export interface CollapseOptions extends ActivationOptions, RunOptions {
  width?: number;
  depth?: number;
  trials?: number;
  steps?: number;
  optimizer?: Optimizer;
  init?: Initialiser;
  bias?: Bias;
  points?: number;
  loss?: 'mse' | 'half-mse';
  seed?: number;
}

export interface CollapseResult {
  trials: number;
  bornDead: number;
  collapsed: number;
  medianError: number;
  /** Share of trials with final error < 1e-3. */
  shareSolved: number;
  /** The variance of |x| on the grid: a collapsed network's error. */
  targetVariance: number;
  collapsedMeanError: number;
  histogram: { edges: number[]; counts: number[] };
  errors: Float64Array;
  ranges: Float64Array;
  bornDeadTrials: Uint8Array;
}

export interface PlaygroundOptions extends ActivationOptions {
  hidden?: number[];
  lr?: number;
  batch?: number;
  output?: OutputActivation;
  loss?: Loss;
  init?: Initialiser;
  bias?: Bias;
  /** The data set's seed; trial t's network is drawn from (seed, t). */
  seed?: number;
  samples?: number;
  noise?: number;
  trainPercent?: number;
}

export interface PlaygroundDeathOptions extends PlaygroundOptions, RunOptions {
  epochs?: number;
  seeds?: number;
}

export interface PlaygroundDeathResult {
  hidden: number[];
  epochs: number;
  seeds: number;
  units: number;
  deadShare: number;
  /** Units ≤ 0 on every training point but still receiving gradient (leaky variants). */
  negativeShare: number;
  medianAccuracy: number;
  /** Per seed, per unit: the epoch from which it stays dead (0 = born dead), or −1. */
  deathEpoch: Int32Array[];
  /** Per seed, per unit: 0 alive, 1 dead, 2 negative at the end. */
  finalState: Uint8Array[];
  /** activeProbability[epoch][layer]: Pr[z > 0] on the training points, mean over seeds. */
  activeProbability: number[][];
  meanAccuracy: number[];
  finalAccuracy: Float64Array;
  perTrial: { deathEpoch: Int32Array; finalState: Uint8Array; active: Float64Array; accuracy: Float64Array; trainLoss: Float64Array };
}

export interface SignalDepthOptions extends ActivationOptions, RunOptions {
  width?: number;
  depth?: number;
  trials?: number;
  inputs?: number;
  init?: Initialiser;
  bias?: Bias;
  seed?: number;
}

export interface SignalDepthResult {
  trials: number;
  layers: number[];
  /** Mean and median over trials of E[h²]/E[x²] per layer. */
  meanRatio: number[];
  medianRatio: number[];
  deadShare: number[];
  meanGradientNorm: number[];
  medianGradientNorm: number[];
  perTrial: { ratio: Float64Array; deadShare: Float64Array; gradientNorm: Float64Array };
}

export interface LayerParameters {
  /** out × in, row-major. */
  weight: Float64Array;
  bias: Float64Array;
}

export type UnitState = 'alive' | 'dead' | 'negative';

export interface NetworkOptions extends ActivationOptions {
  /** [in, h1, …, hk, out]. */
  layers: number[];
  output?: OutputActivation;
  init?: Initialiser;
  bias?: Bias;
  seed?: number;
}

export interface Network {
  readonly layers: readonly number[];
  readonly activation: string;
  readonly output: OutputActivation;
  parameters(): LayerParameters[];
  setParameters(list: { weight: ArrayLike<number>; bias: ArrayLike<number> }[]): void;
  /** X: n × in, row-major; returns n × out. */
  forward(X: Float64Array | number[]): Float64Array;
  /** The gradient of the mean loss. */
  gradients(X: Float64Array | number[], T: Float64Array | number[], options?: { loss?: Loss }): { loss: number; layers: LayerParameters[] };
  /** One optimiser step; returns the mean loss before it. */
  step(X: Float64Array | number[], T: Float64Array | number[], options?: { loss?: Loss; optimizer?: Optimizer }): number;
  resetOptimizer(): void;
  /** Per hidden layer, one boolean per unit. */
  deadUnits(X: Float64Array | number[]): boolean[][];
  unitStates(X: Float64Array | number[]): { states: UnitState[][]; activeProbability: number[] };
  /** Whether the output is the same at every point of X (for one input, zero hidden biases and ReLU, X = [−1, 0, 1] decides it on [−1, 1]). */
  isConstant(X: Float64Array | number[]): boolean;
  layerOutputs(X: Float64Array | number[]): Float64Array[];
  dispose(): void;
}

export interface PlaygroundRun {
  readonly hidden: readonly number[];
  readonly layers: readonly number[];
  readonly data: { train: { x: Float64Array; label: Float64Array }; test: { x: Float64Array; label: Float64Array } };
  readonly epoch: number;
  readonly position: number;
  readonly updates: number;
  trainPoints(points: number): number;
  stepBatch(): void;
  stepEpoch(): void;
  train(options?: { epochs?: number }): void;
  setLearningRate(lr: number): void;
  loss(options?: { test?: boolean }): number;
  accuracy(options?: { test?: boolean }): number;
  parameters(): Float64Array;
  unitStates(): { states: UnitState[][]; activeProbability: number[] };
  surface(options?: { density?: number; extent?: number }): { density: number; extent: number; output: Float64Array; units: Float64Array[][] };
  dispose(): void;
}

export interface Lab {
  readonly build: 'simd' | 'scalar';
  readonly limits: Readonly<Record<'width' | 'layers' | 'parameters' | 'points' | 'trials' | 'steps' | 'epochs' | 'depth' | 'grid' | 'lanes' | 'errorBins', number>>;
  bornDead(options?: BornDeadOptions): Promise<BornDeadResult>;
  collapse(options?: CollapseOptions): Promise<CollapseResult>;
  playgroundDeath(options?: PlaygroundDeathOptions): Promise<PlaygroundDeathResult>;
  signalDepth(options?: SignalDepthOptions): Promise<SignalDepthResult>;
  createNetwork(options: NetworkOptions): Network;
  createPlaygroundRun(options?: PlaygroundOptions & { trial?: number }): PlaygroundRun;
  readonly summarise: Record<string, (shares: any) => any>;
}

export function loadLab(options?: { build?: 'auto' | 'simd' | 'scalar' }): Promise<Lab>;

export const INITIALISERS: readonly Initialiser[];
export const BIASES: readonly string[];
export const OUTPUTS: readonly OutputActivation[];
export const LOSSES: readonly Loss[];
export const OPTIMIZERS: readonly ('sgd' | 'adam')[];
export const PLAYGROUND_LEARNING_RATES: readonly number[];
