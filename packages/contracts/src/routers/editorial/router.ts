import { createTRPCRouter } from '../../trpc'
import { approve } from './approve'
import { cancelRetraction } from './cancel-retraction'
import { history } from './history'
import { requestChanges } from './request-changes'
import { requestRetraction } from './request-retraction'
import { retract } from './retract'
import { submit } from './submit'
import { withdraw } from './withdraw'

export const editorialRouter = createTRPCRouter({
  submit,
  withdraw,
  approve,
  requestChanges,
  requestRetraction,
  retract,
  cancelRetraction,
  history,
})
