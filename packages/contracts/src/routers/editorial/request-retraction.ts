import { callPayload } from '../../payload-errors'
import { ZRequestRetractionRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { editorProcedure } from '../../trpc'

/** Asks, with a reason, for an approved record to be taken offline; it stays public until retracted. Editors and admins. */
export const requestRetraction = editorProcedure
  .input(ZRequestRetractionRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'request_retraction' })))
