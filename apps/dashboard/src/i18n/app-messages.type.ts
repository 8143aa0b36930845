import type { AssignmentWorkflowAction } from '../auth/access';
import type { LeadersMessages } from './leaders-zh-CN';
import type { OfficeMessages } from './office-zh-CN';
import type {
  AssignmentRole,
  AssignmentState,
  Cadence,
  DeliveryChannel,
  DeliveryState,
  ExtensionRequestState,
  ItemKind,
  ItemStatus,
  Light,
  NotificationChannel,
  NotificationKind,
  OrganizationKind,
  Role,
  SpeechStatus,
} from '@luoshi/common';

// Type aliases, not interfaces: react-admin's TranslationMessages needs an implicit index signature.
type Labels<K extends string> = Record<K, string>;

/** Fields every versioned record carries. */
type RecordFields = {
  id: string;
  version: string;
  createdAt: string;
  updatedAt: string;
  q: string;
};

type ResourceMessages<F extends string> = {
  name: string;
  fields: RecordFields & Labels<F>;
};

/**
 * The shape both locales fill in. Enum labels are keyed by the shared enums, so adding a state or
 * a role in libs/common fails the type check until both languages name it.
 */
export type AppMessages = {
  luoshi: OfficeMessages &
    LeadersMessages & {
    appTitle: string;
    appSubtitle: string;
    enums: {
      role: Labels<Role>;
      organizationKind: Labels<OrganizationKind>;
      assignmentState: Labels<AssignmentState>;
      assignmentRole: Labels<AssignmentRole>;
      itemKind: Labels<ItemKind>;
      itemStatus: Labels<ItemStatus>;
      speechStatus: Labels<SpeechStatus>;
      cadence: Labels<Cadence>;
      light: Labels<Light>;
      extensionRequestState: Labels<ExtensionRequestState>;
      deliveryChannel: Labels<DeliveryChannel>;
      deliveryState: Labels<DeliveryState>;
      deliveryMode: Labels<'immediate' | 'digest'>;
      notificationKind: Labels<NotificationKind>;
      notificationChannel: Labels<NotificationChannel>;
    };
    menu: { myTasks: string; reviewQueue: string; notificationPreferences: string; queueBoard: string };
    channels: {
      urlHelp: string;
      urlKeepHelp: string;
      secretHelp: string;
      secretKeepHelp: string;
      clearSecret: string;
      noSecret: string;
      retry: string;
      retried: string;
      preferencesTitle: string;
      preferencesIntro: string;
      emailEnabled: string;
      emailEnabledHelp: string;
      noEmailAddress: string;
      emailAddress: string;
      saved: string;
      queueBoardOpening: string;
      queueBoardFailed: string;
    };
    filters: { dateFrom: string; dateTo: string; dueFrom: string; dueTo: string };
    assignment: {
      overdueDays: string;
      daysLeft: string;
      dueToday: string;
      dueInDays: string;
      overdueOnly: string;
      openOnly: string;
      noLight: string;
    };
    myTasks: { title: string; subtitle: string; empty: string };
    detail: {
      title: string;
      item: string;
      source: string;
      openSpeech: string;
      openItem: string;
      deadline: string;
      progress: string;
      timeline: string;
      attachments: string;
      noAttachments: string;
      download: string;
      noActions: string;
    };
    actions: Labels<AssignmentWorkflowAction | 'approveExtension' | 'rejectExtension'>;
    done: Labels<AssignmentWorkflowAction | 'approveExtension' | 'rejectExtension'>;
    forms: {
      approveConfirm: string;
      signConfirm: string;
      approveExtensionConfirm: string;
      summary: string;
      summaryHelp: string;
      returnReason: string;
      cancelReason: string;
      urgeMessage: string;
      rejectReason: string;
      newDueDateAfter: string;
      currentDueDate: string;
      percentHelp: string;
      attach: string;
      uploading: string;
      removeAttachment: string;
      submit: string;
    };
    timeline: {
      empty: string;
      state: Labels<AssignmentState>;
      report: string;
      urge: string;
      extensionRequested: string;
      extensionApproved: string;
      extensionRejected: string;
      notice: { urge: string; review_decision: string };
    };
    review: {
      title: string;
      subtitle: string;
      completionRequests: string;
      extensionRequests: string;
      noCompletionRequests: string;
      noExtensionRequests: string;
      organization: string;
      item: string;
      decision: string;
    };
    organization: {
      children: string;
      assignments: string;
      aliasesHelp: string;
    };
    auth: {
      sessionExpired: string;
      passwordChangeRequired: string;
      changePassword: string;
      forcedIntro: string;
      oldPassword: string;
      newPassword: string;
      confirmPassword: string;
      passwordMismatch: string;
      passwordUnchanged: string;
      passwordPolicy: string;
      passwordChanged: string;
    };
    user: {
      unlock: string;
      unlocked: string;
      locked: string;
      usernameFormat: string;
      newPassword: string;
      newPasswordHelp: string;
      passwordHelp: string;
      organizationHelp: string;
    };
    speech: {
      summary: string;
      rawText: string;
      items: string;
    };
    speechIntake: Labels<
      | 'title'
      | 'upload'
      | 'paste'
      | 'drop'
      | 'dropHint'
      | 'removeFile'
      | 'fileRequired'
      | 'textHelp'
      | 'fileTitleHelp'
      | 'dateHelp'
      | 'apiMessage'
      | 'uploading'
      | 'extracting'
      | 'submit'
      | 'extracted'
      | 'extractFailed'
    > & { problem: Labels<'tooLarge' | 'unsupportedType' | 'unreadable' | 'invalid' | 'failed'> };
    speechReview: Labels<
      | 'open'
      | 'title'
      | 'text'
      | 'hint'
      | 'mention'
      | 'counts'
      | 'backToSpeech'
      | 'items'
      | 'noItems'
      | 'merge'
      | 'mergeHelp'
      | 'checked'
      | 'selectForMerge'
      | 'lowConfidence'
      | 'noOrganizations'
      | 'due'
      | 'report'
      | 'noCadence'
      | 'sectionHasNoOrganizations'
      | 'lead'
      | 'support'
      | 'splitHelp'
      | 'save'
      | 'saved'
      | 'reset'
      | 'split'
      | 'splitDone'
      | 'delete'
      | 'deleteTitle'
      | 'deleteConfirm'
      | 'deleted'
      | 'merged'
      | 'conflict'
      | 'mentions'
      | 'mentionsHelp'
      | 'locate'
      | 'addOrganization'
      | 'addOrganizationTitle'
      | 'addOrganizationHelp'
      | 'added'
      | 'organizationAdded'
      | 'reextract'
      | 'reextractTitle'
      | 'reextractConfirm'
      | 'reextracted'
      | 'publish'
      | 'publishTitle'
      | 'publishSummary'
      | 'publishNothing'
      | 'publishUnassigned'
      | 'publishNote'
      | 'publishConfirm'
      | 'published'
      | 'publishedBanner'
      | 'publishedWithDrafts'
      | 'viewAssignments'
    > & { roleSuffix: Labels<AssignmentRole> };
    item: {
      organizations: string;
      assignments: string;
      children: string;
      source: string;
    };
    inbox: Labels<'bell' | 'unreadOnly' | 'markAllRead' | 'markedAllRead'>;
    reminderRule: Labels<
      | 'default'
      | 'scope'
      | 'organizationHelp'
      | 'speechHelp'
      | 'dueSoonHelp'
      | 'overdueHelp'
      | 'escalateHelp'
      | 'sendTimeHelp'
      | 'sendTimeFormat'
      | 'periodicHelp'
      | 'daysFormat'
    >;
    calendar: Labels<'weekday' | 'workday' | 'holiday' | 'workingHelp' | 'nameHelp'> & {
      weekdays: Labels<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>;
    };
  };
  resources: {
    organizations: ResourceMessages<'name' | 'shortName' | 'kind' | 'aliases' | 'parentId'>;
    users: ResourceMessages<
      | 'username'
      | 'name'
      | 'password'
      | 'role'
      | 'organizationId'
      | 'email'
      | 'active'
      | 'lockedUntil'
      | 'mustChangePassword'
    >;
    speeches: ResourceMessages<
      'title' | 'date' | 'speaker' | 'meeting' | 'status' | 'rawText' | 'sourceFileName' | 'audienceIds' | 'publishedAt'
    >;
    items: ResourceMessages<
      | 'title'
      | 'text'
      | 'kind'
      | 'status'
      | 'speechId'
      | 'parentId'
      | 'dueDate'
      | 'cadence'
      | 'confidence'
      | 'organizations'
      | 'organizationId'
      | 'role'
      | 'position'
      | 'spanStart'
      | 'spanEnd'
    >;
    assignments: ResourceMessages<
      | 'itemTitle'
      | 'itemId'
      | 'speechId'
      | 'organizationId'
      | 'role'
      | 'state'
      | 'dueDate'
      | 'cadence'
      | 'percent'
      | 'light'
      | 'overdue'
      | 'daysLeft'
      | 'lastReportAt'
      | 'signedAt'
      | 'completedAt'
      | 'completionSummary'
      | 'returnReason'
      | 'cancelReason'
      | 'handlerId'
      | 'handlerName'
      | 'leadState'
    >;
    reports: ResourceMessages<
      'assignmentId' | 'authorId' | 'done' | 'nextSteps' | 'problems' | 'helpNeeded' | 'percent' | 'attachments'
    >;
    'extension-requests': ResourceMessages<
      | 'assignmentId'
      | 'requestedById'
      | 'currentDueDate'
      | 'newDueDate'
      | 'reason'
      | 'state'
      | 'decidedAt'
      | 'decisionReason'
    >;
    attachments: ResourceMessages<'assignmentId' | 'name' | 'size' | 'type'>;
    'notification-channels': ResourceMessages<
      'organizationId' | 'kind' | 'name' | 'url' | 'urlMasked' | 'secret' | 'hasSecret' | 'enabled'
    >;
    deliveries: ResourceMessages<
      | 'channel'
      | 'mode'
      | 'address'
      | 'recipientId'
      | 'organizationId'
      | 'state'
      | 'attempts'
      | 'lastError'
      | 'dueAt'
      | 'sentAt'
      | 'failedAt'
      | 'digestDate'
    >;
    notifications: ResourceMessages<'kind' | 'title' | 'body' | 'readAt' | 'assignmentId'>;
    'reminder-rules': ResourceMessages<
      | 'name'
      | 'organizationId'
      | 'speechId'
      | 'dueSoonDays'
      | 'overdueEveryDays'
      | 'escalateAfterDays'
      | 'sendTime'
      | 'periodicReports'
      | 'channels'
      | 'active'
    >;
    'calendar-days': ResourceMessages<'date' | 'working' | 'name'>;
  };
};
