/**
 * staff.csv holds one identity column per channel that lists its users in the directory,
 * named `<channel>_userid`: `wecom_userid` for WeCom (as it always was), `feishu_userid` for
 * a Feishu adapter named `feishu`. A cell is that person's sender id on that channel. The
 * parser knows no channel names: any column of this shape is read, so adding a channel adds a
 * column and changes no code here. Channels that bind contacts with a code (personal WeChat)
 * need no column.
 */
const IDENTITY_COLUMN = /^([a-z][a-z0-9]*)_userid$/;

/** A channel name as it may appear in a column name or in `reach_via`. */
export const CHANNEL_NAME = /^[a-z][a-z0-9]*$/;

/** The identity column for `channel`. */
export function identityColumn(channel: string): string {
  return `${channel}_userid`;
}

/** The channel an identity column is for, or undefined for any other column. */
export function channelOfColumn(column: string): string | undefined {
  return IDENTITY_COLUMN.exec(column)?.[1];
}
