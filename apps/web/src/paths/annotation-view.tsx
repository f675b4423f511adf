import { toAnnotationHtml } from "./labels";

/**
 * An annotation rendered from Markdown. The HTML comes only from renderAnnotation (through
 * toAnnotationHtml), which escapes what the author typed, so `<script>` shows as text.
 */
export function AnnotationView({ markdown, empty }: { markdown: string; empty: string }) {
  if (markdown.trim() === "") return <p className="annotation annotation-empty muted">{empty}</p>;
  // Safe by construction: renderAnnotation escapes the author's text and emits only its own tags.
  return <div className="annotation" dangerouslySetInnerHTML={{ __html: toAnnotationHtml(markdown) }} />;
}
