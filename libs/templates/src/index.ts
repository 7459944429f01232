export {
  MAX_TEMPLATE_SOURCE_LENGTH,
  fillTemplate,
  hasTemplateSyntax,
  parseMessageTemplate,
  renderWithValues,
  templateErrorMessage,
  templateVariables,
  type FilledTemplate,
  type ThreadValues,
} from './message-engine.js';
export { OPT_OUT_LANGUAGE, STARTER_TEMPLATES, TEMPLATE_CATEGORIES, type StarterCategory, type StarterTemplate } from './starter-templates.js';
