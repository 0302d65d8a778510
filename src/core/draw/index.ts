// The draw, `ssj-draw/1` and `ssj-draw/2` (SPEC §3): pure, deterministic, replayable.
export * from './types';
export * from './seed';
export * from './material';
export * from './uniform';
export * from './eligibility';
export * from './select';
export * from './assign';
export * from './hashes';
export * from './engine';
export * from './params';
export * from './log';
export * from './snapshot';
