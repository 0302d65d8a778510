// Checks of the plan against the registries: can each task be drawn at all? (SPEC §3.3, §3.5)
// Only what is certain without a draw date: a department without any 执法人员 is an error (the draw
// would fail) unless 每部门检查人数 is 0; too few people on duty, an empty scope or an unknown 事项编号
// are warnings.
import type { InspectionItem, InspectionObject, Inspector, PlanTask } from '../model';
import { registryMessages as msg } from '../messages/registry';
import type { PlanSheet } from './plan-sheet';

const LAW_ENFORCEMENT = '执法人员';

interface DepartmentStaff {
  total: number;
  onDuty: number;
}

function staffByDepartment(inspectors: readonly Inspector[]): Map<string, DepartmentStaff> {
  const staff = new Map<string, DepartmentStaff>();
  for (const inspector of inspectors) {
    if (inspector.category !== LAW_ENFORCEMENT) continue;
    const entry = staff.get(inspector.department) ?? { total: 0, onDuty: 0 };
    entry.total += 1;
    if (inspector.onDuty) entry.onDuty += 1;
    staff.set(inspector.department, entry);
  }
  return staff;
}

/** 发起部门, 联合部门 and 专家人数 against the inspectors. */
export function checkTaskStaff(plan: PlanSheet, inspectors: readonly Inspector[]): void {
  const { reader, columns: c } = plan;
  const staff = staffByDepartment(inspectors);
  const experts = inspectors.filter((inspector) => inspector.category !== LAW_ENFORCEMENT && inspector.onDuty).length;
  for (const task of plan.tasks) {
    const departments: Array<[string, number]> = [[task.initiator, c.initiator], ...task.joint.map((d): [string, number] => [d, c.joint])];
    for (const [department, col] of departments) {
      if (department === '' || task.perDepartment === 0) continue;
      const entry = staff.get(department);
      const cell = reader.at(task.row, col);
      if (!entry) reader.report(msg.departmentWithoutInspectors(reader.sheet, cell, department));
      else if (entry.onDuty < task.perDepartment) {
        reader.report(msg.departmentFewInspectors(reader.sheet, cell, department, entry.onDuty, task.perDepartment));
      }
    }
    if (task.experts > experts) reader.report(msg.expertPoolSmall(reader.sheet, reader.at(task.row, c.experts), experts, task.experts));
  }
}

/** 抽查对象范围, and each 标签=X of 对象筛选, must be the tag of at least one active object. */
export function checkTaskScopes(plan: PlanSheet, objects: readonly InspectionObject[]): void {
  const { reader, columns: c } = plan;
  const activeTags = new Set<string>();
  for (const object of objects) if (object.active) for (const tag of object.tags) activeTags.add(tag);
  for (const task of plan.tasks) {
    if (task.scope !== '' && !activeTags.has(task.scope)) {
      reader.report(msg.scopeMatchesNothing(reader.sheet, reader.at(task.row, c.scope), task.scope));
    }
    for (const condition of task.filter) {
      if (condition.kind === 'tag' && !activeTags.has(condition.tag)) {
        reader.report(msg.filterTagMatchesNothing(reader.sheet, reader.at(task.row, c.filter), condition.tag));
      }
    }
  }
}

/** 事项编号 must name items of 抽查事项清单. */
export function checkTaskItems(plan: PlanSheet, items: readonly InspectionItem[]): void {
  const { reader, columns: c } = plan;
  const known = new Set(items.map((item) => item.id));
  for (const task of plan.tasks as PlanTask[]) {
    for (const id of task.itemIds) {
      if (!known.has(id)) reader.report(msg.unknownItem(reader.sheet, reader.at(task.row, c.itemIds), id));
    }
  }
}
