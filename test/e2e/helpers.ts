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
