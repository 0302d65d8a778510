// What the use cases return: plain data the CLI prints and the task pane renders.
import type { Problem } from '../core/messages/problem';
import type { Stratum } from '../core/model';
import type { ExpectedDraw } from './expected';
export type { ExpectedDraw };

export interface RegistryCounts {
  objects: number;
  activeObjects: number;
  inspectors: number;
  eligibleInspectors: number;
  items: number;
  tasks: number;
  avoidancePairs: number;
}

export interface ValidationReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  counts: RegistryCounts;
  /** The plan's tasks in plan order: what `ssj draw --task` takes. */
  tasks: Array<{ taskId: string; taskName: string }>;
}

export interface TaskSummary {
  taskId: string;
  taskName: string;
  taskType: string;
  ratioText: string;
  scope: string;
  departments: string[];
  start: string;
  end: string;
  /** Draws of this task that count (有效, not voided). */
  countingDraws: string[];
}

export interface StratumPlan {
  stratum: Stratum;
  eligible: number;
  ratioBp: number;
  sampleSize: number;
}

export interface DryRunReport {
  taskId: string;
  drawId: string;
  strata: StratumPlan[];
  eligibleTotal: number;
  sampleTotal: number;
  /** ceilDiv(N_all × 抽查比例, 10000): the plan's minimum. */
  minimum: number;
  departments: Array<{ department: string; eligible: number; perObject: number }>;
  problems: Problem[];
  /** Problems before the draw left out of `problems` because a foreseen one says the same more exactly. */
  superseded: Problem[];
  /** The task's earlier attempts' witness digits: the pane warns as soon as the same are typed again. */
  witnessesUsed: WitnessUsed[];
  /** What a draw would do now (strata, pool hashes, 参数): the pane passes it back with the draw. */
  expected?: ExpectedDraw;
  /**
   * SPEC §3.8: the latest 公告 of the next id, when it has one: the draw then takes that drawing's
   * numbers (form count × width) after its 开奖时间 (China time). Absent: a draw needs a reason.
   */
  announcement?: { drawId: string; source: string; name: string; issue: string; time: string; count: number; width: number; hash: string; cell: string };
}

export interface WitnessUsed {
  drawId: string;
  /** The decimal digits of its SPEC §3.2 material, in order. */
  digits: string;
  /** Its 见证号码 cell in 抽取日志. */
  cell: string;
}

export type SeedSource =
  | { kind: 'witness'; digits: string }
  | { kind: 'generate' }
  | { kind: 'seed'; seed: string }
  /** SPEC §3.8: the published numbers of the drawing the id's 公告 names, in any order or separation. */
  | { kind: 'public'; numbers: string };

export interface DrawRequest {
  taskId: string;
  seedSource: SeedSource;
  operator: string;
  /** ISO date of the draw (defaults to today); the end date for certificate checks when the task has none. */
  date?: string;
  /** Clock for the log's 时间 (ISO 8601 with offset); tests fix it. */
  now?: () => Date;
  /** SPEC §3.8: the reason for drawing an id that has no 公告 (witness digits or 系统生成); written into 说明. */
  unannounced?: string;
  /** What the clerk confirmed (the dry run's `expected`): the draw refuses, writing nothing, if it would differ. */
  expected?: ExpectedDraw;
}

export interface DrawPick {
  seq: number;
  objectId: string;
  objectName: string;
  stratum: Stratum;
  inspectorIds: string[];
  inspectorNames: string[];
}

export interface DrawReport {
  ok: boolean;
  /** Whether the draw was applied to the workbook (false when refused, and for a replay of a given seed). */
  written: boolean;
  /** Warnings for a draw that went ahead: the task's period was over, earlier batches existed. */
  notes: Problem[];
  drawId: string;
  seed: string;
  seedSourceLabel: string;
  strata: StratumPlan[];
  picks: DrawPick[];
  /** Per department: min and max number of objects per inspector among its eligible inspectors. */
  loadSpread: Array<{ department: string; min: number; max: number; inspectors: number }>;
  resultHash: string;
  /** The new log row's 本条哈希, when written: the clerk copies it into the draw's paper record. */
  logHash?: string;
  taskName?: string;
  /** SPEC §3.8 the canonical material written to 见证号码 (digits only; '' for 系统生成 and replays). */
  material?: string;
  /** SPEC §3.8 the 公告 an announced draw took its numbers from (its 本条哈希 is the 公告哈希). */
  announcement?: { drawId: string; hash: string; source: string; cell: string };
  /** The 说明 written (an unannounced draw's reason, a failure). */
  note?: string;
  /** The log row's 时间, when written. */
  time?: string;
  /** Eligible objects and inspectors' counts, for the printable record. */
  eligibleTotal?: number;
  /** The three snapshot hashes, for the printable record. */
  hashes?: { objectsHash: string; inspectorsHash: string; conflictsHash: string };
  /** Where the new rows landed in 抽查结果 (1-based, inclusive), when ok. */
  resultRows?: { sheet: string; first: number; last: number };
  problems: Problem[];
}

export type { VerifyLine, VerifyReport, VerifyAttempt, VerifyTask, VerifyLogRow, VerifyOptions } from './verify-types';

export interface VoidRequest {
  drawId: string;
  reason: string;
  operator: string;
  now?: () => Date;
}
