// Every IPC channel in one place; the preload exposes one named method per channel.
export const Channel = {
  appInfo: "descent:app-info",
  saveText: "descent:save-text",
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
