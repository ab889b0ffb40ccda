// Types of the JS API (web/src/activations.js). The activation names and
// their parameters are generated from the registry.
import type { ActivationName, ActivationParams, LibraryKey, LibraryNameTargets } from './registry.generated.js';
import type { MomentsApi } from './api/moments.js';

export type { ActivationName, ActivationParams, LibraryKey, LibraryNameTargets };
export type * from './api/moments.js';

/** Another library's name for an activation, written 'library:name' ('keras:leaky_relu'). */
export type QualifiedName = keyof LibraryNameTargets;

/** A name the API accepts: a registry name, or another library's as 'library:name'. */
export type AnyActivationName = ActivationName | QualifiedName;

/** The parameters of a registry name, or of the entry a 'library:name' resolves to (whose defaults it sets). */
export type ParamsOf<N extends AnyActivationName> = N extends ActivationName
  ? ActivationParams[N]
  : N extends QualifiedName
    ? ActivationParams[LibraryNameTargets[N]]
    : never;

/** What act.resolve returns: the registry entry and the parameter values the library uses by default. */
export interface ResolvedName {
  name: ActivationName;
  params: { [param: string]: number | string };
}

/** One of another library's names for an activation, as list() gives them. */
export interface LibraryNameEntry {
  library: LibraryKey;
  name: string;
  /** The parameter values that library uses by default. */
  params: { [param: string]: number | string };
  /** Where that library's function or defaults differ, in words (may be empty). */
  note: string;
}

/** Which derivative to return exactly at a kink: PyTorch's autograd value (default), or a one-sided one. */
export type KinkConvention = 'pytorch' | 'left' | 'right';

export const KINK_CONVENTIONS: readonly KinkConvention[];

export interface DerivativeOptions {
  /** Derivative convention at kinks; 'pytorch' unless given. */
  kink?: KinkConvention;
}

export interface NumericParamSpec {
  name: string;
  default: number;
  /** Lowest allowed value; -Infinity when unbounded. */
  min: number;
  /** Highest allowed value; Infinity when unbounded. */
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
  /** One line: what the parameter does. */
  description: string;
  /** Values libraries or articles use, where they disagree. */
  presets?: { label: string; value: number }[];
}

export interface ChoiceParamSpec {
  name: string;
  default: string;
  choices: string[];
  description: string;
}

export type ParamSpec = NumericParamSpec | ChoiceParamSpec;

/** A rule between two parameters: lower < upper (or ≤ when not strict). */
export interface ParamOrder {
  lower: string;
  upper: string;
  strict: boolean;
}

export interface ActivationSpec {
  name: ActivationName;
  /** Human-readable name. */
  label: string;
  params: ParamSpec[];
  orders: ParamOrder[];
  /** f(x), as Unicode text. */
  formula: string;
  /** f′(x), as Unicode text. */
  derivativeFormula: string;
  /** What f′ returns at each kink under each convention, in words. */
  kinkConvention: string;
  secondDerivative: {
    /** f″(x), as Unicode text. */
    formula: string;
    /** What jumps at each breakpoint (f, f′ or only f″) and what f″ returns there under each convention. */
    atBreakpoints: string;
    /** The bound of f″ against a correctly rounded reference, in ulps, away from its zeros. */
    ulps: number;
  };
  /** How close the core's f and f′ are to the exact values: the numbers the tests check and the README quotes. */
  bounds: ErrorBounds;
  /** Behaviour at ±Infinity and far out. */
  edges: EdgeBehaviour;
  /** What a learner compares activations by, at the DEFAULT parameters (`parametersNote` says how they change). */
  properties: ActivationProperties;
  /** This activation's names in PyTorch, Keras, TensorFlow.js, JAX and Hugging Face, with their defaults. */
  libraryNames: LibraryNameEntry[];
}

/** Largest error of f and f′ in ulps of the correctly rounded value, for one precision. */
export interface UlpBound {
  value: number;
  derivative: number;
}

/**
 * Near an interior zero of f′, where f′ is a sum of terms that cancel, an absolute error up to `double`
 * (or `float`) is accepted as well at distances from `fromDistance` to `halfWidth` (possibly Infinity) of `zero`.
 */
export interface DerivativeFloor {
  zero: number;
  halfWidth: number;
  fromDistance: number;
  double: number;
  float: number;
}

