// What `verifyWorkbook` returns (SPEC §3.7–3.8), for the CLI (text and --json), the pane and the public
// export alike. Every field is plain data; problems carry sheet and cell.
import type { Problem } from '../core/messages/problem';
import type { EvidenceLevel } from '../core/records/evidence-level';

/** One replayed attempt: every 有效 row (voided ones too) and every ssj-draw/2 失败 row. */
export interface VerifyLine {
  drawId: string;
  taskId: string;
  /** 有效, 作废 (a 有效 draw a later row voids) or 失败. */
  status: string;
  /** The draw verifies: no error among `problems` (warnings such as 未公告 leave it ✓). */
  ok: boolean;
  /** Errors and warnings of this draw, errors first where the order matters. */
  problems: Problem[];
  /** ssj-draw/1 or ssj-draw/2, as its row says. */
  algorithm?: string;
  /** SPEC §3.8 evidence level. */
  level?: EvidenceLevel;
  /** The attempt row's 本条哈希 (what is published after the draw). */
  hash?: string;
  /** The 公告哈希 of its latest 公告, when announced. */
  announcementHash?: string;
  /** 1-based 抽取日志 row. */
  logRow?: number;
  /** Which of its hashes the auditor's published hash equals (`--published`), when given and equal. */
  publishedMatch?: '公告哈希' | '本条哈希';
}

/** An attempt as a task's list shows it (SPEC §3.8 "lists each task's attempts in order"). */
export interface VerifyAttempt {
  drawId: string;
  /** 有效, 作废 or 失败. */
  status: string;
  level: EvidenceLevel;
  hash: string;
  announcementHash?: string;
  /** The 作废 row's 说明, for a voided draw. */
  voidReason?: string;
  /** The 说明 of a draw without 公告 (its reason, SPEC §3.8). */
  note?: string;
  logRow: number;
}

export interface VerifyTask {
  taskId: string;
  attempts: VerifyAttempt[];
}

/** Every 抽取日志 row's 本条哈希, in order (SPEC §3.8: verify prints them all). */
export interface VerifyLogRow {
  row: number;
  seq: string;
  drawId: string;
  /** 有效, 失败, 作废 or 公告. */
  status: string;
  hash: string;
}

export interface VerifyReport {
  ok: boolean;
  lines: VerifyLine[];
  /** Chain and sheet-level problems not tied to one draw, and the log-wide findings of SPEC §3.8. */
  problems: Problem[];
  /**
   * 提示 (SPEC §3.8): where the current registries and plan differ from what each draw saw (grade,
   * status, ratio). Never errors; kept apart so that a list can hide them by default.
   */
  hints: Problem[];
  /** Each task's attempts in log order, with evidence level and void reasons. */
  tasks: VerifyTask[];
  /** Every log row's 本条哈希. */
  logRows: VerifyLogRow[];
  /**
   * 本条哈希 of the log's last row ('' when empty). A chain cannot show its own tail cut off: this is
   * compared with the hash written on the latest draw's paper record.
   */
  lastLogHash: string;
}

/** What the auditor brings from outside the workbook. */
export interface VerifyOptions {
  /** 抽取编号 → a hash published outside the workbook: its 公告哈希 or its 本条哈希 (`--published 联033-1=<hash>`). */
  published?: ReadonlyMap<string, string>;
  /** Leave out the 提示 section (it reads and parses the registries and the plan). */
  skipHints?: boolean;
}
