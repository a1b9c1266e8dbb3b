import { callPayload } from '../../payload-errors'
import { ZSubmitRequestSchema, ZWorkflowStepResponseSchema } from '../../schemas/editorial'
import { editorProcedure } from '../../trpc'

/** Sends a draft to review, naming the reviewer asked to decide if the editor wants. Editors and admins. */
export const submit = editorProcedure
  .input(ZSubmitRequestSchema)
  .output(ZWorkflowStepResponseSchema)
  .mutation(({ ctx, input }) => callPayload(() => ctx.workflow.transition({ ...input, action: 'submit' })))
