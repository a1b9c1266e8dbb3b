import { parse, type HTMLElement } from 'node-html-parser'
import { columnOf, rowFromCells, type TListColumn } from './list-columns'
import { isRumorParagraph, takeRefs, type TParsedList } from './list-row'
import { parseDateRange } from './parse-date-range'
import { readReference } from './parse-references'

/** Cell text with line breaks kept for <br> and block elements, footnote markers as "[n]". */
function cellText(cell: HTMLElement): string {
  for (const br of cell.querySelectorAll('br')) br.replaceWith('\n')
  for (const hidden of cell.querySelectorAll('style, .sortkey, .mw-editsection')) hidden.remove()
  return cell.textContent
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/**
 * Reads `wikitable`s of trips (header row naming the columns; `rowspan`ned cells carried down as
 * the table shows them), "According to some reports…" paragraphs, and an `<ol class="references">`.
 */
export function parseTripListHtml(html: string): TParsedList {
  const root = parse(html, { comment: false })
  const lineAt = (element: HTMLElement) => html.slice(0, element.range[0]).split('\n').length
  const title = root.querySelector('h1')?.textContent.trim() ?? root.querySelector('title')?.textContent.trim() ?? null
  const result: TParsedList = { title, rows: [], rumors: [], unreadableRows: [], referencesFrom: null, references: [] }

  for (const table of root.querySelectorAll('table')) {
    const rows = table.querySelectorAll('tr')
    const header = rows.find((row) => row.querySelectorAll('th').length >= 2)
    if (!header) continue
    const columns = header.querySelectorAll('th').map((th) => columnOf(th.textContent))
    if (!columns.includes('date')) continue
    // Cells spanning rows below: column index → [text, rows left].
    const spans = new Map<number, [string, number]>()
    for (const row of rows.slice(rows.indexOf(header) + 1)) {
      const cells = row.querySelectorAll('td, th')
      const values: string[] = []
      let cellIndex = 0
      for (let column = 0; column < columns.length; column += 1) {
        const span = spans.get(column)
        if (span && span[1] > 0) {
          values.push(span[0])
          span[1] -= 1
          continue
        }
        const cell = cells[cellIndex++]
        const text = cell ? cellText(cell) : ''
        const rowspan = Number(cell?.getAttribute('rowspan') ?? 1)
        if (rowspan > 1) spans.set(column, [text, rowspan - 1])
        values.push(text)
      }
      const value = (name: TListColumn) => {
        const at = columns.indexOf(name)
        return at === -1 ? '' : values[at]!
      }
      const line = lineAt(row)
      const dateText = value('date').split('\n')[0]!.trim()
      if (!dateText) continue
      if (!parseDateRange(dateText)) {
        result.unreadableRows.push({ line, text: dateText })
        continue
      }
      result.rows.push(rowFromCells(line, dateText, value))
    }
  }

  for (const paragraph of root.querySelectorAll('p')) {
    const text = paragraph.textContent.replace(/\s+/g, ' ').trim()
    if (isRumorParagraph(text)) {
      const { text: plain, refs } = takeRefs(text)
      result.rumors.push({ line: lineAt(paragraph), text: plain, refs })
    }
  }

  const referenceItems = root.querySelectorAll('ol.references > li')
  result.references = referenceItems.map((item, at) => {
    for (const backLink of item.querySelectorAll('.mw-cite-backlink')) backLink.remove()
    const text = item.textContent
      .replace(/\s+/g, ' ')
      .replace(/^\^\s*(?:[a-z]\s+)*/, '')
      .trim()
    return readReference(at + 1, lineAt(item), text)
  })
  return result
}
