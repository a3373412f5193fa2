import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/context.tsx';

/**
 * When a page breaks while it is drawn, the frame (header, menu, footer) stays and the user reads in
 * plain words what to do, instead of an empty white screen; no stack text. Another address (the menu)
 * starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; location: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For the developer's console only; the page shows the plain message.
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: { location: string }): void {
    if (this.state.failed && previous.location !== this.props.location) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t('error.pageTitle')}</Heading1>
      <Alert type="error">
        <Paragraph>{t('error.page')}</Paragraph>
      </Alert>
    </>
  );
}
