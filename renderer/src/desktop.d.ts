// What app/preload.cts exposes in Electron; undefined in a browser.
interface DescentDesktop {
  appInfo(): Promise<{ version: string; locale: string }>;
  saveText(suggestedName: string, content: string): Promise<{ saved: boolean; path?: string }>;
}

interface Window {
  descentDesktop?: DescentDesktop;
}
