// SPEC §3.3 eligible objects and strata; SPEC §3.5 departments, eligible inspectors, avoidance.
import type { AvoidancePair, FilterCondition, Inspector, InspectionObject, PlanTask, Stratum } from '../model';
import { CREDIT_GRADES, EXPERT_DEPARTMENT, UNGRADED } from '../schema';
import { freshCopies, headerKey, normalizeText } from '../text';
import type { ConflictPair, DrawDepartment, DrawInspector, StratumInput } from './types';

/** SPEC §3.3 strata order when the task gives 信用分级比例. */
export const GRADE_STRATA: readonly Stratum[] = [...CREDIT_GRADES, UNGRADED as Stratum];
export const ALL_STRATUM: Stratum = '全部';

type ObjectTest = (object: InspectionObject) => boolean;

/** SPEC §2 对象筛选: `列名=值1|值2` equals one of, `列名~文本` contains, `标签=X` has tag. */
function conditionTest(condition: FilterCondition): ObjectTest {
  switch (condition.kind) {
    case 'equals': {
      const key = headerKey(condition.column);
      const values = new Set(condition.values.map((value) => normalizeText(value)));
      return (object) => values.has(object.fields[key] ?? '');
    }
    case 'contains': {
      const key = headerKey(condition.column);
      const text = normalizeText(condition.text);
      return (object) => (object.fields[key] ?? '').includes(text);
    }
    case 'tag': {
      const tag = normalizeText(condition.tag);
      return (object) => object.tags.includes(tag);
    }
  }
}

/**
 * SPEC §3.3: active; tagged with 抽查对象范围 when given; passing every 对象筛选 condition; and not
 * in alreadyDrawn unless 允许重复抽取. The caller computes alreadyDrawn from the year's counting draws
 * of this task and of tasks sharing a 事项编号.
 */
export function eligibleObjects(
  objects: readonly InspectionObject[],
  task: PlanTask,
  alreadyDrawn: ReadonlySet<string>,
): InspectionObject[] {
  const scope = normalizeText(task.scope);
  const tests = task.filter.map(conditionTest);
  return objects.filter(
    (object) =>
      object.active &&
      (scope === '' || object.tags.includes(scope)) &&
      tests.every((test) => test(object)) &&
      (task.allowRepeat || !alreadyDrawn.has(object.id)),
  );
}

/**
 * SPEC §3.3: A, B, C, D, 未分级 with their ratios when 信用分级比例 is given, else one stratum 全部.
 * The ids are fresh copies (freshCopies): the draw sorts and merges them.
 */
export function stratify(objects: readonly InspectionObject[], task: PlanTask): StratumInput[] {
  const ratios = task.gradeRatios;
  if (ratios === null) {
    return [{ stratum: ALL_STRATUM, ratioBp: task.ratioBp, ids: freshCopies(objects.map((object) => object.id)) }];
  }
  const strata = GRADE_STRATA.map((stratum) => ({
    stratum,
    ratioBp: (stratum === UNGRADED ? undefined : ratios[stratum as keyof typeof ratios]) ?? task.ratioBp,
    ids: [] as string[],
  }));
  const byStratum = new Map(strata.map((entry) => [entry.stratum as string, entry.ids]));
  for (const object of objects) byStratum.get(object.grade === '' ? UNGRADED : object.grade)!.push(object.id);
  return strata.map((entry) => ({ ...entry, ids: freshCopies(entry.ids) }));
}

/** SPEC §3.5: D = 发起部门, 联合部门 in plan order without duplicates, then 专家 if 专家人数 > 0. */
export function drawDepartments(task: PlanTask): DrawDepartment[] {
  const names: string[] = [];
  for (const name of [task.initiator, ...task.joint]) if (!names.includes(name)) names.push(name);
  const departments = names.map((department) => ({ department, k: task.perDepartment }));
  if (task.experts > 0) departments.push({ department: EXPERT_DEPARTMENT, k: task.experts });
  return departments;
}

/**
 * SPEC §3.5: a real department's 执法人员 who are 在岗 with a certificate valid through endDate
 * (the task's end, or the draw date if none); for 专家, every 专家 / 第三方机构 who is 在岗, written
 * with department '专家'. Sorted by 人员编号.
 */
export function eligibleInspectors(
  inspectors: readonly Inspector[],
  departments: readonly DrawDepartment[],
  endDate: string,
): DrawInspector[] {
  const real = new Set(departments.map((d) => d.department).filter((name) => name !== EXPERT_DEPARTMENT));
  const expertPool = departments.some((d) => d.department === EXPERT_DEPARTMENT);
  const eligible: DrawInspector[] = [];
  for (const inspector of inspectors) {
    if (!inspector.onDuty) continue;
    if (inspector.category === '执法人员') {
      const valid = inspector.certificateExpiry !== null && inspector.certificateExpiry >= endDate;
      if (valid && real.has(inspector.department)) {
        eligible.push({ id: inspector.id, department: inspector.department, category: inspector.category });
      }
    } else if (expertPool) {
      eligible.push({ id: inspector.id, department: EXPERT_DEPARTMENT, category: inspector.category });
    }
  }
  return eligible.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * SPEC §3.5/§3.6: avoidance pairs from the 回避对象编号 column and the 回避关系 sheet whose inspector
 * and object are both eligible, de-duplicated, sorted as their hash lines `人员编号\t对象编号`.
 */
export function conflictPairs(
  inspectors: readonly Inspector[],
  avoidance: readonly AvoidancePair[],
  eligibleObjectIds: Iterable<string>,
  eligibleInspectorIds: Iterable<string>,
): ConflictPair[] {
  const objectIds = new Set(eligibleObjectIds);
  const inspectorIds = new Set(eligibleInspectorIds);
  const pairs = new Map<string, ConflictPair>();
  const add = (inspectorId: string, objectId: string): void => {
    if (inspectorIds.has(inspectorId) && objectIds.has(objectId)) {
      pairs.set(`${inspectorId}\t${objectId}`, { inspectorId, objectId });
    }
  };
  for (const inspector of inspectors) for (const objectId of inspector.avoidObjectIds) add(inspector.id, objectId);
  for (const pair of avoidance) add(pair.inspectorId, pair.objectId);
  return [...pairs.keys()].sort().map((line) => pairs.get(line)!);
}
