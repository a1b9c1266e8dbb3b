import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'
import { CMS_URL } from '../playwright.config'
import { tokenFor } from './api'

/**
 * The production build names its errors after their classes and keeps their messages: minified
 * server code would answer `"name": "a"`, or a nameless error as "An unknown error occurred."
 */
const FORBIDDEN = 'You are not allowed to perform this action.'

const editorHeaders = async () => ({ Authorization: `JWT ${await tokenFor('editor')}` })

async function answer(response: APIResponse) {
  return { status: response.status(), body: (await response.json()) as unknown }
}

const graphql = (request: APIRequestContext, query: string) =>
  request.post(`${CMS_URL}/api/graphql`, { data: { query } })

test.describe('[ERRORS]: error bodies from the production build', () => {
  test('should name REST errors by their classes and keep their messages', async ({ request }) => {
    const headers = await editorHeaders()
    // Its latest version, as the editor loaded it.
    const trip = (
      (await (await request.get(`${CMS_URL}/api/trips?limit=1&depth=0&draft=true`, { headers })).json()) as {
        docs: { id: number; updatedAt: string }[]
      }
    ).docs[0]!

    expect(await answer(await request.patch(`${CMS_URL}/api/trips/${trip.id}`, { data: { title: 'x' } }))).toEqual({
      status: 403,
      body: { errors: [{ message: FORBIDDEN }] },
    })
    expect(await answer(await request.get(`${CMS_URL}/api/trips/99999999`))).toEqual({
      status: 404,
      body: { errors: [{ message: 'Not Found' }] },
    })
    expect(await answer(await request.get(`${CMS_URL}/api/trips/abc`))).toEqual({
      status: 404,
      body: {
        errors: [
          { message: 'No trips record has an id that is not a number: ids are whole numbers from 1 to 2147483647.' },
        ],
      },
    })
    // Payload's ValidationError, with the fields it names.
    expect(await answer(await request.post(`${CMS_URL}/api/trips?draft=true`, { headers, data: {} }))).toMatchObject({
      status: 400,
      body: {
        errors: [
          {
            name: 'ValidationError',
            message: 'The following fields are invalid: Title, Slug, Leader',
            data: { collection: 'trips', errors: [{ path: 'title' }, { path: 'slug' }, { path: 'leader' }] },
          },
        ],
      },
    })
    // This project's own error class (the workflow's refusals).
    const approve = await request.post(`${CMS_URL}/api/trips/${trip.id}/workflow/approve`, {
      headers,
      data: { version: trip.updatedAt },
    })
    expect(await answer(approve)).toEqual({
      status: 403,
      body: {
        errors: [
          {
            name: 'WorkflowError',
            data: { reason: 'role' },
            message: 'Only reviewer or admin users may approve a record.',
          },
        ],
      },
    })
  })

  test('should name GraphQL errors by their classes and keep their messages', async ({ request }) => {
    const forbidden = await graphql(request, 'mutation { updateTrip(id: 1, data: { title: "x" }) { id } }')
    expect(await forbidden.json()).toMatchObject({
      errors: [{ extensions: { name: 'Forbidden', statusCode: 403 }, message: FORBIDDEN, path: ['updateTrip'] }],
    })
    const notFound = await graphql(request, '{ Trip(id: 99999999) { id } }')
    expect(await notFound.json()).toMatchObject({
      errors: [{ extensions: { name: 'NotFound', statusCode: 404 }, message: 'Not Found', path: ['Trip'] }],
    })
  })
})
