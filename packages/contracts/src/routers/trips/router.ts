import { createTRPCRouter } from '../../trpc'
import { tripBySlug } from './trip-by-slug'

export const tripsRouter = createTRPCRouter({ bySlug: tripBySlug })
