/**
 * The page the preview's webview starts from: the styles of the sheets, an empty place for them, and
 * the page's script (preview-page.ts), under a policy that allows nothing else. The extension fills
 * in the script's address and the webview's source; the page's own tests load it in a browser.
 */
export interface ShellOptions {
  /** The one script allowed to run carries this nonce. */
  nonce: string;
  /** Where the webview loads preview-page.js from. */
  scriptUri: string;
  /** The webview's own origin for scripts (vscode.Webview.cspSource). */
  cspSource: string;
}

export function previewShell(options: ShellOptions): string {
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${options.nonce}' ${options.cspSource};`;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width">
<style id="server-style"></style>
<style>
html,body{margin:0;padding:0}
html{scroll-behavior:auto}
body{background:#e8e8e8;overflow-x:hidden}
#scaler{margin:0 auto;overflow:hidden}
#pages{transform-origin:0 0;width:calc(var(--sheet-width, 210mm) + 32px);padding:16px 16px 0;box-sizing:border-box}
.sheet{position:relative;box-sizing:border-box;width:var(--sheet-width);height:var(--sheet-height);padding:var(--sheet-padding);margin:0 0 16px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);overflow:hidden}
.sheet-body{height:100%;overflow:hidden}
.block{display:flow-root}
.block.cut,.block.continued{overflow:hidden}
.page-number{position:absolute;top:10mm;left:0;right:0;text-align:center;font-size:var(--number-size);font-family:"Times New Roman","Liberation Serif",serif}
.kehoach-cursor{outline:2px solid rgba(0,122,204,.35);outline-offset:2px}
body.stale #pages{opacity:.5;filter:grayscale(1)}
#banner:empty{display:none}
#banner{position:sticky;top:0;z-index:1;background:#fff3cd;color:#3d2e00;padding:6px 12px;border-bottom:1px solid #d4a300;font:13px/1.4 system-ui,sans-serif}
</style>
</head>
<body>
<div id="banner" role="status"></div>
<div id="scaler"><div id="pages"></div></div>
<script nonce="${options.nonce}" src="${options.scriptUri}"></script>
</body>
</html>`;
}
