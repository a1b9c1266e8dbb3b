import { callPayload } from '../../payload-errors'
import { ZWorkflowStepRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { staffProcedure } from '../../trpc'

/** Keeps a record whose retraction was requested public after all. Any staff role. */
export const cancelRetraction = staffProcedure
  .input(ZWorkflowStepRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'cancel_retraction' })))
