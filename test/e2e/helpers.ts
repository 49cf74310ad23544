/// <reference types="vscode" />
/**
 * Waits shared by the end-to-end suites. Each one ends on an event or a bounded poll, never on a
 * fixed sleep, so a test takes as long as VS Code needs and fails with a message when it never comes.
 */
import * as vscode from 'vscode';

export const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;

/** Resolves with the problems of the document once `accept` holds for them. */
export function diagnosticsWhere(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
}

export const codeOf = (diagnostic: vscode.Diagnostic): string =>
  typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);

/**
 * Asks `probe` every `intervalMs` until it returns a value, for what VS Code sends no event about
 * (a file another process writes, a status item's text); rejects with `what` after `timeoutMs`.
 */
export async function poll<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20000, intervalMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * The first event that `accept` holds for; rejects with `what` after `timeoutMs`, naming the last
 * events that did not do, so a failure says what happened instead.
 */
export function nextEvent<T>(event: vscode.Event<T>, what: string, accept: (value: T) => boolean = () => true, timeoutMs = 30000): Promise<T> {
  const refused: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last events: ${refused.slice(-3).join(' | ') || 'none'}`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!accept(value)) {
        refused.push(JSON.stringify(value, (key, field: unknown) => (key === 'html' || key === 'textEditor' ? undefined : field)).slice(0, 300));
        return;
      }
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/**
 * Asks the runner (test/e2e/run.js), which drives the browser, for what the extension host cannot
 * do itself: press keys in the workbench or take a screenshot. A screenshot is waited for as its
 * file; keys are waited for by their effect, which the caller knows.
 */
export function pressKeys(keys: string): void {
  console.log(`[e2e:keys] ${keys}`);
}

/** Clicks the header of the side bar's pane with that title (collapsing it), as a user would. */
export function collapsePane(title: string): void {
  console.log(`[e2e:collapse] ${title}`);
}

/**
 * Closes every editor without saving: an edit a test leaves behind (a failed assertion before its
 * undo) must never reach the workspace files other tests read.
 */
export async function discardEditsAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty && candidate.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Answers the notification that offers a button labelled `label` by clicking it, as a user would
 * (the runner does it in the workbench), and returns the notification's message as shown.
 */
export async function answerNotification(label: string): Promise<string> {
  const { existsSync, readFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const extension = vscode.extensions.getExtension('kehoach.kehoach')!;
  const file = join(extension.extensionUri.fsPath, 'out', 'e2e', 'notifications', `${label.replace(/[^\w-]/g, '_')}.txt`);
  rmSync(file, { force: true });
  console.log(`[e2e:notification] ${label}`);
  return poll(`the notification offering "${label}"`, () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined), 70000);
}

export async function screenshot(name: string): Promise<string> {
  const { existsSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const extension = vscode.extensions.getExtension('kehoach.kehoach')!;
  const file = join(extension.extensionUri.fsPath, 'out', 'e2e', 'screenshots', `${name}.png`);
  rmSync(file, { force: true });
  console.log(`[e2e:screenshot] ${name}`);
  return poll(`the screenshot ${name}`, () => (existsSync(file) ? file : undefined));
}