export interface ErrorBounds {
  double: UlpBound;
  float: UlpBound;
  derivativeFloors: DerivativeFloor[];
}

/** What f and f′ do at the IEEE edges beyond NaN in, NaN out (which holds for every activation). */
export interface EdgeBehaviour {
  /** f has a limit at ±Infinity; false where it oscillates (sine), which gives NaN there. */
  valueLimits: boolean;
  /** f′ has a limit at ±Infinity; false where it oscillates (sine, snake). */
  derivativeLimits: boolean;
  /** f′ is finite for every finite input; false where it grows like x (relu2, star_relu, xielu). */
  derivativeBounded: boolean;
}

/** An interval of the real line; an unbounded end is ±Infinity (and open). */
export interface Interval {
  low: number;
  high: number;
  lowClosed: boolean;
  highClosed: boolean;
}

/** What f and f′ do at a breakpoint: right minus left one-sided limits. Both 0: only f″ jumps there (f is C¹). */
export interface PointProperties {
  x: number;
  valueJump: number;
  derivativeJump: number;
}

/**
 * An activation's properties at its default parameters (list()) or at given ones (properties()), each checked by the
 * core's tests against its f and f′:
 * the range, monotonicity, f(0) and symmetry, jumps of f and f′, saturation and where the gradient is exactly 0.
 */
export interface ActivationProperties {
  /** The set of values of f: disjoint intervals in increasing order (step: [{0}, {1}]). */
  range: Interval[];
  boundedBelow: boolean;
  boundedAbove: boolean;
  /** 'not monotonic': f decreases on `decreasing`, or drops at a jump (softplus at its cut-off). */
  monotonic: 'increasing' | 'non-decreasing' | 'not monotonic';
  decreasing: Interval[];
  /** The decreasing intervals repeat with this period (sine); null where they don't. */
  decreasingPeriod: number | null;
  /** f(0). */
  valueAtZero: number;
  /** 'odd': f(−x) = −f(x); 'point': symmetric about (0, f(0)) with f(0) ≠ 0 (sigmoid); 'even': f(−x) = f(x). */
  symmetry: 'none' | 'odd' | 'point' | 'even';
  /** Cinf: smooth; C1: f′ continuous, f″ jumps; C0: f continuous, f′ jumps; discontinuous: f jumps. */
  smoothness: 'Cinf' | 'C1' | 'C0' | 'discontinuous';
  /** Every breakpoint where f, f′ or f″ jumps (at the defaults, in list()). */
  points: PointProperties[];
  /** f′ → 0 as x → −∞ (below) and as x → +∞ (above). */
  saturates: { below: boolean; above: boolean };
  /** Open intervals on which f′ is exactly 0. */
  zeroGradient: Interval[];
  /** How these change away from the defaults (list()); empty for an activation without parameters, and from properties(). */
  parametersNote: string;
}

/** Values on each side of, and exactly at, a point where f or f′ is not smooth. */
export interface OneSided {
  left: number;
  at: number;
  right: number;
}

export interface Breakpoint {
  x: number;
  /** f just left of x, at x, and just right of x. */
  y: OneSided;
  /** f′'s left and right limits, and its value at x under the chosen convention. */
  dy: OneSided;
}

export interface SampleOptions extends DerivativeOptions {
  /**
   * Arrays to write the samples into instead of new ones: three separate Float64Arrays of length range.count. The
   * result's x, y and dy are these arrays, so a plot redrawn every frame allocates nothing per point.
   */
  into?: { x: Float64Array; y: Float64Array; dy: Float64Array };
}

export interface Sample {
  x: Float64Array;
  y: Float64Array;
  dy: Float64Array;
  /** Breakpoints inside [from, to], in increasing order: where a plot should split its curves. */
  breaks: Breakpoint[];
}

export interface SampleRange {
  from: number;
  to: number;
  /** Number of points, 2 to 2^24; 512 unless given. */
  count?: number;
}

export type BufferType = 'float32' | 'float64';

/**
 * An array in WASM memory (from `allocate`): apply and gradient read and write it in place, with no copy.
 * Free it when done (a dropped buffer is freed when collected). Using it after free() throws.
 *
 * No view of WASM memory can reach memory that has been given back: free() detaches every view handed out
 * so far before it frees, and the garbage collector frees a dropped buffer only once the buffer and every
 * view `.array` handed out of it are unreachable (that release detaches views too).
 */
