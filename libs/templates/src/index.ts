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
