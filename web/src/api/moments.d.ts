// Types of the moments part of the JS API (web/src/api/moments.js): what an
// activation does to a Gaussian input, and f″.
import type { AnyActivationName, ParamsOf } from '../activations.js';

/** z ~ N(mean, sd²); sd > 0. */
export interface Distribution {
  mean?: number;
  sd?: number;
}

export interface MomentsResult {
  /** E[f(z)] */
  mean: number;
  /** E[f(z)²] */
  meanSquare: number;
  /** Var f(z) = E[(f(z) − E f(z))²] */
  variance: number;
  /** E[f′(z)], f′ pointwise (a jump of f adds nothing) */
  derivativeMean: number;
  /** E[f′(z)²] */
  derivativeMeanSquare: number;
}

export interface GainResult {
  /** 1/√E[f(z)²] at z ~ N(0, 1): weights of variance g²/fan_in keep the second moment. */
  variancePreserving: number;
  /** torch.nn.init.calculate_gain's value for this activation, or null where PyTorch has none. */
  pytorch: number | null;
  /** Where and why the two differ. */
  note: string;
}

/** A wide layer: weights of variance weightVariance/fan_in (σ_w²) and biases of variance biasVariance (σ_b²). */
export interface LayerInit {
  weightVariance?: number;
  biasVariance?: number;
  /** Where the iteration of the map starts (q₀); 1 unless given. */
  start?: number;
  /** For varianceIterates: how many steps (20 unless given, at most 10000). */
  count?: number;
}

export interface FixedPointResult {
  /** q*: the fixed point of q ↦ σ_w² E[f(√q z)²] + σ_b² that the iteration from `start` reaches. */
  q: number;
  /** χ = σ_w² E[f′(√q* z)²]: < 1 ordered, > 1 chaotic, 1 the edge of chaos. */
  chi: number;
  /** Evaluations of the map it took. */
  iterations: number;
  /** E[f(√q* z)] and Var f(√q* z): the post-activation mean and variance at the fixed point (SELU with weightVariance 1: 0 and 1). */
  mean: number;
  variance: number;
}

/** Klambauer et al.'s (mean, variance) map: pre-activations z ~ N(μ·weightSum, ν·weightSquareSum). */
export interface WeightSums {
  /** ω = Σ w; 0 unless given. */
  weightSum?: number;
  /** τ = Σ w²; 1 unless given (LeCun's initialisation). */
  weightSquareSum?: number;
  /** The inputs' (mean, variance); (0, 1) unless given. */
  start?: { mean?: number; variance?: number };
  /** For meanVarianceIterates: how many steps (20 unless given). */
  count?: number;
}

export interface MeanVariance {
  mean: number;
  variance: number;
}

export interface DensityOptions {
  /** Points of y, 2 to 65536; 256 unless given. */
  count?: number;
  /** The y range; the central range of f(z) when neither is given. */
  from?: number;
  to?: number;
}

export interface OutputDensity {
  y: Float64Array;
  /** The density of f(z) at each y (Infinity where f′ = 0 at an extremum of f). */
  density: Float64Array;
  /** P(f(z) = value) > 0 where f is flat, as relu's mass of 1/2 at 0 for N(0, 1). */
  masses: { value: number; probability: number }[];
}

export interface SecondDerivativeBreakpoint {
  x: number;
  /** f″'s left limit, its value at x under the chosen convention (PyTorch's 0), and its right limit. */
  ddy: { left: number; at: number; right: number };
  /** f′(x⁺) − f′(x⁻): nonzero where f′ jumps (a point mass of f″, drawn as the jump of f′, not a spike). */
  derivativeJump: number;
  /** f″(x⁺) − f″(x⁻). */
  secondDerivativeJump: number;
}

export interface SecondDerivativeSample {
  x: Float64Array;
  ddy: Float64Array;
  breaks: SecondDerivativeBreakpoint[];
}

type KinkOption = { kink?: 'pytorch' | 'left' | 'right' };
type Range = { from: number; to: number; count?: number };

/**
 * Errors: TypeError for a value of the wrong kind, RangeError for one not allowed (sd ≤ 0, a non-finite mean,
 * a negative variance), and RangeError with `code` 'no-finite-fixed-point', 'not-finite' or 'not-converged' where
 * the core cannot give a finite answer, never NaN.
 */
// Every call of MomentsApi is the analysis module's: with loadActivations({ analysis: 'later' }) each throws an Error
// with code 'ANALYSIS_NOT_LOADED' until act.analysisReady() resolves.
export interface MomentsApi {
  /** f″(x); at a breakpoint PyTorch's double-backward value (0) unless options.kink asks for a one-sided limit. */
  secondDerivative<N extends AnyActivationName>(name: N, x: number, params?: ParamsOf<N>, options?: KinkOption): number;
  /**
   * f″ on an evenly spaced grid, with the jumps of f′ and f″ at the breakpoints inside it. `options.into` (two separate
   * Float64Arrays of length range.count) receives x and f″ instead of new arrays.
   */
  sampleSecondDerivative<N extends AnyActivationName>(
    name: N,
    range: Range,
    params?: ParamsOf<N>,
    options?: KinkOption & { into?: { x: Float64Array; ddy: Float64Array } },
  ): SecondDerivativeSample;
  /** Moments of f(z) and f′(z) for z ~ N(mean, sd²). */
  moments<N extends AnyActivationName>(name: N, distribution: Distribution, params?: ParamsOf<N>): MomentsResult;
  /** The variance-preserving gain beside PyTorch's calculate_gain. */
  gain<N extends AnyActivationName>(name: N, params?: ParamsOf<N>): GainResult;
  /** q* and χ of the mean-field variance map (Poole et al. 2016; Schoenholz et al. 2017). */
  fixedPoint<N extends AnyActivationName>(name: N, init?: LayerInit, params?: ParamsOf<N>): FixedPointResult;
  /** One value of the map: σ_w² E[f(√q z)²] + σ_b². */
  varianceMap<N extends AnyActivationName>(name: N, init: LayerInit, q: number, params?: ParamsOf<N>): number;
  /** q₀, q₁ = M(q₀), …, for a cobweb plot (shorter if the iterates pass 1e300). */
  varianceIterates<N extends AnyActivationName>(name: N, init?: LayerInit, params?: ParamsOf<N>): Float64Array;
  /** (mean, variance) iterates of Klambauer et al.'s map, from `start`. */
  meanVarianceIterates<N extends AnyActivationName>(name: N, weights?: WeightSums, params?: ParamsOf<N>): MeanVariance[];
  /** The fixed point of that map reached from `start` (SELU with ω = 0, τ = 1: (0, 1)). */
  meanVarianceFixedPoint<N extends AnyActivationName>(name: N, weights?: WeightSums, params?: ParamsOf<N>): MeanVariance & { iterations: number };
  /** The density of f(z), z ~ N(mean, sd²), and its point masses. */
  density<N extends AnyActivationName>(name: N, distribution: Distribution, params?: ParamsOf<N>, options?: DensityOptions): OutputDensity;
}