export interface WasmBuffer<T extends BufferType = BufferType> {
  readonly type: T;
  readonly length: number;
  /**
   * A view of the elements in WASM memory, valid until the next allocate() or free() of any buffer: re-read it after
   * those and after any await (the same view is returned while it stays valid). A detached view has length 0.
   */
  readonly array: T extends 'float32' ? Float32Array : Float64Array;
  readonly freed: boolean;
  /** Copies values in, from `offset` (default 0): an array of numbers or a numeric typed array, read once. */
  set(values: readonly number[] | Float32Array | Float64Array | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array, offset?: number): this;
  /** A copy of the elements in an ordinary typed array. */
  toArray(): T extends 'float32' ? Float32Array : Float64Array;
  /** Returns the memory to WASM at once, detaching every view of WASM memory if `.array` was read; a second free() throws. */
  free(): void;
}

/**
 * An array the API accepts: float32 data is computed in float32, the others in float64. With float32 data, a parameter
 * float32 cannot hold (a slope of 1e39 or 1e-40) is used in double and the result rounded once, never NaN.
 */
export type InputArray = Float32Array | Float64Array | number[];

/** The array type returned for an input type. */
export type OutputOf<T extends InputArray> = T extends Float32Array ? Float32Array : T extends Float64Array ? Float64Array : number[];

/** A matching `out` array for an input type (number[] input may also write into a Float64Array). */
export type OutFor<T extends InputArray> = T extends Float32Array ? Float32Array : T extends Float64Array ? Float64Array : number[] | Float64Array;

export interface Activations extends MomentsApi {
  /** Which WASM module is running: the SIMD build or the scalar one. */
  readonly build: 'simd' | 'scalar';

  /** Every activation in the registry, with parameters and formulas (a copy). */
  list(): ActivationSpec[];

  /**
   * Another library's name for an activation: the registry entry and that library's default parameters.
   * Throws RangeError for an unknown library or name (with a suggestion) and for a name whose function the
   * registry lacks. Module paths are accepted too: 'torch.nn.functional.gelu', 'tf.layers.leakyReLU'.
   */
  resolve(library: LibraryKey | 'torch' | 'tf' | 'hf' | 'transformers', name: string): ResolvedName;

  /** The libraries resolve() knows. */
  libraries(): { key: LibraryKey; label: string }[];

  /**
   * Checks a name, parameters and (optionally) derivative options exactly as evaluate and derivative do,
   * without computing anything: names known, values in range, ordering rules kept, choices allowed.
   * Returns every parameter with the defaults filled in, as plain values (a choice as its name).
   * Throws a TypeError or RangeError that is an {@link ArgumentError}: `error.param` names the offending parameter.
   */
  checkParams<N extends AnyActivationName>(name: N, params?: ParamsOf<N>, options?: DerivativeOptions): Required<ParamsOf<N>>;
  checkParams(name: string, params?: Readonly<Record<string, unknown>> | null, options?: DerivativeOptions | null): Record<string, number | string>;

  /** f(x). Throws RangeError for an unknown name or a parameter out of range, TypeError for a non-number. */
  evaluate<N extends AnyActivationName>(name: N, x: number, params?: ParamsOf<N>): number;

  /** f′(x); at a kink, PyTorch's value unless options.kink says otherwise. */
  derivative<N extends AnyActivationName>(name: N, x: number, params?: ParamsOf<N>, options?: DerivativeOptions): number;

  /** A buffer of `length` elements in WASM memory, for the zero-copy path. */
  allocate<T extends BufferType = 'float32'>(length: number, type?: T): WasmBuffer<T>;

  /** f over a WASM buffer with no copy: into `out` (same type and length; may be the input itself), or into a new buffer. */
  apply<N extends AnyActivationName, B extends WasmBuffer>(name: N, input: B, params?: ParamsOf<N>, out?: B): B;
  /**
   * f element-wise into a new array of the input's type, or into `out` (same type and length). `out` may be the input
   * itself or overlap it anywhere: the result is always that of applying to a copy of the input.
   * A number[] is read once, element by element (holes and non-numbers are a TypeError), before anything is computed.
   */
  apply<N extends AnyActivationName, T extends InputArray>(name: N, input: T, params?: ParamsOf<N>): OutputOf<T>;
  apply<N extends AnyActivationName, T extends InputArray, O extends OutFor<T>>(name: N, input: T, params: ParamsOf<N> | undefined, out: O): O;

