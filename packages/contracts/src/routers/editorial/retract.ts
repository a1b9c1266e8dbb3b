import { callPayload } from '../../payload-errors'
import { ZRetractRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { reviewerProcedure } from '../../trpc'

/**
 * Takes the record offline (its page answers 410 Gone with the reason), deciding on the version
 * the reviewer names (`version`); never by anyone who wrote, edited or submitted it.
 */
export const retract = reviewerProcedure
  .input(ZRetractRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'retract' })))
