// Types of the lab's Worker runner (runner.js).
import type {
  BornDeadOptions, BornDeadResult, CollapseOptions, CollapseResult, PlaygroundDeathOptions,
  PlaygroundDeathResult, Progress, SignalDepthOptions, SignalDepthResult,
} from './lab.js';

type Strip<T> = Omit<T, 'onProgress' | 'signal' | 'range'>;

export interface LabRunner {
  /** How many module Workers run the trials (one per core by default, at most 16). */
  readonly workers: number;
  run(method: 'bornDead', options?: Strip<BornDeadOptions>, control?: RunControl): Promise<BornDeadResult>;
  run(method: 'collapse', options?: Strip<CollapseOptions>, control?: RunControl): Promise<CollapseResult>;
  run(method: 'playgroundDeath', options?: Strip<PlaygroundDeathOptions>, control?: RunControl): Promise<PlaygroundDeathResult>;
  run(method: 'signalDepth', options?: Strip<SignalDepthOptions>, control?: RunControl): Promise<SignalDepthResult>;
  /** Stops every worker; later runs reject. */
  terminate(): void;
}

export interface RunControl {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export function createLabRunner(options?: { workers?: number; build?: 'auto' | 'simd' | 'scalar'; workerUrl?: URL | string }): LabRunner;
