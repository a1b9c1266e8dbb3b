import { callPayload } from '../../payload-errors'
import { ZRequestChangesRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { reviewerProcedure } from '../../trpc'

/** Sends the version in review, the one the reviewer names (`version`), back to its editors with a required comment. */
export const requestChanges = reviewerProcedure
  .input(ZRequestChangesRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'request_changes' })))
