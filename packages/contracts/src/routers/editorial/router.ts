import { createTRPCRouter } from '../../trpc'
import { approve } from './approve'
import { history } from './history'
import { requestChanges } from './request-changes'
import { submit } from './submit'
import { withdraw } from './withdraw'

export const editorialRouter = createTRPCRouter({ submit, withdraw, approve, requestChanges, history })
