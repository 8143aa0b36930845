/**
 * What a new office user meets on day one (handler, hand-made task, undo, pending extension,
 * form checks, exports), kept apart from app-zh-CN.ts so each feature's strings stay together.
 * office-en.ts has the same keys (checked by the type below and by messages.spec).
 */
export const officeChineseMessages = {
  handler: {
    label: '经办人',
    none: '未指定（本单位共同办理）',
    choose: '指定经办人',
    chooseTitle: '指定经办人',
    chooseHelp: '可选择本单位或下级单位的人员',
    clear: '不指定经办人',
    done: '已指定经办人',
    cleared: '已取消经办人',
    mine: '交给我的',
    mineEmpty: '暂无交给您办理的任务',
    others: '本单位其他任务',
    timeline: '指定经办人：%{name}',
    timelineCleared: '取消经办人',
  },
  lead: {
    state: '牵头单位状态',
    stateOf: '牵头单位（%{organization}）：%{state}',
    completeWith: '随牵头单位办结',
    offerTitle: '同时办结配合单位的任务',
    offerHelp: '牵头单位的任务审核通过后，可一并办结以下配合单位尚未办结的任务：',
    offerNone: '没有尚未办结的配合单位任务。',
    completedWith: '已随牵头单位办结 %{smart_count} 项配合任务',
    timeline: '随牵头单位办结',
  },
  extension: {
    pending: '延期申请审核中：申请延至 %{date}（%{requested} 提交）',
  },
  task: {
    create: '新建任务',
    title: '新建任务（领导批示、会议决定）',
    help: '粘贴批示或决定的原文，点击“从原文识别”可自动填写标题、责任单位、完成时限和报送周期，请核对后保存。',
    propose: '从原文识别',
    proposed: '已根据原文填写，请核对',
    proposeNothing: '原文中未识别出可填写的内容',
    lead: '牵头单位',
    support: '配合单位',
    publishNow: '立即交办',
    publishNowHelp: '勾选后保存即发出交办；不勾选则保存为草稿',
    leadRequired: '立即交办时须指定牵头单位',
    saved: '任务已保存',
    savedPublished: '任务已交办',
  },
  undo: {
    action: '撤销',
    tooltip: '撤销上一步：%{action}“%{title}”',
    nothing: '没有可撤销的操作',
    done: '已撤销：%{action}“%{title}”',
    steps: '可撤销 %{smart_count} 步',
    kinds: { edit: '修改', delete: '删除', merge: '合并', split: '拆分' },
  },
  deleteDialog: {
    withChildren: '确定删除“%{title}”及其下 %{smart_count} 项吗？',
    keepChildren: '保留下级事项（移到上一级）',
    onlyThis: '删除后可点击“撤销”恢复。',
  },
  intake: {
    pasteTitleHelp: '可不填：默认使用正文中识别出的标题',
    textRequired: '请粘贴讲话全文',
  },
  duplicate: {
    discard: '不保留这份，打开已有讲话',
    title: '可能是重复的讲话',
    message: '该讲话与已有的“%{title}”（%{date}）内容相同。',
    open: '查看已有讲话',
    keep: '保留两份，继续审核',
  },
  validation: {
    dateFormat: '请按 YYYY-MM-DD 填写日期，例如 2026-12-31',
    percentRange: '进度须是 0 到 100 之间的整数',
    lowerTitle: '确认降低进度',
    lowerConfirm: '本次填写的进度 %{next}% 低于当前进度 %{current}%，确定降低吗？',
    pastDue: '完成时限 %{date} 早于今天，请确认',
    pastDueList: '以下 %{smart_count} 项任务的完成时限已过，仍可发布：',
    required: '请填写%{field}',
  },
  export: {
    csv: '导出',
  },
};

/** Every key of the office messages, one level of groups deep (and `undo.kinds`). */
export type OfficeMessages = {
  [G in keyof typeof officeChineseMessages]: {
    [K in keyof (typeof officeChineseMessages)[G]]: (typeof officeChineseMessages)[G][K] extends string
      ? string
      : { [L in keyof (typeof officeChineseMessages)[G][K]]: string };
  };
};
