/**
 * The layout model as one HTML page that looks like the printed A4 sheet: for the editor's preview
 * and for export. It draws the same blocks as the DOCX writer, so the preview cannot drift from the
 * document.
 *
 * Every text is escaped (plan text is user input and the preview runs in a webview). Blocks carry
 * `data-loc="start-end"`, offsets in the source as written, so the preview can follow the cursor.
 */
import { withoutUnprintable } from '../base/characters';
import type { Align, Block, ColumnsBlock, LayoutParagraph, PlanLayout, SourceSpan, TableBlock } from './layout';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return withoutUnprintable(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const TEXT_ALIGN: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'justify' };

function locAttribute(loc: SourceSpan | undefined): string {
  return loc ? ` data-loc="${loc.start}-${loc.end}"` : '';
}

function paragraph(p: LayoutParagraph): string {
  const style = [
    `text-align:${TEXT_ALIGN[p.align]}`,
    `font-size:${p.sizePt}pt`,
    `font-weight:${p.bold ? 'bold' : 'normal'}`,
    `font-style:${p.italic ? 'italic' : 'normal'}`,
    `text-indent:${p.firstLineIndent ? '1.27cm' : '0'}`,
    ...(p.leftIndentPt !== undefined ? [`padding-left:${p.leftIndentPt}pt`] : []),
    `margin:${p.spaceBeforePt}pt 0 ${p.ruleBelow ? 0 : p.spaceAfterPt}pt 0`,
    // Word's single spacing for Times New Roman is about 1.15 times the font size.
    `line-height:${p.lineSpacing * 1.15}`,
  ].join(';');
  const lead = p.boldLead ?? 0;
  const content = lead > 0 && !p.bold ? `<b>${escapeHtml(p.text.slice(0, lead))}</b>${escapeHtml(p.text.slice(lead))}` : escapeHtml(p.text);
  const text = `<p class="${p.role}"${locAttribute(p.loc)} style="${style}">${content}</p>`;
  if (!p.ruleBelow) return text;
  return `${text}<div class="rule" style="width:${p.ruleBelow.widthPt.toFixed(1)}pt;margin-bottom:${p.spaceAfterPt}pt"></div>`;
}

function columns(block: ColumnsBlock): string {
  const colgroup = block.widths.map((width) => `<col style="width:${(width * 100).toFixed(1)}%">`).join('');
  const rows = block.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell.map(paragraph).join('')}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="columns ${block.role}"><colgroup>${colgroup}</colgroup>${rows}</table>`;
}

function table(block: TableBlock): string {
  const colgroup = block.columns.map((column) => `<col style="width:${(column.width * 100).toFixed(1)}%">`).join('');
  const head = block.columns.map((column) => `<th>${escapeHtml(column.title)}</th>`).join('');
  const rows = block.rows
    .map(
      (row) =>
        `<tr${locAttribute(row.loc)}>${row.cells
          .map((text, index) => `<td style="text-align:${TEXT_ALIGN[block.columns[index]!.align]}">${escapeHtml(text)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="tasks" style="font-size:${block.sizePt}pt"><colgroup>${colgroup}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function block(b: Block): string {
  if (b.kind === 'paragraph') return paragraph(b);
  if (b.kind === 'columns') return columns(b);
  return table(b);
}

function css(layout: PlanLayout): string {
  const { page } = layout;
  const m = page.marginsMm;
  return [
    `body{margin:0;background:#e8e8e8;font-family:"${page.font}","Liberation Serif",serif;color:#000}`,
    `.page{box-sizing:border-box;width:${page.widthMm}mm;min-height:${page.heightMm}mm;margin:8mm auto;padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3)}`,
    // Blanks left for the records office are runs of spaces, which HTML would collapse.
    'p{white-space:pre-wrap}',
    '.rule{border-bottom:0.75pt solid #000;margin-left:auto;margin-right:auto;height:0}',
    'table.columns{width:100%;border-collapse:collapse;table-layout:fixed}',
    'table.columns td{vertical-align:top;padding:0;border:none}',
    'table.tasks{width:100%;border-collapse:collapse;table-layout:fixed}',
    'table.tasks th,table.tasks td{border:0.5pt solid #000;padding:3pt;vertical-align:middle}',
    'table.tasks th{text-align:center}',
    `@media print{body{background:none}.page{margin:0;box-shadow:none;page-break-after:always}@page{size:A4;margin:0}}`,
  ].join('\n');
}

/**
 * A complete HTML document, one `.page` per section (the plan, then the annex). Its lines are
 * joined once: a large plan's page is tens of megabytes, and joining the blocks into sections and
 * the sections into the page first copied it twice more.
 */
export function renderHtml(layout: PlanLayout, title: string): string {
  const lines = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">', `<title>${escapeHtml(title)}</title>`, `<style>\n${css(layout)}\n</style>`, '</head>', '<body>'];
  for (const section of layout.sections) {
    lines.push(`<section class="page ${section.role}">`);
    // A section without blocks still has its empty line between the tags.
    if (section.blocks.length === 0) lines.push('');
    for (const each of section.blocks) lines.push(block(each));
    lines.push('</section>');
  }
  lines.push('</body>', '</html>', '');
  return lines.join('\n');
}
