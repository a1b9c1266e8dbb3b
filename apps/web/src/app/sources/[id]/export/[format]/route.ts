import { env } from '../../../../../env'
import { exportSource, type TExportFormat } from '../../../../../lib/citation'
import { cms } from '../../../../../lib/cms'
import { isMissing } from '../../../../../lib/not-found'

const FORMATS = new Set<TExportFormat>(['bibtex', 'ris', 'csl-json'])

/** GET /sources/:id/export/:format — the source for a reference manager (BibTeX, RIS, CSL-JSON). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id: rawId, format } = await params
  const id = Number(rawId)
  if (!FORMATS.has(format as TExportFormat))
    return new Response('Unknown format: use bibtex, ris or csl-json.\n', { status: 404 })
  if (!Number.isInteger(id) || id <= 0) return new Response('No such source.\n', { status: 404 })
  try {
    const { source } = await cms.reader.source.query({ id })
    const { body, contentType, extension } = exportSource(source, format as TExportFormat, {
      pageUrl: `${env.WEB_URL}/sources/${id}`,
    })
    return new Response(body, {
      headers: {
        'Content-Type': `${contentType}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="itinera-source-${id}.${extension}"`,
      },
    })
  } catch (error) {
    if (isMissing(error)) return new Response('No such source.\n', { status: 404 })
    throw error
  }
}
