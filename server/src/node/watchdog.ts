/** How often the client process is looked for, as vscode-languageserver does. */
const INTERVAL_MS = 3000;

/** Whether a process exists. EPERM: it does, it only belongs to someone else. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Calls `gone` once the client process no longer exists. A client that crashes cannot send `exit`; without this
 * watch a server over IPC or a socket would outlive its editor.
 */
export function watchProcess(pid: number, gone: () => void): void {
  const timer = setInterval(() => {
    if (processExists(pid)) return;
    clearInterval(timer);
    gone();
  }, INTERVAL_MS);
}