  /** f′ over a WASM buffer with no copy, with the same rules as apply. */
  gradient<N extends AnyActivationName, B extends WasmBuffer>(name: N, input: B, params?: ParamsOf<N>, out?: B, options?: DerivativeOptions): B;
  /** f′ element-wise, with the same array rules as apply. */
  gradient<N extends AnyActivationName, T extends InputArray>(name: N, input: T, params?: ParamsOf<N>, out?: undefined, options?: DerivativeOptions): OutputOf<T>;
  gradient<N extends AnyActivationName, T extends InputArray, O extends OutFor<T>>(name: N, input: T, params: ParamsOf<N> | undefined, out: O, options?: DerivativeOptions): O;

  /**
   * f and f′ on an evenly spaced grid over [from, to] (both ends exact; finite even when to − from exceeds the largest
   * double), with the breakpoints inside it, for plotting.
   */
  sample<N extends AnyActivationName>(name: N, range: SampleRange, params?: ParamsOf<N>, options?: SampleOptions): Sample;

  /**
   * The properties at these parameters (checked as evaluate checks them), with an empty `parametersNote`: computed
   * for any parameters where the core can (leaky_relu, prelu, rrelu, elu, celu, gelu, hardtanh, softshrink,
   * hardshrink, threshold, squareplus, swish, sine, snake, step, and every activation without parameters), else the
   * registry's at the defaults; null for other parameters of the rest (softplus, star_relu, linear_sigmoid, xielu:
   * list()'s `properties.parametersNote` says in words how they change).
   */
  properties<N extends AnyActivationName>(name: N, params?: ParamsOf<N>): ActivationProperties | null;

  /**
   * Loads the analysis module once (already done unless loadActivations was given `analysis: 'later'`) and resolves
   * to this object once f″, moments, gain, density, fixedPoint and the maps work. Rejects when it cannot be loaded; a
   * later call tries again.
   */
  analysisReady(): Promise<Activations>;

  /** Whether the analysis calls work now (they throw with `code: 'ANALYSIS_NOT_LOADED'` until then). */
  analysisLoaded(): boolean;
}

/**
 * The TypeError or RangeError a bad argument throws. Besides its message, it says what it is about, so a caller
 * can mark the right field without reading the wording. Each property is present when it applies.
 */
export interface ArgumentError extends Error {
  /** The activation the call named: its registry name, or the unknown name (or non-string) given. */
  activation?: unknown;
  /** The offending parameter: out of range, of the wrong type, not allowed, unknown (the key given), or the one to correct in an ordering rule. */
  param?: string;
  /** Both parameters of a broken ordering rule, lower first (hardtanh's min_val < max_val). */
  params?: [string, string];
  /** The offending derivative option ('kink', or the unknown key given). */
  option?: string;
  /** The offending field of a sample range ('from', 'to', 'count', or the unknown key given). */
  field?: string;
}

export interface LoadOptions {
  /** 'auto' (default): the SIMD build where the engine supports WASM SIMD, else the scalar build. */
  build?: 'auto' | 'simd' | 'scalar';
  /**
   * When the analysis module (secondDerivative, sampleSecondDerivative, moments, gain, density, fixedPoint and the maps)
   * loads. 'now' (default): beside the
   * core, in parallel, and the promise waits for both, so those calls are ready. 'later': the promise waits for the
   * core only; the analysis module loads on the first `act.analysisReady()`, and its calls throw an Error with
   * `code: 'ANALYSIS_NOT_LOADED'` until that resolves (for a page that draws before it needs them).
   */
  analysis?: 'now' | 'later';
}

/**
 * Loads the WASM core once per build (later calls with the same options return the same promise, and every promise
 * of a build the same object) in a browser, a worker or Node >= 18, with the analysis module unless
 * `analysis: 'later'`. Rejects with the reason when a module cannot be loaded, and with a TypeError or RangeError
 * for bad options (a string, null, an unknown key such as `bulid`): it never throws.
 */
export function loadActivations(options?: LoadOptions): Promise<Activations>;
