import { ApiProperty } from '@nestjs/swagger';
import { DELIVERY_CHANNELS, DELIVERY_STATES, type DeliveryChannel, type DeliveryState } from '@luoshi/common';

/** One external delivery as the log shows it. */
export class DeliveryView {
  @ApiProperty({ format: 'uuid', description: 'Also the stable id receivers see (Message-ID, X-Luoshi-Delivery-Id)' }) id!: string;
  @ApiProperty({ description: 'What makes it unique: event/<channel>/<target>/<occurrence> or digest/<channel>/<target>/<date>/<n>' }) dedupeKey!: string;
  @ApiProperty({ enum: DELIVERY_CHANNELS }) channel!: DeliveryChannel;
  @ApiProperty({ enum: ['immediate', 'digest'] }) mode!: 'immediate' | 'digest';
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The person, for e-mail' }) recipientId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The robot or webhook, for group channels' }) notificationChannelId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId!: string | null;
  @ApiProperty({ description: 'E-mail address or the robot’s name' }) address!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) digestDate!: string | null;
  @ApiProperty({ enum: DELIVERY_STATES }) state!: DeliveryState;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() dueAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) sealedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) sentAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) failedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
