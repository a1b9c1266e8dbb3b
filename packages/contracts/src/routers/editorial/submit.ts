import { callPayload } from '../../payload-errors'
import { ZWorkflowStepRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { editorProcedure } from '../../trpc'

/** Sends a draft to review. Editors and admins. */
export const submit = editorProcedure
  .input(ZWorkflowStepRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'submit' })))
