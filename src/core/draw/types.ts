// The plain data the draw engine reads and returns (SPEC §3.3–3.6). No workbook, no task: an
// auditor can build a DrawInput from 抽取快照 rows and the log's 参数 alone.
import type { Stratum } from '../model';

/** SPEC §3.2–3.6: the first algorithm; its rows stay replayable. */
export const ALGORITHM_V1 = 'ssj-draw/1';
/** SPEC §3.8: canonical material, 公告 before the randomness; every new draw uses it. */
export const ALGORITHM_V2 = 'ssj-draw/2';
/** The algorithm of every new draw and 公告. */
export const ALGORITHM_ID = ALGORITHM_V2;
/** Every algorithm a log row may name and verify can replay. */
export const KNOWN_ALGORITHMS: readonly string[] = [ALGORITHM_V1, ALGORITHM_V2];

/** One stratum in SPEC §3.3 order; ids in any order (the engine sorts them). */
export interface StratumInput {
  stratum: Stratum;
  ratioBp: number;
  ids: string[];
}

/** A department of D (SPEC §3.5) and k(d), in D order. */
export interface DrawDepartment {
  department: string;
  k: number;
}

/** An eligible inspector; department is '专家' for the expert pool (SPEC §2 抽取快照). */
export interface DrawInspector {
  id: string;
  department: string;
  category: string;
}

/** An avoidance pair whose inspector and object are both eligible (SPEC §3.6 conflictsHash). */
export interface ConflictPair {
  inspectorId: string;
  objectId: string;
}

export interface DrawInput {
  /** 64 lowercase hex characters (SPEC §3.2). */
  seed: string;
  /** 抽查比例 in basis points: sets the plan's minimum (SPEC §3.3). */
  baseBp: number;
  strata: StratumInput[];
  departments: DrawDepartment[];
  inspectors: DrawInspector[];
  conflicts: ConflictPair[];
}

export interface StratumSize {
  stratum: Stratum;
  eligible: number;
  ratioBp: number;
  sampleSize: number;
}

export interface SamplePlan {
  strata: StratumSize[];
  eligibleTotal: number;
  sampleTotal: number;
  /** ceilDiv(N_all × baseBp, 10000). */
  minimum: number;
  /** Present when sampleTotal < minimum: the draw stops (SPEC §3.3). */
  shortfall?: { planned: number; minimum: number };
}

export interface DrawnObject {
  /** 序号, from 1 in draw order. */
  seq: number;
  objectId: string;
  stratum: Stratum;
  /** The departments' picks in D order, each department's in pick order. */
  inspectorIds: string[];
}

export interface Infeasibility {
  objectId: string;
  department: string;
  /** Candidates left after avoidance. */
  eligible: number;
  needed: number;
}

export interface DrawOutcome extends SamplePlan {
  ok: boolean;
  /** Empty unless ok. */
  picks: DrawnObject[];
  /** Every infeasible (object, department), in draw order then D order. */
  infeasible: Infeasibility[];
  /** Objects assigned per eligible inspector id (0 for those never picked); empty unless ok. */
  loads: Map<string, number>;
  objectsHash: string;
  inspectorsHash: string;
  conflictsHash: string;
  /** H of the result lines when ok; '' when not ok (the failed log row leaves 结果哈希 empty). */
  resultHash: string;
}
