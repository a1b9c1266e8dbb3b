import { callPayload } from '../../payload-errors'
import { ZWorkflowStepRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { editorProcedure } from '../../trpc'

/** Takes a submission back to draft before it is reviewed. Editors and admins. */
export const withdraw = editorProcedure
  .input(ZWorkflowStepRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'withdraw' })))
