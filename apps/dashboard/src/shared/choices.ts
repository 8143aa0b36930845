import {
  ASSIGNMENT_STATES,
  CADENCES,
  DELIVERY_CHANNELS,
  DELIVERY_STATES,
  GROUP_CHANNEL_KINDS,
  ITEM_KINDS,
  ITEM_STATUSES,
  LIGHTS,
  ORGANIZATION_KINDS,
  ORGANIZATION_ROLES_IN_ITEM,
  ROLES,
  SPEECH_STATUSES,
} from '@luoshi/common';
import type { AppMessages } from '../i18n/app-messages.type';

export type EnumGroup = keyof AppMessages['luoshi']['enums'];

export interface Choice {
  id: string;
  name: string;
}

/** Select choices whose names are translation keys (react-admin translates them). */
export function enumChoices(group: EnumGroup, values: readonly string[]): Choice[] {
  return values.map((id) => ({ id, name: `luoshi.enums.${group}.${id}` }));
}

export const roleChoices = enumChoices('role', ROLES);
export const organizationKindChoices = enumChoices('organizationKind', ORGANIZATION_KINDS);
export const assignmentStateChoices = enumChoices('assignmentState', ASSIGNMENT_STATES);
export const assignmentRoleChoices = enumChoices('assignmentRole', ORGANIZATION_ROLES_IN_ITEM);
export const itemKindChoices = enumChoices('itemKind', ITEM_KINDS);
export const itemStatusChoices = enumChoices('itemStatus', ITEM_STATUSES);
export const speechStatusChoices = enumChoices('speechStatus', SPEECH_STATUSES);
export const cadenceChoices = enumChoices('cadence', CADENCES);
export const lightChoices = enumChoices('light', LIGHTS);
export const deliveryChannelChoices = enumChoices('deliveryChannel', DELIVERY_CHANNELS);
export const groupChannelChoices = enumChoices('deliveryChannel', GROUP_CHANNEL_KINDS);
export const deliveryStateChoices = enumChoices('deliveryState', DELIVERY_STATES);
export const deliveryModeChoices = enumChoices('deliveryMode', ['immediate', 'digest']);
