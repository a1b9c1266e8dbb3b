import { callPayload } from '../../payload-errors'
import { ZApproveRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { reviewerProcedure } from '../../trpc'

/**
 * Publishes the version in review, which must be the version the reviewer names (`version`);
 * never by anyone who edited it, and only when it is ready.
 */
export const approve = reviewerProcedure
  .input(ZApproveRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'approve' })))
