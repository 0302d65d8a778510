// Chinese texts of verification's §3.8 findings, evidence levels and closing sentence (SPEC §3.8).

/** SPEC §3.8: what each draw's evidence rests on, strongest first. */
export const EVIDENCE_LEVELS = {
  checked: '公告在先、已核对',
  announced: '已公告、未核对公布记录',
  unannounced: '未公告',
  generated: '系统生成',
} as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[keyof typeof EVIDENCE_LEVELS];

/** One line per level, said beside it where there is room (CLI legend, pane tooltip, README). */
export const EVIDENCE_LEVEL_MEANINGS: Record<EvidenceLevel, string> = {
  [EVIDENCE_LEVELS.checked]: '抽取前已公布公告哈希，且与核对人给出的公布记录一致：名录、参数和号码来源在号码产生之前已锁定。',
  [EVIDENCE_LEVELS.announced]: '日志中有公告在先，但尚未与公布在工作簿之外的公告哈希核对（用 --published 抽取编号=哈希 核对）。',
  [EVIDENCE_LEVELS.unannounced]: '未公告：号码可能是在知道结果之后选定的。',
  [EVIDENCE_LEVELS.generated]: '系统生成的种子：只能凭操作人的说法相信它没有被反复生成挑选。',
};
