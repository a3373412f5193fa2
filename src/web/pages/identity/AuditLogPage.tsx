import { useCallback, useEffect, useRef, useState } from 'react';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { User } from '../../api/session.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { may } from './access.ts';
import { fetchAuditPage, searchPath, type AuditPage, type AuditQuery } from './auditApi.ts';
import { AuditResults } from './AuditResults.tsx';
import { AuditSearchForm, emptyQuery } from './AuditSearchForm.tsx';
import { ChainCheck } from './ChainCheck.tsx';
import { NeedRole, RequireUser } from './RequireUser.tsx';

/**
 * /beheer/logboek — search the audit log (Logboek dataverwerkingen, role privacy) and check its hash
 * chain (privacy or beheer). Reading the log is itself logged.
 */
export default function AuditLogPage() {
  const { t } = useI18n();
  useDocumentTitle(t('identity.audit.title'));
  return (
    <>
      <Heading1>{t('identity.audit.title')}</Heading1>
      <Paragraph lead>{t('identity.audit.intro')}</Paragraph>
      <RequireUser>
        {(user) =>
          may(user, 'logboek:lezen') || may(user, 'logboek:controleren') ? <AuditLog user={user} /> : <NeedRole permission="logboek:lezen" />
        }
      </RequireUser>
    </>
  );
}

function AuditLog({ user }: { user: User }) {
  const { t } = useI18n();
  const [query, setQuery] = useState<AuditQuery>(emptyQuery);
  const [path, setPath] = useState(() => searchPath(emptyQuery));
  const [page, setPage] = useState<AuditPage>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const readable = may(user, 'logboek:lezen');

  useEffect(() => {
    if (!readable) return;
    let current = true;
    setLoading(true);
    fetchAuditPage(path).then(
      (next) => {
        if (!current) return;
        setPage(next);
        setError(undefined);
        setLoading(false);
        if (moved.current) resultsRef.current?.focus();
        moved.current = false;
      },
      (failure: Error) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [path, round, readable]);

  const search = useCallback((next: AuditQuery) => {
    setQuery(next);
    setPath(searchPath(next));
    setRound((r) => r + 1);
  }, []);
  const go = useCallback((next: string) => {
    moved.current = true;
    setPath(next);
  }, []);

  return (
    <>
      {readable ? (
        <>
          <AuditSearchForm query={query} onSearch={search} busy={loading} />
          <Heading2 id="resultaten-kop" ref={resultsRef} tabIndex={-1}>
            {t('identity.audit.results')}
          </Heading2>
          {error && <LoadState error={error} />}
          {!page && !error && <LoadState loading />}
          {page && <AuditResults page={page} busy={loading} onPage={go} onSubject={(betrokkene) => search({ ...query, betrokkene })} />}
        </>
      ) : (
        <NeedRole permission="logboek:lezen" />
      )}
      {may(user, 'logboek:controleren') && <ChainCheck />}
    </>
  );
}
