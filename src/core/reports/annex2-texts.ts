// SPEC §5 Annex 2 (this month): the answer texts, built from 工作台账, the month's counting draws,
// the item list and the clerk's 检查日期 / 检查结果 / 公示日期 in 抽查结果.
import type { Annex2AnswerKey } from '../layouts/annex2';
import { percentText } from '../messages/draw';
import { annex2Texts as t } from '../messages/reports';
import type { InspectionItem, LedgerEntry } from '../model';
import { DEFAULT_PLATFORM } from '../schema';
import type { CountedObject, Inspection } from './inspections';

export type Annex2Content = Exclude<Annex2AnswerKey, 'unit' | 'filledOn' | 'contact' | 'phone' | 'mobile'>;

export interface Annex2Line {
  text: string;
  /** What the text rests on: tasks, 抽查结果 rows, 工作台账 rows (1-based). */
  tasks: string[];
  rows: number[];
  ledgerRows: number[];
}

export type Annex2Texts = Record<Annex2Content, Annex2Line>;

const line = (text: string, trace: Partial<Omit<Annex2Line, 'text'>> = {}): Annex2Line => ({
  text, tasks: trace.tasks ?? [], rows: trace.rows ?? [], ledgerRows: trace.ledgerRows ?? [],
});

function inMonth(date: string | null, monthStart: string, end: string): boolean {
  return date !== null && date >= monthStart && date <= end;
}

function ledgerLine(entries: readonly LedgerEntry[], category: string, text: (e: LedgerEntry) => string, none: string): Annex2Line {
  const chosen = entries.filter((e) => e.category === category);
  if (chosen.length === 0) return line(none);
  return line(chosen.map(text).join(t.separator), { ledgerRows: chosen.map((e) => e.row) });
}

function itemsLine(drawn: readonly Inspection[], items: readonly InspectionItem[]): Annex2Line {
  const ids = new Set(drawn.flatMap((i) => i.task.itemIds));
  const listed = items.filter((item) => ids.has(item.id));
  const majors = new Set(listed.map((item) => item.major));
  const unlisted = drawn.filter((i) => i.task.itemIds.length === 0).length;
  const text = t.items(majors.size, listed.length) + (unlisted ? t.itemsUnlisted(unlisted) : '');
  return line(text, { tasks: drawn.map((i) => i.task.taskId) });
}

interface Tagged {
  inspection: Inspection;
  object: CountedObject;
}

function publicityLine(published: readonly Tagged[]): Annex2Line {
  if (published.length === 0) return line(t.noPublicity);
  const byPlatform = new Map<string, number>();
  for (const { inspection } of published) {
    const platform = inspection.task.platform || DEFAULT_PLATFORM;
    byPlatform.set(platform, (byPlatform.get(platform) ?? 0) + 1);
  }
  const text = [...byPlatform].map(([platform, n]) => t.publicity(platform, n)).join(t.separator);
  return line(text, { tasks: unique(published.map((p) => p.inspection.task.taskId)), rows: published.map((p) => p.object.row) });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * `inspections`: the year's counted inspections up to `date` (provincial ones included: Annex 2 reports
 * the month's work). The month is `date`'s, from its 1st to `date`.
 */
export function annex2Lines(
  inspections: readonly Inspection[], ledger: readonly LedgerEntry[], items: readonly InspectionItem[], date: string,
): Annex2Texts {
  const monthStart = `${date.slice(0, 7)}-01`;
  const month = ledger.filter((e) => inMonth(e.date, monthStart, date));
  const drawn = inspections.filter((i) => i.draws.some((d) => inMonth(d.date, monthStart, date)));
  const monthDraws = drawn.flatMap((i) => i.draws.filter((d) => inMonth(d.date, monthStart, date)).map((d) => ({ i, d })));
  const tagged = inspections.flatMap((inspection) => inspection.objects.map((object) => ({ inspection, object })));
  const problems = tagged.filter(({ object }) => object.problem && inMonth(object.inspectionDate, monthStart, date));
  const published = tagged.filter(({ object }) => inMonth(object.publishedDate, monthStart, date));
  const drawnTasks = { tasks: drawn.map((i) => i.task.taskId) };
  const plans = unique(drawn.map((i) => t.planDocument(i.task.planName, i.task.planId)));
  const units = unique(drawn.flatMap((i) => [i.task.initiator, ...i.task.joint]));
  const monthObjects = drawn.flatMap((i) => i.objects.filter((o) => monthDraws.some(({ d }) => d.drawId === o.drawId)));
  return {
    meetings: ledgerLine(month, '会议', (e) => t.meeting(e.name, e.date), t.noMeeting),
    documents: ledgerLine(month, '文件', (e) => t.document(e.name, e.docNo), t.noDocument),
    trainings: ledgerLine(month, '培训', (e) => t.training(e.name, e.people, e.content), t.noTraining),
    'draw.documents': drawn.length ? line(plans.join(t.separator), drawnTasks) : line(t.noDraw),
    'draw.scope': drawn.length
      ? line(monthDraws.map(({ i, d }) => t.scope(i.task.taskName, i.task.scope, d.drawn, d.eligible, percentText(i.task.ratioBp))).join(t.separator), drawnTasks)
      : line(t.noDraw),
    'draw.items': drawn.length ? itemsLine(drawn, items) : line(t.noDraw),
    'draw.problems': line(t.problems(problems.length), {
      tasks: unique(problems.map((p) => p.inspection.task.taskId)), rows: problems.map((p) => p.object.row),
    }),
    'draw.publicity': publicityLine(published),
    system: line(t.system(units, drawn.length, monthObjects.length, published.length), { ...drawnTasks, rows: monthObjects.map((o) => o.row) }),
  };
}
