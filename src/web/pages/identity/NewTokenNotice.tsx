import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading3, Paragraph, Textbox } from '@utrecht/component-library-react';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { NewApiToken } from './identityTypes.ts';

/**
 * The new token, shown this one time only: the API keeps just a hash. It takes focus when it
 * appears; a button copies it, and "Ik heb het bewaard" hides it for good.
 */
export function NewTokenNotice({ token, onDone }: { token: NewApiToken; onDone(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<boolean>();
  useEffect(() => ref.current?.focus(), [token]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div ref={ref} tabIndex={-1} className="naast-new-token" data-testid="new-token">
      <Alert type="ok">
        <Heading3>{t('identity.tokens.newTitle', { name: token.naam })}</Heading3>
        <Paragraph>
          <strong>{t('identity.tokens.onceOnly')}</strong> {t('identity.tokens.copyHint')}
        </Paragraph>
        <Field id="nieuw-token" label={t('identity.tokens.token')}>
          <Textbox id="nieuw-token" readOnly value={token.token} spellCheck={false} autoComplete="off" onFocus={(e: FocusEvent<HTMLInputElement>) => e.currentTarget.select()} className="naast-token-value" />
        </Field>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => void copy()}>
            {t('identity.tokens.copy')}
          </Button>
          <Button appearance="subtle-button" onClick={onDone}>
            {t('identity.tokens.stored')}
          </Button>
        </ButtonGroup>
        <Paragraph role="status">{copied === undefined ? '' : copied ? t('identity.tokens.copied') : t('identity.tokens.copyFailed')}</Paragraph>
      </Alert>
    </div>
  );
}
