/// <reference types="vscode" />
/**
 * The client's few words in the language the user chose (`kehoach.language`, Vietnamese by default),
 * the same setting the server reads for its messages.
 */
import * as vscode from 'vscode';

export function say(message: { vi: string; en: string }): string {
  return vscode.workspace.getConfiguration('kehoach').get<string>('language') === 'en' ? message.en : message.vi;
}
