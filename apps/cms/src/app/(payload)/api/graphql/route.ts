import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { boundGraphQLCost } from '../../../../security/boundGraphQLCost'
import { limitGraphQLSignIns } from '../../../../security/limitSignIns'
import { refuseBadGraphqlBodies } from '../../../../validation/graphqlRequest'

export const POST = refuseBadGraphqlBodies(limitGraphQLSignIns(boundGraphQLCost(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
