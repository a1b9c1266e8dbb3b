import { hasRole } from '@itinera/contracts/roles'
import { Gutter } from '@payloadcms/ui'
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { LEADERS } from '../slugs'
import { ImportForm } from './ImportForm'

/**
 * /admin/import: upload or paste a trip list, preview its rows with their guesses, warnings and
 * the trips they repeat, create drafts.
 */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const allowed = hasRole(req.user ?? null, 'editor', 'admin')
  const leaders = allowed
    ? (
        await req.payload.find({
          collection: LEADERS,
          sort: 'name',
          pagination: false,
          depth: 0,
          select: { slug: true, name: true },
        })
      ).docs
    : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import a trip list</h1>
        {allowed ? (
          <ImportForm leaders={leaders.map(({ slug, name }) => ({ slug, name }))} />
        ) : (
          <p>Importing needs the editor role.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
