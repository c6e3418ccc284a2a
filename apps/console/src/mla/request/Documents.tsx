import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Code, Group, Input, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { When } from '../../app/When';
import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { MLA_REQUEST } from '../operations';
import { downloadDocument, UploadFailure, uploadDocument } from './upload';

const FAILURE: Record<UploadFailure['kind'], MessageKey> = {
  rejected: 'mla.documents.rejected',
  busy: 'mla.documents.busy',
  notFound: 'error.notFound',
  failed: 'mla.documents.failed',
};

const kindOf = (error: unknown): UploadFailure['kind'] => (error instanceof UploadFailure ? error.kind : 'failed');

/** The request's documents with their SHA-256, a download for each, and an upload with its progress. */
export function Documents({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  const intl = useIntl();
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const size = (bytes: number) =>
    bytes < 1024
      ? intl.formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' })
      : intl.formatNumber(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  const download = (id: string, fileName: string) => {
    setFailure(null);
    downloadDocument(request.id, id, fileName).catch((error: unknown) => setFailure(FAILURE[kindOf(error)]));
  };
  return (
    <Stack component="section" aria-labelledby="documents-title">
      <Title order={2} id="documents-title">
        {t('mla.documents.title')}
      </Title>
      {failure && (
        <Alert color="red" role="alert">
          {t(failure, { requestId: '—' })}
        </Alert>
      )}
      {request.documents.length === 0 ? (
        <Text>{t('mla.documents.none')}</Text>
      ) : (
        <Table withTableBorder data-testid="documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mla.documents.file')}</Table.Th>
              <Table.Th scope="col">{t('mla.documents.size')}</Table.Th>
              <Table.Th scope="col">{t('mla.documents.sha256')}</Table.Th>
              <Table.Th scope="col">{t('mla.documents.uploaded')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('mla.documents.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {request.documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row">
                  {d.fileName}
                  <Text size="sm">{d.mediaType}</Text>
                </Table.Th>
                <Table.Td>{size(d.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }} data-testid="sha256">
                    {d.sha256}
                  </Code>
                </Table.Td>
                <Table.Td>
                  <When at={d.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Button variant="default" size="xs" onClick={() => download(d.id, d.fileName)} aria-label={t('mla.documents.downloadNamed', { name: d.fileName })}>
                    {t('mla.documents.download')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <UploadForm requestId={request.id} />
    </Stack>
  );
}

function UploadForm({ requestId }: { requestId: string }) {
  const t = useT();
  const intl = useIntl();
  const client = useApolloClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ sha256: string } | { failure: MessageKey } | null>(null);

  const upload = async () => {
    if (!file) return;
    setOutcome(null);
    setProgress(0);
    try {
      const document = await uploadDocument(requestId, file, setProgress);
      setOutcome({ sha256: document.sha256 });
      setFile(null);
      if (input.current) input.current.value = '';
      await client.refetchQueries({ include: [MLA_REQUEST] });
    } catch (error) {
      setOutcome({ failure: FAILURE[kindOf(error)] });
    } finally {
      setProgress(null);
    }
  };

  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <Stack gap="xs">
      <Input.Wrapper label={t('mla.documents.choose')} description={t('mla.documents.chooseHint')} id={inputId}>
        <input
          id={inputId}
          ref={input}
          type="file"
          data-testid="document-file"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          aria-describedby={`${inputId}-description`}
        />
      </Input.Wrapper>
      <Group>
        <Button onClick={() => void upload()} disabled={!file || progress !== null}>
          {t('mla.documents.upload')}
        </Button>
      </Group>
      {progress !== null && (
        <Stack gap={4}>
          {/* The section is the progressbar: it carries the name. */}
          <Progress.Root size="lg">
            <Progress.Section value={percent} aria-label={t('mla.documents.progress')} data-testid="upload-progress" />
          </Progress.Root>
          <Text size="sm" role="status">
            {t('mla.documents.progressText', { percent: intl.formatNumber(progress, { style: 'percent' }) })}
          </Text>
        </Stack>
      )}
      {outcome && 'sha256' in outcome && (
        <Alert color="teal" role="status" data-testid="upload-done">
          {t('mla.documents.done', { sha256: outcome.sha256 })}
        </Alert>
      )}
      {outcome && 'failure' in outcome && (
        <Alert color="red" role="alert">
          {t(outcome.failure, { requestId: '—' })}
        </Alert>
      )}
    </Stack>
  );
}
