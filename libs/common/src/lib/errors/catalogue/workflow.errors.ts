import type { AssignmentAction, AssignmentState } from '../../lifecycle/assignment-state.machine';
import type { ErrorEntry } from '../error-entry.type';

/**
 * Assignments, their actions, handlers and extension requests. Params come in pairs where a person
 * reads a state or an action: `{state}` in English and `{stateZh}` in Chinese, so both sentences
 * name it in their own language (see `workflowParams`).
 */
export const WORKFLOW_ERRORS = {
  'assignment.not_found': { zh: '找不到该交办任务。', en: 'No such assignment.' },
  'assignment.illegal_transition': {
    zh: '该任务当前为“{stateZh}”，不能{actionZh}（仅在{statesZh}时可以）；现在可以：{allowedZh}。',
    en: 'This assignment is {state}; {action} is allowed only when {states}; allowed now: {allowed}.',
  },
  'assignment.closed': {
    zh: '该任务已是“{stateZh}”，不能再办理。',
    en: 'This assignment is {state}: nothing more can be done with it.',
  },
  'assignment.role_forbidden': {
    zh: '您的角色（{roleZh}）不能{operationZh}。',
    en: 'Your role ({role}) may not {operation}.',
  },
  'assignment.staff_other_organization': {
    zh: '工作人员只能办理本单位的任务；请联系本单位管理员。',
    en: "Staff act only on their own organization's assignments: ask the organization's admin.",
  },
  'assignment.attachments_invalid': {
    zh: '有 {count} 个附件未上传到此任务，或已属于另一条进展反馈。',
    en: '{count} attachment(s) were not uploaded to this assignment or already belong to another report.',
  },
  'assignment.handler_invalid': {
    zh: '经办人须是“{organization}”或其下级单位的用户；“{handler}”属于“{handlerOrganization}”。',
    en: 'The handler must be a user of {organization} or one of its sub-organizations; {handler} belongs to {handlerOrganization}.',
  },
  'assignment.handler_unknown': { zh: '找不到所选的经办人。', en: 'The chosen handler does not exist.' },
  'assignment.lead_not_completed': {
    zh: '牵头单位“{lead}”的任务尚未办结（当前为“{stateZh}”），不能随牵头单位办结。',
    en: "The lead organization {lead}'s assignment is not completed (it is {state}): this one cannot be completed with it.",
  },
  'assignment.no_lead': {
    zh: '该事项没有牵头单位的任务，不能随牵头单位办结。',
    en: 'This item has no lead assignment to complete with.',
  },
  'assignment.is_lead': {
    zh: '这是牵头单位的任务，请直接审核办结。',
    en: "This is the lead organization's assignment: approve its completion instead.",
  },
  'extension.not_found': { zh: '找不到该延期申请。', en: 'No such extension request.' },
  'extension.not_later': {
    zh: '新的截止日期须晚于当前截止日期 {dueDate}。',
    en: 'The new due date must be later than the current due date {dueDate}.',
  },
  'extension.no_due_date': { zh: '该任务没有截止日期，无需延期。', en: 'This assignment has no due date to extend.' },
  'extension.too_late': {
    zh: '延期须在截止日期前申请：截止日期为 {dueDate}，今天是 {today}。',
    en: 'An extension must be requested before the due date: it was due {dueDate} and today is {today}.',
  },
  'extension.pending': {
    zh: '该任务已有一项延期申请（{requestedOn} 提交，申请延至 {newDueDate}）正在等待审核，请等待审核结果。',
    en: 'An extension request for this assignment (made on {requestedOn}, to {newDueDate}) is still pending: wait for its decision.',
  },
  'extension.assignment_closed': {
    zh: '该任务已是“{stateZh}”，只有办理中的任务可以延期。',
    en: 'This assignment is {state}: only an open assignment can be extended.',
  },
  'extension.already_decided': {
    zh: '该延期申请已{stateZh}，只有待审核的申请可以批准或驳回。',
    en: 'This extension request is {state}; only a pending request can be approved or rejected.',
  },
  'report.not_found': { zh: '找不到该进展反馈。', en: 'No such progress report.' },
} as const satisfies Record<string, ErrorEntry>;

const STATE_LABELS: Record<AssignmentState, { zh: string; en: string }> = {
  assigned: { zh: '已交办', en: 'assigned' },
  signed: { zh: '已签收', en: 'signed' },
  in_progress: { zh: '办理中', en: 'in progress' },
  completion_requested: { zh: '申请办结', en: 'completion requested' },
  completed: { zh: '已办结', en: 'completed' },
  cancelled: { zh: '已撤销', en: 'cancelled' },
};

const ACTION_LABELS: Record<AssignmentAction, { zh: string; en: string }> = {
  sign: { zh: '签收', en: 'sign' },
  report: { zh: '反馈进展', en: 'report' },
  request_completion: { zh: '申请办结', en: 'request completion' },
  approve: { zh: '审核办结', en: 'approve' },
  return: { zh: '退回', en: 'return' },
  cancel: { zh: '撤销', en: 'cancel' },
  complete_with_lead: { zh: '随牵头单位办结', en: 'complete with the lead' },
};

export function assignmentStateLabel(state: AssignmentState, locale: 'zh' | 'en'): string {
  return STATE_LABELS[state][locale];
}

export function assignmentActionLabel(action: AssignmentAction, locale: 'zh' | 'en'): string {
  return ACTION_LABELS[action][locale];
}

/** `{state, stateZh}` for a state; `prefix` names the pair (`lead` → `{leadState, leadStateZh}`). */
export function stateParams(state: AssignmentState, name = 'state'): Record<string, string> {
  return { [name]: STATE_LABELS[state].en, [`${name}Zh`]: STATE_LABELS[state].zh };
}

/** The params of `assignment.illegal_transition`: the current state, the action, when it is legal, what is legal now. */
export function illegalTransitionParams(
  state: AssignmentState,
  action: AssignmentAction,
  legalIn: readonly AssignmentState[],
  allowedNow: readonly AssignmentAction[],
): Record<string, string> {
  return {
    ...stateParams(state),
    action: ACTION_LABELS[action].en,
    actionZh: ACTION_LABELS[action].zh,
    states: legalIn.map((s) => STATE_LABELS[s].en).join(' or '),
    statesZh: legalIn.map((s) => `“${STATE_LABELS[s].zh}”`).join('或'),
    allowed: allowedNow.length ? allowedNow.map((a) => ACTION_LABELS[a].en).join(', ') : 'nothing',
    allowedZh: allowedNow.length ? allowedNow.map((a) => ACTION_LABELS[a].zh).join('、') : '无',
  };
}
