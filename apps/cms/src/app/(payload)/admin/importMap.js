import { ListedWithQualityIssues as ListedWithQualityIssues_60725c4e86092de3fdd5bcb1a7dbe636 } from '../../../components/QualityIssues'
import { QualityIssues as QualityIssues_60725c4e86092de3fdd5bcb1a7dbe636 } from '../../../components/QualityIssues'
import { TripSlugField as TripSlugField_92549a25e8d654b98df1f5e2f339d84c } from '../../../components/TripSlugField'
import { FactCitations as FactCitations_67d6e398ac389d4758560a1cf3ddb30c } from '../../../components/cite/FactCitations'
import { CiteFacts as CiteFacts_12125de00c8e86df037e2b38f9335040 } from '../../../components/cite/CiteFacts'
import { FactSelect as FactSelect_6efa1d0501764c825c06dc1b2fcbbc86 } from '../../../components/FactSelect'
import { FactDiff as FactDiff_e1fb719bb17d408d6e8a7aea2f18d4d4 } from '../../../components/cite/FactDiff'
import { SourcePicker as SourcePicker_796e274caeec441aaeb2d824665269d9 } from '../../../components/SourcePicker'
import { LocatorField as LocatorField_226d3b77159dc578f50b41609889bf92 } from '../../../components/cite/LocatorField'
import { CitationCheck as CitationCheck_501dcf5fc83249575a52371811bfd395 } from '../../../components/CitationCheck'
import { CitationsField as CitationsField_cedb4f321517bc4806e6dc20cc9554ed } from '../../../components/cite/CitationsField'
import { TripDatesCell as TripDatesCell_24e3c4167831e77cf87fb359ad109444 } from '../../../components/TripDatesCell'
import { ReviewSidebar as ReviewSidebar_6e90ff8ff198b44a3f7a093b34be0c95 } from '../../../components/ReviewSidebar'
import { ReviewConversation as ReviewConversation_05ec461c5b4d8811548d9817582814f7 } from '../../../components/ReviewConversation'
import { NoPayloadPublishing as NoPayloadPublishing_800018e397a706106a7c27c50bec665c } from '../../../components/WorkflowDocumentControls'
import { ReviewStatus as ReviewStatus_800018e397a706106a7c27c50bec665c } from '../../../components/WorkflowDocumentControls'
import { ReviewedEditView as ReviewedEditView_611af0772bb8a8ae16eca9d7669d3855 } from '../../../components/ReviewedEditView'
import { RecordHistory as RecordHistory_1673bffb9818e4d81826e23c8ee8fcbb } from '../../../components/RecordHistory'
import { SourceAutofill as SourceAutofill_4f973a73308af99ada115b20019b1ea3 } from '../../../components/SourceAutofill'
import { SourceLinkHealth as SourceLinkHealth_57db73436defd66c2b3525e0e179eb23 } from '../../../components/SourceLinkHealth'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { Icon as Icon_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { Logo as Logo_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { ImportNavLink as ImportNavLink_efba3c72b6b81fad421dc3fdd660f2a9 } from '../../../components/ImportNavLink'
import { NotificationsNavLink as NotificationsNavLink_fbe78096b5bc865f3024b98b41a08dc8 } from '../../../components/NotificationsNavLink'
import { SourceHealthNavLink as SourceHealthNavLink_bfcd6af7da3dc5f4b34f59836a50aedc } from '../../../components/SourceHealthNavLink'
import { ReviewDashboard as ReviewDashboard_33a73c485fea0a40c48cd1ef0b291316 } from '../../../components/ReviewDashboard'
import { ImportView as ImportView_e0914430343acda479f6798b2a6c428e } from '../../../components/ImportView'
import { NotificationsView as NotificationsView_558e007deb1f9756f72eb61012f1306b } from '../../../components/NotificationsView'
import { SourceHealthView as SourceHealthView_233864b3db5bfdc0a367abf23c057604 } from '../../../components/SourceHealthView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/QualityIssues#ListedWithQualityIssues": ListedWithQualityIssues_60725c4e86092de3fdd5bcb1a7dbe636,
  "/components/QualityIssues#QualityIssues": QualityIssues_60725c4e86092de3fdd5bcb1a7dbe636,
  "/components/TripSlugField#TripSlugField": TripSlugField_92549a25e8d654b98df1f5e2f339d84c,
  "/components/cite/FactCitations#FactCitations": FactCitations_67d6e398ac389d4758560a1cf3ddb30c,
  "/components/cite/CiteFacts#CiteFacts": CiteFacts_12125de00c8e86df037e2b38f9335040,
  "/components/FactSelect#FactSelect": FactSelect_6efa1d0501764c825c06dc1b2fcbbc86,
  "/components/cite/FactDiff#FactDiff": FactDiff_e1fb719bb17d408d6e8a7aea2f18d4d4,
  "/components/SourcePicker#SourcePicker": SourcePicker_796e274caeec441aaeb2d824665269d9,
  "/components/cite/LocatorField#LocatorField": LocatorField_226d3b77159dc578f50b41609889bf92,
  "/components/CitationCheck#CitationCheck": CitationCheck_501dcf5fc83249575a52371811bfd395,
  "/components/cite/CitationsField#CitationsField": CitationsField_cedb4f321517bc4806e6dc20cc9554ed,
  "/components/TripDatesCell#TripDatesCell": TripDatesCell_24e3c4167831e77cf87fb359ad109444,
  "/components/ReviewSidebar#ReviewSidebar": ReviewSidebar_6e90ff8ff198b44a3f7a093b34be0c95,
  "/components/ReviewConversation#ReviewConversation": ReviewConversation_05ec461c5b4d8811548d9817582814f7,
  "/components/WorkflowDocumentControls#NoPayloadPublishing": NoPayloadPublishing_800018e397a706106a7c27c50bec665c,
  "/components/WorkflowDocumentControls#ReviewStatus": ReviewStatus_800018e397a706106a7c27c50bec665c,
  "/components/ReviewedEditView#ReviewedEditView": ReviewedEditView_611af0772bb8a8ae16eca9d7669d3855,
  "/components/RecordHistory#RecordHistory": RecordHistory_1673bffb9818e4d81826e23c8ee8fcbb,
  "/components/SourceAutofill#SourceAutofill": SourceAutofill_4f973a73308af99ada115b20019b1ea3,
  "/components/SourceLinkHealth#SourceLinkHealth": SourceLinkHealth_57db73436defd66c2b3525e0e179eb23,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/components/Brand#Icon": Icon_42af45a2e169122dea8a98337d41efda,
  "/components/Brand#Logo": Logo_42af45a2e169122dea8a98337d41efda,
  "/components/ImportNavLink#ImportNavLink": ImportNavLink_efba3c72b6b81fad421dc3fdd660f2a9,
  "/components/NotificationsNavLink#NotificationsNavLink": NotificationsNavLink_fbe78096b5bc865f3024b98b41a08dc8,
  "/components/SourceHealthNavLink#SourceHealthNavLink": SourceHealthNavLink_bfcd6af7da3dc5f4b34f59836a50aedc,
  "/components/ReviewDashboard#ReviewDashboard": ReviewDashboard_33a73c485fea0a40c48cd1ef0b291316,
  "/components/ImportView#ImportView": ImportView_e0914430343acda479f6798b2a6c428e,
  "/components/NotificationsView#NotificationsView": NotificationsView_558e007deb1f9756f72eb61012f1306b,
  "/components/SourceHealthView#SourceHealthView": SourceHealthView_233864b3db5bfdc0a367abf23c057604,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
