// One Chinese name per concept, across the pane, the CLI, the messages and the README (issue 14).
// test/core/glossary.test.ts holds every message file, the pane, the CLI and README.md to it.

export interface GlossaryEntry {
  /** The concept, in English, as the code names it. */
  concept: string;
  /** The one Chinese name. */
  term: string;
  /** Names of the same concept that must not appear (patterns, so a longer right term can be allowed). */
  avoid: readonly RegExp[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { concept: 'dry run (draw --dry-run)', term: '预演', avoid: [/试算/u, /试抽/u] },
  { concept: 'eligible inspectors of a department (SPEC §3.5)', term: '可选检查人员', avoid: [/合格人员/u, /合格检查人员/u] },
  { concept: 'eligible objects (SPEC §3.3)', term: '合格对象', avoid: [/可选对象/u, /合格户(?!数)/u] },
  { concept: 'the log row hash after the latest draw or void', term: '抽取日志末条哈希', avoid: [/(?<!抽取)日志末条哈希/u, /最后一条哈希/u] },
  { concept: 'verify (replaying every draw)', term: '核验', avoid: [/校验抽取/u, /验证抽取/u] },
  { concept: 'void (状态 作废)', term: '作废', avoid: [/撤销抽取/u, /取消抽取/u] },
  { concept: 'witness digits (SPEC §3.2)', term: '见证号码', avoid: [/见证数字/u, /见证码/u] },
  { concept: 'problem level: error', term: '错误', avoid: [] },
  { concept: 'problem level: warning (SPEC §3.8)', term: '警告', avoid: [/(\d|个|条) ?提示（不影响/u] },
  { concept: 'problem level: hint (SPEC §3.8, below 警告)', term: '提示', avoid: [] },
  { concept: 'a second attempt of a task (SPEC §3.1)', term: '批', avoid: [/第 ?\d+ ?轮/u] },
  { concept: 'the announcement before a draw (SPEC §3.8)', term: '公告', avoid: [/预告/u] },
];

/** The glossary's names by concept key, for messages that build on them. */
export const TERM = {
  dryRun: '预演',
  eligibleInspectors: '可选检查人员',
  eligibleObjects: '合格对象',
  lastLogHash: '抽取日志末条哈希',
  verify: '核验',
  void: '作废',
  witness: '见证号码',
  error: '错误',
  warning: '警告',
  hint: '提示',
} as const;
