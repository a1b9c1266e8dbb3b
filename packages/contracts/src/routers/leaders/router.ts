import { createTRPCRouter } from '../../trpc'
import { createLeader } from './create-leader'
import { listLeaders } from './list-leaders'

export const leadersRouter = createTRPCRouter({
  list: listLeaders,
  create: createLeader,
})
