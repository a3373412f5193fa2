import { useMemo, useRef, useState } from 'react';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { sendDelete } from '../../api/send.ts';
import type { User } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDateTime, parseApiTime } from './format.ts';
import type { ApiToken } from './identityTypes.ts';
import { scopeLabel } from './labels.ts';
import { RequireUser } from './RequireUser.tsx';
import { TokenForm } from './TokenForm.tsx';

/** /beheer/api-tokens — the signed-in user's own tokens for integrations: list, create (shown once), revoke. */
export default function TokensPage() {
  const { t } = useI18n();
  useDocumentTitle(t('identity.tokens.title'));
  return (
    <>
      <Heading1>{t('identity.tokens.title')}</Heading1>
      <Paragraph lead>{t('identity.tokens.intro')}</Paragraph>
      <RequireUser>{(user) => <Tokens user={user} />}</RequireUser>
    </>
  );
}

function Tokens({ user }: { user: User }) {
  const { t, lang } = useI18n();
  const tokens = useResource<ApiToken[]>('/api-tokens');
  const [revoking, setRevoking] = useState<ApiToken>();
  const [revoked, setRevoked] = useState<string>();
  const [problem, setProblem] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const revoke = async () => {
    if (!revoking || busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await sendDelete(`/api-tokens/${encodeURIComponent(revoking.id)}`);
      setRevoked(revoking.naam);
      setRevoking(undefined);
      tokens.reload();
      headingRef.current?.focus();
    } catch (error) {
      setProblem(error as Error);
    } finally {
      setBusy(false);
    }
  };

  const columns = useMemo<Column<ApiToken>[]>(() => {
    const state = (token: ApiToken) =>
      token.ingetrokkenOp
        ? t('identity.tokens.revoked')
        : parseApiTime(token.verlooptOp).getTime() < Date.now()
          ? t('identity.tokens.expired')
          : t('identity.tokens.active');
    const ask = (token: ApiToken) => {
      setRevoking(token);
      setRevoked(undefined);
      setTimeout(() => confirmRef.current?.focus());
    };
    return [
      { key: 'naam', label: t('common.name'), rowHeader: true, sortValue: (x) => x.naam, cell: (x) => x.naam },
      { key: 'scopes', label: t('identity.tokens.scopes'), cell: (x) => x.scopes.map((s) => scopeLabel(t, s)).join(', ') },
      { key: 'aangemaakt', label: t('identity.tokens.created'), sortValue: (x) => parseApiTime(x.aangemaaktOp).getTime(), cell: (x) => formatDateTime(x.aangemaaktOp, lang) },
      { key: 'verloopt', label: t('identity.tokens.expires'), sortValue: (x) => parseApiTime(x.verlooptOp).getTime(), cell: (x) => formatDateTime(x.verlooptOp, lang) },
      { key: 'gebruikt', label: t('identity.tokens.lastUsed'), cell: (x) => (x.laatstGebruiktOp ? formatDateTime(x.laatstGebruiktOp, lang) : t('identity.tokens.neverUsed')) },
      { key: 'status', label: t('identity.users.status'), sortValue: state, cell: state },
      {
        key: 'actie',
        label: <span className="naast-visually-hidden">{t('identity.tokens.actions')}</span>,
        cell: (x) =>
          x.ingetrokkenOp ? null : (
            <Button appearance="subtle-button" onClick={() => ask(x)}>
              {t('identity.tokens.revoke')}
              <span className="naast-visually-hidden"> {x.naam}</span>
            </Button>
          ),
      },
    ];
  }, [t, lang]);

  return (
    <>
      <TokenForm user={user} onCreated={tokens.reload} />
      <Heading2 id="tokens-kop" ref={headingRef} tabIndex={-1}>
        {t('identity.tokens.listTitle')}
      </Heading2>
      {revoked && (
        <div role="status">
          <Alert type="ok">
            <Paragraph data-testid="token-revoked">{t('identity.tokens.revokedNotice', { name: revoked })}</Paragraph>
          </Alert>
        </div>
      )}
      {problem && <ProblemSummary error={problem} title={t('identity.tokens.notRevoked')} />}
      {revoking && (
        <div ref={confirmRef} tabIndex={-1} className="naast-confirm" data-testid="revoke-confirm">
          <Alert type="warning">
            <Paragraph>{t('identity.tokens.confirm', { name: revoking.naam })}</Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={busy} onClick={() => void revoke()}>
                {t('identity.tokens.confirmYes')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => {
                  setRevoking(undefined);
                  headingRef.current?.focus();
                }}
              >
                {t('identity.tokens.confirmNo')}
              </Button>
            </ButtonGroup>
          </Alert>
        </div>
      )}
      {!tokens.data && <LoadState error={tokens.error} loading />}
      {tokens.data && tokens.data.length === 0 && <Paragraph>{t('identity.tokens.none')}</Paragraph>}
      {tokens.data && tokens.data.length > 0 && (
        <SortableTable
          caption={t('identity.tokens.caption', { count: tokens.data.length })}
          columns={columns}
          rows={tokens.data}
          rowKey={(x) => x.id}
          busy={tokens.loading}
          testId="tokens-table"
        />
      )}
    </>
  );
}
