import { editorialRouter } from './routers/editorial/router'
import { leadersRouter } from './routers/leaders/router'
import { readerRouter } from './routers/reader/router'
import { createCallerFactory, createTRPCRouter } from './trpc'

export const appRouter = createTRPCRouter({
  leaders: leadersRouter,
  editorial: editorialRouter,
  reader: readerRouter,
})

export type AppRouter = typeof appRouter

/** For servers and tests: call procedures in-process with a given context. */
export const createCaller = createCallerFactory(appRouter)
