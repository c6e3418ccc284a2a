/** What a notification is about; clients pick wording and icons by it. */
export enum NotificationKind {
  USER_LOCKED_OUT = 'USER_LOCKED_OUT',
}
